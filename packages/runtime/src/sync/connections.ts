/**
 * Starting and changing connections: invitations, acceptance, activation
 * and deactivation, and bulk sync of everything a trigger matches.
 */

import { randomBytes, randomUUID } from "node:crypto";
import type { NewOutgoingEvent, NewTwin } from "../store/store.ts";
import type { ConnectionRecord, ConnectionType, RulePaths } from "../store/types.ts";
import { encodeInvitation, decodeInvitation, InvitationError } from "./invitation.ts";
import { selfInfo, type NodeContext } from "./node-context.ts";
import { replicaEvent } from "./outgoing.ts";
import { callPeer, PeerError } from "./peer-client.ts";
import { checkPeerInfo, PATHS, type AcceptBody, type AcceptReply } from "./protocol.ts";

/** Default validity of an invitation code: 24 hours. */
export const DEFAULT_INVITATION_TTL_MS = 24 * 60 * 60_000;

export class ConnectionError extends Error {
  override readonly name = "ConnectionError";
}

/** Loads both rules of a connection, so a typo in a path or a compile error shows when the connection is made. */
function checkRules(ctx: NodeContext, rules: RulePaths): void {
  for (const direction of ["outgoing", "incoming"] as const) {
    const loaded = ctx.rules.load(rules[direction], direction);
    if (!loaded.ok) {
      const where = loaded.error.line === null ? "" : ` (line ${loaded.error.line}, column ${loaded.error.column})`;
      throw new ConnectionError(`${loaded.error.message}${where}`);
    }
  }
}

export interface InviteOptions {
  name: string;
  type?: ConnectionType;
  rules: RulePaths;
  /** How long the code is valid, in milliseconds (default 24 hours). */
  expiresInMs?: number;
}

