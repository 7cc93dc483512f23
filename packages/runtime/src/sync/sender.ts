/**
 * Sending: delivers queued outgoing events to each active connection's peer
 * in outbox order, and rebuilds events that an admin retried. An event
 * counts as delivered only when the peer's signed reply lists its id, so a
 * lost reply means the batch is sent again and the peer drops the copies.
 * Transport failures back off per connection; they leave events queued and
 * never move them to the blocked state.
 */

import type { OutgoingEvent } from "../store/types.ts";
import type { NodeContext } from "./node-context.ts";
import { buildReplica } from "./outgoing.ts";
import { unfinishedIssues } from "./unfinished.ts";
import { callPeer, targetOf } from "./peer-client.ts";
import { PATHS, ProtocolError, type EventsReply, type LinkPayload, type ReplicaPayload, type WireEvent } from "./protocol.ts";
import { Backoff, type BackoffOptions } from "./signal.ts";

function toWire(event: OutgoingEvent): WireEvent {
  return {
    id: event.id,
    seq: event.seq,
    kind: event.kind,
    issue: { id: event.localIssueId, key: event.localKey },
    payload: event.payload as ReplicaPayload | LinkPayload,
  };
}

function checkReply(value: unknown, events: OutgoingEvent[]): void {
  const reply = value as Partial<EventsReply>;
  if (!Array.isArray(reply.accepted) || !Array.isArray(reply.duplicates)) throw new ProtocolError("events reply: expected accepted and duplicates lists");
  const acknowledged = new Set([...reply.accepted, ...reply.duplicates]);
  const missing = events.filter((event) => !acknowledged.has(event.id));
  if (missing.length > 0) throw new ProtocolError(`events reply does not acknowledge ${missing.length} of ${events.length} events, such as ${missing[0]!.id}`);
}

/**
 * Builds the payload of pending events (retried after an error, or waiting
 * for an unfinished apply) with the current rules and issue.
 */
export function rebuildPending(ctx: NodeContext): Promise<number> {
  return ctx.lock.run(() => rebuildBatch(ctx));
}

async function rebuildBatch(ctx: NodeContext): Promise<number> {
  const pending = await ctx.store.pendingOutgoing(ctx.batchSize);
  if (pending.length === 0) return 0;
  const unfinished = await unfinishedIssues(ctx);
  let built = 0;
  for (const event of pending) {
    const connection = await ctx.store.getConnection(event.connectionId);
    if (connection === null || unfinished.has(connection.id, event.localIssueId)) continue;
    built++;
    const issue = await ctx.adapter.readIssue(event.localIssueId);
    if (issue === null) {
      const message = `local issue ${event.localKey ?? event.localIssueId} no longer exists; resolve this error to drop the event`;
      await ctx.store.buildOutgoing(event.seq, { error: { issue: event.localKey ?? event.localIssueId, phase: "outgoing-rule", message, file: null, line: null, column: null, stack: "" } }, ctx.now());
      continue;
    }
    const twin = await ctx.store.getTwinByLocal(connection.id, event.localIssueId);
    if (twin === null) {
      // The apply this event waited for was dropped, so the issue has no twin on this connection.
      await ctx.store.buildOutgoing(event.seq, { drop: "issue has no twin" }, ctx.now());
      ctx.logger.info({ connection: connection.name, eventId: event.id, issue: event.localKey }, "dropped an outgoing event of an issue without a twin");
      continue;
    }
    const result = await buildReplica(ctx, connection, issue, twin);
    await ctx.store.buildOutgoing(event.seq, result, ctx.now());
    if ("error" in result) {
      ctx.counters.blocked++;
      ctx.logger.warn({ connection: connection.name, eventId: event.id, issue: event.localKey, error: result.error.message }, "pending outgoing event blocked by an error");
    } else {
      ctx.logger.debug({ connection: connection.name, eventId: event.id, issue: event.localKey }, "pending outgoing event built");
    }
  }
  if (built > 0) ctx.wakeSender();
  return built;
}

export class Sender {
  private readonly backoffs = new Map<string, Backoff>();

  constructor(
    private readonly ctx: NodeContext,
    private readonly backoffOptions: BackoffOptions = {},
  ) {}

  private backoffFor(connectionId: string): Backoff {
    let backoff = this.backoffs.get(connectionId);
    if (backoff === undefined) {
      backoff = new Backoff(this.backoffOptions);
      this.backoffs.set(connectionId, backoff);
    }
    return backoff;
  }

  /** Sends one batch per active connection; returns how many events the peers acknowledged. */
  async sendOnce(): Promise<number> {
    const ctx = this.ctx;
    let delivered = 0;
    for (const connection of await ctx.store.listConnections()) {
      if (connection.state !== "active" || connection.peer === null) continue;
      const backoff = this.backoffFor(connection.id);
      if (!backoff.ready(ctx.now())) continue;
      const events = await ctx.store.nextOutgoing(connection.id, ctx.batchSize);
      if (events.length === 0) continue;
      try {
        const reply = await callPeer(ctx, targetOf(connection), PATHS.events, { events: events.map(toWire) });
        checkReply(reply, events);
        ctx.reach("after-send");
        await ctx.store.markSent(events.map((event) => event.seq), ctx.now());
        if (backoff.attempts > 0) ctx.logger.info({ connection: connection.name, attempts: backoff.attempts }, "sending works again");
        backoff.succeed();
        delivered += events.length;
        ctx.counters.sent += events.length;
        ctx.logger.debug({ connection: connection.name, events: events.length, firstSeq: events[0]!.seq }, "events delivered");
      } catch (error) {
        const delayMs = backoff.fail(ctx.now());
        ctx.logger.warn(
          { connection: connection.name, connectionId: connection.id, attempt: backoff.attempts, delayMs, events: events.length, firstEventId: events[0]!.id, err: (error as Error).message },
          "sending events failed; retrying",
        );
      }
    }
    return delivered;
  }

  /** Milliseconds until the first connection in backoff may be tried again, or null when none is waiting. */
  nextRetryIn(now: number): number | null {
    let soonest: number | null = null;
    for (const backoff of this.backoffs.values()) {
      const wait = backoff.waitMs(now);
      if (wait > 0 && (soonest === null || wait < soonest)) soonest = wait;
    }
    return soonest;
  }
}
