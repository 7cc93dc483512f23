/**
 * Capture: reads the tracker's change feed and records an outgoing sync
 * event for each changed issue that a connection syncs. The events, the new
 * twins and the feed position are stored in one transaction (the outbox
 * pattern), so after a crash the same changes are read again and none is
 * recorded twice.
 */

import { randomUUID } from "node:crypto";
import type { NewOutgoingEvent, NewTwin } from "../store/store.ts";
import type { ConnectionRecord, TriggerRecord } from "../store/types.ts";
import type { HubIssueJson } from "../tracker/adapter.ts";
import type { NodeContext } from "./node-context.ts";
import { replicaEvent } from "./outgoing.ts";
import { unfinishedIssues } from "./unfinished.ts";

export const POSITION_SETTING = "tracker.position";

/** Tells whether an issue matches one of the connection's triggers; a trigger whose query fails is logged and skipped. */
async function matchesTrigger(ctx: NodeContext, connection: ConnectionRecord, triggers: TriggerRecord[], issue: HubIssueJson): Promise<boolean> {
  for (const trigger of triggers) {
    if (trigger.connectionId !== connection.id) continue;
    try {
      const local = ctx.adapter.matchesIssue?.(trigger.query, issue);
      if (local !== undefined) {
        if (local) return true;
        continue;
      }
      if ((await ctx.adapter.search(trigger.query, { issueIds: [String(issue.id)] })).length > 0) return true;
    } catch (error) {
      const dropped = ctx.logLimiter.admit(`trigger ${trigger.id}`, ctx.now());
      if (dropped !== null) {
        ctx.logger.error({ connection: connection.name, triggerId: trigger.id, query: trigger.query, err: (error as Error).message, droppedSimilar: dropped }, "trigger query failed; skipping it");
      }
    }
  }
  return false;
}

/** Captures one batch of changes; returns how many feed entries it consumed. */
export function captureChanges(ctx: NodeContext): Promise<number> {
  return ctx.lock.run(() => captureBatch(ctx));
}

async function captureBatch(ctx: NodeContext): Promise<number> {
  const position = await ctx.store.getSetting(POSITION_SETTING);
  const batch = await ctx.adapter.changesSince(position, ctx.batchSize);
  if (batch.changes.length === 0 || batch.position === null) return 0;

  // Changes made by the node itself (as the proxy user) are not synced back: this stops echo loops.
  const issueIds = [...new Set(batch.changes.filter((c) => c.author !== ctx.adapter.proxyUser).map((c) => c.issueId))];
  const connections = (await ctx.store.listConnections()).filter((c) => c.state !== "pending" && c.peer !== null);
  const triggers = issueIds.length > 0 && connections.length > 0 ? await ctx.store.listTriggers() : [];

  const unfinished = await unfinishedIssues(ctx);

  const events: NewOutgoingEvent[] = [];
  const twins: NewTwin[] = [];
  for (const issueId of connections.length === 0 ? [] : issueIds) {
    const issue = await ctx.adapter.readIssue(issueId);
    // NOTE: deleted issues are not synced; their twins stay as they are.
    if (issue === null) continue;
    for (const connection of connections) {
      if (unfinished.has(connection.id, issueId)) {
        // Built later by rebuildPending, once the unfinished apply is done.
        events.push({ id: randomUUID(), connectionId: connection.id, kind: "replica", localIssueId: issueId, localKey: typeof issue.key === "string" ? issue.key : null, payload: null, status: "pending" });
        continue;
      }
      const twin = await ctx.store.getTwinByLocal(connection.id, issueId);
      if (twin === null) {
        if (!(await matchesTrigger(ctx, connection, triggers, issue))) continue;
        twins.push({ connectionId: connection.id, localIssueId: issueId, localKey: typeof issue.key === "string" ? issue.key : null });
      }
      events.push(await replicaEvent(ctx, connection, issue, twin));
    }
  }

  ctx.reach("before-enqueue");
  await ctx.store.enqueue({ events, twins, cursor: { name: POSITION_SETTING, value: batch.position } }, ctx.now());
  ctx.counters.captured += events.length;
  if (events.length > 0) ctx.wakeSender();
  return batch.changes.length;
}
