/**
 * The node-to-node protocol: paths, message bodies and their validation.
 * Every body is JSON and signed (see signing.ts). Version 1 has three calls:
 *
 * - `accept`: the accepting node presents an invitation; the inviting node
 *   activates the connection and returns its own description.
 * - `events`: a batch of outgoing sync events, in outbox order. The reply
 *   lists which event ids were stored and which were already there.
 * - `attachment`: fetches the content of an attachment of a shared issue.
 */

import type { PeerInfo } from "../store/types.ts";

export const PROTOCOL_VERSION = 1;
export const REPLICA_SCHEMA_VERSION = 1;
export const PATHS = {
  accept: "/twinsync/v1/accept",
  events: "/twinsync/v1/events",
  attachment: "/twinsync/v1/attachment",
} as const;

/** Upper bound of events in one message, so a receiver's transaction stays short. */
export const MAX_EVENTS_PER_MESSAGE = 500;

export interface IssueRef {
  id: string;
  key: string | null;
}

/** The payload of a `replica` event: the replica the outgoing rule built. */
export interface ReplicaPayload {
  schemaVersion: number;
  replica: Record<string, unknown>;
  /** The receiver's issue that is the twin, when the sender has stored the link. */
  twinIssueId: string | null;
}

/** The payload of a `link` event: the sender created or linked `twinIssueId`'s twin. */
export interface LinkPayload {
  twinIssueId: string;
}

export interface WireEvent {
  id: string;
  seq: number;
  kind: "replica" | "link";
  /** The sender's issue the event is about. */
  issue: IssueRef;
  payload: ReplicaPayload | LinkPayload;
}

export interface AcceptBody {
  invitationId: string;
  acceptor: PeerInfo;
}

export interface AcceptReply {
  initiator: PeerInfo;
  connectionName: string;
}

export interface EventsBody {
  events: WireEvent[];
}

export interface EventsReply {
  accepted: string[];
  duplicates: string[];
}

export interface AttachmentBody {
  attachmentId: string;
}

export interface AttachmentReply {
  id: string;
  filename: string;
  mimetype: string | null;
  hash: string;
  /** The content, base64. */
  content: string;
}

export class ProtocolError extends Error {
  override readonly name = "ProtocolError";
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ProtocolError(`${what}: expected an object`);
  return value as Json;
}

function text(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") throw new ProtocolError(`${what}: expected a non-empty string`);
  return value;
}

export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new ProtocolError("body is not valid JSON");
  }
}

export function checkPeerInfo(value: unknown, what: string): PeerInfo {
  const json = object(value, what);
  const fields = ["nodeId", "nodeName", "nodeUrl", "instanceId", "instanceName", "trackerType", "trackerVersion", "trackerUrl", "productVersion"] as const;
  for (const field of fields) {
    if (typeof json[field] !== "string") throw new ProtocolError(`${what}.${field}: expected a string`);
  }
  return Object.fromEntries(fields.map((field) => [field, json[field]])) as unknown as PeerInfo;
}

export function checkAcceptBody(value: unknown): AcceptBody {
  const json = object(value, "accept");
  return { invitationId: text(json.invitationId, "accept.invitationId"), acceptor: checkPeerInfo(json.acceptor, "accept.acceptor") };
}

function checkEvent(value: unknown, index: number): WireEvent {
  const where = `events[${index}]`;
  const json = object(value, where);
  const issue = object(json.issue, `${where}.issue`);
  const seq = json.seq;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq)) throw new ProtocolError(`${where}.seq: expected an integer`);
  const ref: IssueRef = { id: text(issue.id, `${where}.issue.id`), key: typeof issue.key === "string" ? issue.key : null };
  const payload = object(json.payload, `${where}.payload`);
  if (json.kind === "link") {
    return { id: text(json.id, `${where}.id`), seq, kind: "link", issue: ref, payload: { twinIssueId: text(payload.twinIssueId, `${where}.payload.twinIssueId`) } };
  }
  if (json.kind !== "replica") throw new ProtocolError(`${where}.kind: expected "replica" or "link"`);
  if (payload.schemaVersion !== REPLICA_SCHEMA_VERSION) {
    throw new ProtocolError(`${where}.payload.schemaVersion: replica schema ${String(payload.schemaVersion)} is not supported; this node reads ${REPLICA_SCHEMA_VERSION}`);
  }
  const twin = payload.twinIssueId;
  if (twin !== null && typeof twin !== "string") throw new ProtocolError(`${where}.payload.twinIssueId: expected a string or null`);
  return {
    id: text(json.id, `${where}.id`),
    seq,
    kind: "replica",
    issue: ref,
    payload: { schemaVersion: REPLICA_SCHEMA_VERSION, replica: object(payload.replica, `${where}.payload.replica`), twinIssueId: twin ?? null },
  };
}

export function checkEventsBody(value: unknown): EventsBody {
  const json = object(value, "message");
  if (!Array.isArray(json.events)) throw new ProtocolError("events: expected a list");
  if (json.events.length > MAX_EVENTS_PER_MESSAGE) throw new ProtocolError(`events: ${json.events.length} events in one message; the maximum is ${MAX_EVENTS_PER_MESSAGE}`);
  return { events: json.events.map(checkEvent) };
}

export function checkAttachmentBody(value: unknown): AttachmentBody {
  const json = object(value, "attachment request");
  return { attachmentId: text(json.attachmentId, "attachmentId") };
}
