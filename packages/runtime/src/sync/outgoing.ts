/**
 * Building outgoing sync events: running a connection's outgoing rule on a
 * local issue and packing the replica with the event id.
 */

import { randomUUID } from "node:crypto";
import type { LogEntry } from "../context.ts";
import type { NewOutgoingEvent } from "../store/store.ts";
import type { ConnectionRecord, ItemMapping, NewSyncError, TwinRecord } from "../store/types.ts";
import type { HubIssueJson } from "../tracker/adapter.ts";
import { idField, textField } from "../tracker/json-util.ts";
import { fillReplicaRemoteIds, withRemoteIds } from "./changes.ts";
import { connectionVariable, type NodeContext } from "./node-context.ts";
import { REPLICA_SCHEMA_VERSION, type ReplicaPayload } from "./protocol.ts";
import { runOutgoingRule, type RunFailure } from "./rule-run.ts";
import type { RuleLoadError } from "./rules.ts";

export function loadErrorToSyncError(issue: string, error: RuleLoadError): NewSyncError {
  return { issue, phase: "compile", message: error.message, file: error.file, line: error.line, column: error.column, stack: "" };
}

export function failureToSyncError(issue: string, phase: NewSyncError["phase"], failure: RunFailure): NewSyncError {
  return { issue, phase, ...failure };
}

/** Passes the lines a rule wrote with `log.*` or `println` to the node's logger, at their own level. */
export function logRuleOutput(ctx: NodeContext, logs: LogEntry[], ids: Record<string, unknown>): void {
  for (const entry of logs) ctx.logger[entry.level]({ ...ids, source: "rule" }, entry.message);
}

/**
 * Builds the instance catalogue for one rule run, with the local twins
 * (`issues`) of the remote ids the replica names: its own id, its parent and
 * its links.
 */
export async function catalogueFor(ctx: NodeContext, connection: ConnectionRecord, replica: HubIssueJson | null): Promise<HubIssueJson> {
  const catalogue = await ctx.adapter.catalogue();
  if (replica === null) return catalogue;
  // NOTE: nodeHelper.getLocalIssueFromRemoteId finds only these twins; a rule
  // that looks up another remote id gets null.
  const remoteIds = new Set<string>();
  for (const id of [idField(replica, "id"), idField(replica, "parentId")]) if (id !== null) remoteIds.add(id);
  const links = replica.issueLinks;
  if (Array.isArray(links)) for (const link of links) if (idField(link, "otherIssueId") !== null) remoteIds.add(idField(link, "otherIssueId")!);
  const issues: HubIssueJson[] = [];
  for (const remoteId of remoteIds) {
    const twin = await ctx.store.getTwinByRemote(connection.id, remoteId);
    if (twin !== null) issues.push({ id: twin.localIssueId, key: twin.localKey, remoteId });
  }
  return { ...catalogue, issues };
}

/** Runs the outgoing rule; returns the payload, or the error that blocks the event. */
export async function buildReplica(
  ctx: NodeContext,
  connection: ConnectionRecord,
  issue: HubIssueJson,
  twin: TwinRecord | null,
  uncommittedMappings: ItemMapping[] = [],
): Promise<{ payload: ReplicaPayload } | { error: NewSyncError }> {
  const issueId = String(issue.id);
  const shown = textField(issue, "key") ?? issueId;
  const loaded = ctx.rules.load(connection.rules.outgoing, "outgoing");
  if (!loaded.ok) return { error: loadErrorToSyncError(shown, loaded.error) };
  const mappings = [...(await ctx.store.itemMappings(connection.id, issueId)), ...uncommittedMappings];
  const run = runOutgoingRule(
    loaded.rule,
    loaded.file,
    {
      issue: withRemoteIds(issue, mappings),
      instance: await catalogueFor(ctx, connection, null),
      connection: connectionVariable(connection),
      issueKey: { id: issueId, key: textField(issue, "key") },
    },
    ctx.ruleOptions,
  );
  if (!run.ok) return { error: failureToSyncError(shown, "outgoing-rule", run.failure) };
  logRuleOutput(ctx, run.logs, { connection: connection.name, issue: shown, rule: loaded.file });
  return { payload: { schemaVersion: REPLICA_SCHEMA_VERSION, replica: fillReplicaRemoteIds(run.replica, mappings), twinIssueId: twin?.remoteIssueId ?? null } };
}

/**
 * Builds the outgoing event for a change of `issue`; `uncommittedMappings`
 * are item mappings that the caller stores in the same transaction. When the issue already
 * has a blocked event on the connection, the new event waits unbuilt
 * (`pending`) behind it instead of failing again with the same error.
 */
export async function replicaEvent(
  ctx: NodeContext,
  connection: ConnectionRecord,
  issue: HubIssueJson,
  twin: TwinRecord | null,
  uncommittedMappings: ItemMapping[] = [],
): Promise<NewOutgoingEvent> {
  const base = { id: randomUUID(), connectionId: connection.id, kind: "replica" as const, localIssueId: String(issue.id), localKey: textField(issue, "key") };
  if (await ctx.store.isIssueBlocked(connection.id, base.localIssueId)) return { ...base, payload: null, status: "pending" };
  const built = await buildReplica(ctx, connection, issue, twin, uncommittedMappings);
  if ("error" in built) {
    ctx.counters.blocked++;
    ctx.logger.warn({ connection: connection.name, eventId: base.id, issue: base.localKey, error: built.error.message }, "outgoing event blocked by an error");
    return { ...base, payload: null, status: "blocked", error: built.error };
  }
  return { ...base, payload: built.payload, status: "queued" };
}
