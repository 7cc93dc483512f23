/**
 * The receiving side of the protocol: checks each request's signature,
 * timestamp and message id, then accepts invitations, stores received
 * events in the inbox, or serves attachment content.
 *
 * Replies to authenticated requests are signed. Rejections are plain JSON
 * `{"error": "..."}` with a 4xx status and are logged with the ids involved.
 */

import type { ConnectionRecord } from "../store/types.ts";
import type { NodeContext } from "./node-context.ts";
import { selfInfo } from "./node-context.ts";
import {
  checkAcceptBody,
  checkAttachmentBody,
  checkEventsBody,
  parseJsonBody,
  PATHS,
  ProtocolError,
  type AcceptReply,
  type AttachmentReply,
  type EventsReply,
} from "./protocol.ts";
import { HEADER, readRequestSignature, SignatureError, signingKey, signResponse, verifyRequest, type RequestSignature } from "./signing.ts";
import type { WireRequest, WireResponse } from "./wire.ts";

class Rejection extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): WireResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: Buffer.from(JSON.stringify(value), "utf8") };
}

interface Verified {
  connection: ConnectionRecord;
  signature: RequestSignature;
  key: Buffer;
  body: unknown;
}

async function authenticate(ctx: NodeContext, request: WireRequest): Promise<Verified> {
  let signature: RequestSignature;
  try {
    signature = readRequestSignature(request.headers);
  } catch (error) {
    throw new Rejection(401, (error as Error).message);
  }
  const connection = await ctx.store.getConnection(signature.connectionId);
  if (connection === null || connection.id !== signature.connectionId) throw new Rejection(404, `connection ${signature.connectionId} not found on node ${ctx.nodeName}`);
  const key = signingKey(connection.secret, connection.id);
  try {
    verifyRequest(key, request.path, signature, request.body, ctx.now(), ctx.replayWindowMs);
  } catch (error) {
    if (error instanceof SignatureError) throw new Rejection(401, error.message);
    throw error;
  }
  const isAccept = request.path === PATHS.accept;
  if (!isAccept && connection.peer?.nodeId !== signature.senderId) throw new Rejection(403, `sender ${signature.senderId} is not the peer of connection ${connection.name}`);
  if (!(await ctx.store.rememberMessage(signature.messageId, ctx.now(), 2 * ctx.replayWindowMs))) {
    throw new Rejection(401, `message ${signature.messageId} was already received; replayed messages are rejected`);
  }
  let body: unknown;
  try {
    body = parseJsonBody(request.body);
  } catch (error) {
    throw new Rejection(400, (error as Error).message);
  }
  return { connection, signature, key, body };
}

async function accept(ctx: NodeContext, verified: Verified): Promise<unknown> {
  const { connection, signature } = verified;
  const body = checkAcceptBody(verified.body);
  if (body.acceptor.nodeId !== signature.senderId) throw new Rejection(400, "accept.acceptor.nodeId differs from the signed sender");
  if (connection.role !== "initiator") throw new Rejection(409, `connection ${connection.name} was not started by this node`);
  const outcome = await ctx.store.activateInvitation(connection.id, body.invitationId, body.acceptor, ctx.now());
  switch (outcome) {
    case "activated": {
      ctx.logger.info({ connection: connection.name, connectionId: connection.id, peer: body.acceptor.nodeName, peerNodeId: body.acceptor.nodeId }, "invitation accepted; connection active");
      const reply: AcceptReply = { initiator: await selfInfo(ctx), connectionName: connection.name };
      return reply;
    }
    case "already-used":
      throw new Rejection(409, `the invitation for connection ${connection.name} was already accepted; create a new invitation`);
    case "expired":
      throw new Rejection(410, `the invitation for connection ${connection.name} expired; create a new invitation`);
    case "not-found":
      throw new Rejection(404, `no pending invitation ${body.invitationId} for connection ${connection.name}`);
  }
}

async function receiveEvents(ctx: NodeContext, verified: Verified): Promise<unknown> {
  const { connection } = verified;
  if (connection.state !== "active") throw new Rejection(409, `connection ${connection.name} is ${connection.state} on node ${ctx.nodeName}; events wait until it is active`);
  let body;
  try {
    body = checkEventsBody(verified.body);
  } catch (error) {
    if (error instanceof ProtocolError) throw new Rejection(400, error.message);
    throw error;
  }
  const stored = await ctx.store.receive(
    connection.id,
    body.events.map((event) => ({ id: event.id, kind: event.kind, remoteIssueId: event.issue.id, remoteKey: event.issue.key, remoteSeq: event.seq, payload: event.payload })),
    ctx.now(),
  );
  ctx.reach("after-receive");
  ctx.counters.received += stored.accepted.length;
  if (stored.duplicates.length > 0) {
    ctx.logger.info({ connection: connection.name, duplicates: stored.duplicates.length, firstDuplicate: stored.duplicates[0] }, "dropped events that were already received");
  }
  if (stored.accepted.length > 0) ctx.wakeApplier();
  const reply: EventsReply = stored;
  return reply;
}

async function serveAttachment(ctx: NodeContext, verified: Verified): Promise<unknown> {
  const { connection } = verified;
  if (connection.state !== "active") throw new Rejection(409, `connection ${connection.name} is ${connection.state}`);
  const { attachmentId } = checkAttachmentBody(verified.body);
  const attachment = await ctx.adapter.readAttachment(attachmentId);
  if (attachment === null) throw new Rejection(404, `attachment ${attachmentId} not found`);
  if (!(await ctx.store.isSharedIssue(connection.id, attachment.issueId))) {
    throw new Rejection(403, `attachment ${attachmentId} belongs to an issue that connection ${connection.name} does not sync`);
  }
  const reply: AttachmentReply = { id: attachment.id, filename: attachment.filename, mimetype: attachment.mimetype, hash: attachment.hash, content: attachment.content.toString("base64") };
  return reply;
}

const ROUTES = new Map<string, (ctx: NodeContext, verified: Verified) => Promise<unknown>>([
  [PATHS.accept, accept],
  [PATHS.events, receiveEvents],
  [PATHS.attachment, serveAttachment],
]);

/** Handles one request from a peer; every failure becomes an error response, so the returned promise does not reject. */
export async function handleRequest(ctx: NodeContext, request: WireRequest): Promise<WireResponse> {
  const route = ROUTES.get(request.path);
  if (route === undefined) return json(404, { error: `unknown path ${request.path}` });
  try {
    const verified = await authenticate(ctx, request);
    const reply = Buffer.from(JSON.stringify(await route(ctx, verified)), "utf8");
    const headers = signResponse(verified.key, verified.signature.messageId, reply, ctx.now());
    return { status: 200, headers: { "content-type": "application/json", ...headers }, body: reply };
  } catch (error) {
    const ids = { path: request.path, connectionId: request.headers[HEADER.connection], sender: request.headers[HEADER.sender], messageId: request.headers[HEADER.messageId] };
    if (error instanceof Rejection || error instanceof ProtocolError) {
      const status = error instanceof Rejection ? error.status : 400;
      const dropped = ctx.logLimiter.admit(`reject ${request.path} ${status}`, ctx.now());
      if (dropped !== null) ctx.logger.warn({ ...ids, status, err: error.message, droppedSimilar: dropped }, "rejected a request from a peer");
      return json(status, { error: error.message });
    }
    ctx.logger.error({ ...ids, err: error instanceof Error ? error.stack : String(error) }, "handling a request from a peer failed");
    return json(500, { error: "internal error; see the receiving node's log" });
  }
}