/** Creates a pending connection and returns it with its invitation code. */
export async function invite(ctx: NodeContext, options: InviteOptions): Promise<{ connection: ConnectionRecord; code: string }> {
  if ((await ctx.store.getConnection(options.name)) !== null) throw new ConnectionError(`connection "${options.name}" already exists; choose another name`);
  checkRules(ctx, options.rules);
  const now = ctx.now();
  const secret = randomBytes(32);
  const connection: ConnectionRecord = {
    id: randomUUID(),
    name: options.name,
    type: options.type ?? "remote",
    state: "pending",
    role: "initiator",
    secret,
    peer: null,
    invitationId: randomUUID(),
    invitationExpiresAt: now + (options.expiresInMs ?? DEFAULT_INVITATION_TTL_MS),
    rules: options.rules,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.createConnection(connection);
  const code = encodeInvitation({
    invitationId: connection.invitationId!,
    connectionId: connection.id,
    connectionName: connection.name,
    connectionType: connection.type,
    secret: secret.toString("base64url"),
    initiator: await selfInfo(ctx),
    createdAt: now,
    expiresAt: connection.invitationExpiresAt!,
  });
  ctx.logger.info({ connection: connection.name, connectionId: connection.id, expiresAt: new Date(connection.invitationExpiresAt!).toISOString() }, "invitation created");
  return { connection, code };
}

export interface AcceptOptions {
  rules: RulePaths;
  /** Local name of the connection (default: the name in the invitation). */
  name?: string;
}

/**
 * Accepts an invitation code: sends an accept request to the inviting node,
 * which activates the connection, then stores it here as active. Throws
 * `InvitationError` for a bad, expired or already used code.
 */
export async function acceptInvitation(ctx: NodeContext, code: string, options: AcceptOptions): Promise<ConnectionRecord> {
  const payload = decodeInvitation(code, ctx.now());
  const existing = await ctx.store.getConnection(payload.connectionId);
  if (existing !== null) throw new InvitationError(`invitation code was already accepted on this node (connection "${existing.name}")`);
  const name = options.name ?? payload.connectionName;
  if ((await ctx.store.getConnection(name)) !== null) throw new ConnectionError(`connection "${name}" already exists on this node; accept with another name`);
  checkRules(ctx, options.rules);

  const secret = Buffer.from(payload.secret, "base64url");
  const body: AcceptBody = { invitationId: payload.invitationId, acceptor: await selfInfo(ctx) };
  let reply: AcceptReply;
  try {
    const raw = (await callPeer(ctx, { url: payload.initiator.nodeUrl, connectionId: payload.connectionId, secret }, PATHS.accept, body)) as Record<string, unknown>;
    reply = { initiator: checkPeerInfo(raw.initiator, "accept reply.initiator"), connectionName: String(raw.connectionName) };
  } catch (error) {
    if (error instanceof PeerError && (error.status === 409 || error.status === 410 || error.status === 404)) throw new InvitationError(error.message);
    if (error instanceof PeerError) throw error;
    throw new ConnectionError(`could not reach the inviting node ${payload.initiator.nodeName} at ${payload.initiator.nodeUrl}: ${(error as Error).message}; make sure it runs 'twinsync sync'`);
  }
  if (reply.initiator.nodeId !== payload.initiator.nodeId) throw new ConnectionError(`the node at ${payload.initiator.nodeUrl} is not the node that created the invitation`);

  const now = ctx.now();
  const connection: ConnectionRecord = {
    id: payload.connectionId,
    name,
    type: payload.connectionType,
    state: "active",
    role: "acceptor",
    secret,
    peer: reply.initiator,
    invitationId: payload.invitationId,
    invitationExpiresAt: payload.expiresAt,
    rules: options.rules,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.createConnection(connection);
  await ctx.store.rememberInvitation(payload.invitationId, now);
  ctx.logger.info({ connection: name, connectionId: connection.id, peer: reply.initiator.nodeName }, "invitation accepted; connection active");
  return connection;
}

async function requireConnection(ctx: NodeContext, idOrName: string): Promise<ConnectionRecord> {
  const connection = await ctx.store.getConnection(idOrName);
  if (connection === null) throw new ConnectionError(`connection "${idOrName}" not found; 'twinsync connection list' shows the connections`);
  return connection;
}

/**
 * Activates or deactivates a connection on this node. While deactivated, this
 * node keeps queuing outgoing events and rejects incoming ones, so the peer
 * keeps its events queued too. On activation every queued event is delivered
 * in order.
 */
export async function setConnectionState(ctx: NodeContext, idOrName: string, state: "active" | "deactivated"): Promise<ConnectionRecord> {
  const connection = await requireConnection(ctx, idOrName);
  if (connection.state === "pending") throw new ConnectionError(`connection "${connection.name}" is pending: it becomes active when the other side accepts the invitation`);
  const updated = await ctx.store.updateConnection(connection.id, { state }, ctx.now());
  ctx.logger.info({ connection: connection.name, connectionId: connection.id, from: connection.state, to: state }, "connection state changed");
  if (state === "active") ctx.wakeSender();
  return updated;
}

/** Queues every issue that the connection's triggers (or `query`) match now; returns how many events were queued. */
export async function bulkSync(ctx: NodeContext, idOrName: string, query?: string): Promise<number> {
  const connection = await requireConnection(ctx, idOrName);
  if (connection.state === "pending") throw new ConnectionError(`connection "${connection.name}" is pending; accept the invitation first`);
  const queries = query !== undefined ? [query] : (await ctx.store.listTriggers(connection.id)).map((trigger) => trigger.query);
  if (queries.length === 0) throw new ConnectionError(`connection "${connection.name}" has no trigger; add one with 'twinsync trigger add'`);
  const matched = new Set<string>();
  for (const text of queries) {
    for (const id of await ctx.adapter.search(text)) matched.add(id);
  }
  const issueIds = [...matched];
  let queued = 0;
  for (let start = 0; start < issueIds.length; start += ctx.batchSize) {
    queued += await ctx.lock.run(async () => {
      const events: NewOutgoingEvent[] = [];
      const twins: NewTwin[] = [];
      for (const issueId of issueIds.slice(start, start + ctx.batchSize)) {
        const issue = await ctx.adapter.readIssue(issueId);
        if (issue === null) continue;
        const twin = await ctx.store.getTwinByLocal(connection.id, issueId);
        if (twin === null) twins.push({ connectionId: connection.id, localIssueId: issueId, localKey: typeof issue.key === "string" ? issue.key : null });
        events.push(await replicaEvent(ctx, connection, issue, twin));
      }
      await ctx.store.enqueue({ events, twins }, ctx.now());
      return events.length;
    });
  }
  ctx.logger.info({ connection: connection.name, queued }, "bulk sync queued the matching issues");
  if (queued > 0) ctx.wakeSender();
  return queued;
}
