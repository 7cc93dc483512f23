/**
 * Applying: runs the incoming rule on each received event, in inbox order per
 * remote issue, writes what the rule changed to the tracker, and records the
 * twin, the replica and follow-up events in one store transaction.
 *
 * Tracker writes are idempotent by event id (see `TrackerAdapter.apply`), so
 * an event whose tracker write succeeded but whose store transaction was lost
 * in a crash is applied again without a second issue or comment.
 *
 * Rule errors and data the tracker rejects block the remote issue's events
 * until an admin retries or resolves them. Transport and other failures
 * leave the event pending, and the apply loop retries it with backoff.
 */

import { createHash, randomUUID } from "node:crypto";
import type { IncomingCompletion, NewOutgoingEvent } from "../store/store.ts";
import type { ConnectionRecord, IncomingEvent, ItemMapping, NewSyncError } from "../store/types.ts";
import { TrackerDataError, type ApplyResult, type HubIssueJson, type NewAttachment } from "../tracker/adapter.ts";
import { idField, textField } from "../tracker/json-util.ts";
import { planChanges, withRemoteIds, type PlannedChanges } from "./changes.ts";
import { connectionVariable, type NodeContext } from "./node-context.ts";
import { catalogueFor, failureToSyncError, loadErrorToSyncError, logRuleOutput, replicaEvent } from "./outgoing.ts";
import { callPeer, targetOf } from "./peer-client.ts";
import { PATHS, type AttachmentReply, type LinkPayload, type ReplicaPayload } from "./protocol.ts";
import { runIncomingRule } from "./rule-run.ts";
import { applyKey } from "./unfinished.ts";

/** A failure that blocks the event until an admin acts: a rule error or data the tracker rejects. */
export class BlockingError extends Error {
  override readonly name = "BlockingError";
  constructor(readonly error: NewSyncError) {
    super(error.message);
  }
}

function blocking(issue: string, message: string): BlockingError {
  return new BlockingError({ issue, phase: "apply", message, file: null, line: null, column: null, stack: "" });
}

async function applyLink(ctx: NodeContext, connection: ConnectionRecord, event: IncomingEvent): Promise<void> {
  const localIssueId = (event.payload as LinkPayload).twinIssueId;
  const twin = await ctx.store.getTwinByLocal(connection.id, localIssueId);
  const local = twin?.localKey == null ? await ctx.adapter.readIssue(localIssueId) : null;
  await ctx.store.completeIncoming(
    {
      seq: event.seq,
      twin: {
        localIssueId,
        localKey: textField(local, "key") ?? twin?.localKey ?? null,
        remoteIssueId: event.remoteIssueId,
        remoteKey: event.remoteKey,
      },
    },
    ctx.now(),
  );
}

/** Fetches the content of new attachments from the peer and checks it against the announced hash. */
async function fetchAttachments(ctx: NodeContext, connection: ConnectionRecord, plan: PlannedChanges, shown: string): Promise<NewAttachment[]> {
  const files: NewAttachment[] = [];
  for (const planned of plan.attachments.add) {
    if (planned.ref === null) throw blocking(shown, `new attachment "${planned.filename}" has no remote id, so its content cannot be fetched; merge attachments with attachmentHelper.mergeAttachments`);
    const reply = (await callPeer(ctx, targetOf(connection), PATHS.attachment, { attachmentId: planned.ref })) as AttachmentReply;
    const content = Buffer.from(String(reply.content), "base64");
    const hash = createHash("sha256").update(content).digest("hex");
    if (hash !== reply.hash || (planned.hash !== null && planned.hash !== hash)) {
      throw blocking(shown, `content of attachment "${planned.filename}" (remote id ${planned.ref}) does not match its hash ${planned.hash ?? reply.hash}; got ${hash}`);
    }
    files.push({ ref: planned.ref, filename: planned.filename, mimetype: planned.mimetype, content, created: null });
  }
  return files;
}

function mappingsFrom(connectionId: string, result: ApplyResult): ItemMapping[] {
  const lists = [
    ["comment", result.comments],
    ["attachment", result.attachments],
    ["workLog", result.workLogs],
  ] as const;
  return lists.flatMap(([kind, created]) =>
    created.filter((item) => item.ref !== null).map((item) => ({ connectionId, kind, localId: item.id, remoteId: item.ref!, localIssueId: result.issueId })),
  );
}

/** On first sync a rule may set `issue.id` or `issue.key` to an existing issue, which then becomes the twin. */
async function linkTarget(ctx: NodeContext, issue: HubIssueJson, shown: string): Promise<string | null> {
  const reference = idField(issue, "id") ?? textField(issue, "key");
  if (reference === null) return null;
  const existing = await ctx.adapter.findIssue(reference);
  if (existing === null) throw blocking(shown, `the incoming rule set issue.id or issue.key to "${reference}", but no such local issue exists`);
  return String(existing.id);
}

async function applyReplica(ctx: NodeContext, connection: ConnectionRecord, event: IncomingEvent): Promise<void> {
  const payload = event.payload as ReplicaPayload;
  const shown = event.remoteKey ?? event.remoteIssueId;
  let twin = await ctx.store.getTwinByRemote(connection.id, event.remoteIssueId);
  if (twin === null && payload.twinIssueId !== null) {
    twin = await ctx.store.getTwinByLocal(connection.id, payload.twinIssueId);
    if (twin !== null && twin.remoteIssueId !== null && twin.remoteIssueId !== event.remoteIssueId) {
      throw blocking(shown, `the peer names ${twin.localKey ?? twin.localIssueId} as the twin, but it is the twin of remote issue ${twin.remoteKey ?? twin.remoteIssueId}`);
    }
  }
  const local = twin === null ? null : await ctx.adapter.readIssue(twin.localIssueId);
  if (twin !== null && local === null) throw blocking(shown, `local twin ${twin.localKey ?? twin.localIssueId} of remote issue ${shown} no longer exists`);
  const firstSync = local === null;

  const loaded = ctx.rules.load(connection.rules.incoming, "incoming");
  if (!loaded.ok) throw new BlockingError(loadErrorToSyncError(shown, loaded.error));
  const mappings = twin === null ? [] : await ctx.store.itemMappings(connection.id, twin.localIssueId);
  const run = runIncomingRule(
    loaded.rule,
    loaded.file,
    {
      issue: local === null ? await ctx.adapter.createForm() : withRemoteIds(local, mappings),
      replica: payload.replica,
      previous: twin?.remoteReplica ?? null,
      firstSync,
      instance: await catalogueFor(ctx, connection, payload.replica),
      connection: connectionVariable(connection),
      issueKey: { id: local === null ? null : String(local.id), key: textField(local, "key") },
    },
    ctx.ruleOptions,
  );
  if (!run.ok) throw new BlockingError(failureToSyncError(shown, "incoming-rule", run.failure));
  logRuleOutput(ctx, run.logs, { connection: connection.name, eventId: event.id, issue: shown, rule: loaded.file });

  const linked = firstSync ? await linkTarget(ctx, run.issue, shown) : null;
  if (linked !== null) {
    const existing = await ctx.store.getTwinByLocal(connection.id, linked);
    if (existing !== null && existing.remoteIssueId !== null && existing.remoteIssueId !== event.remoteIssueId) {
      throw blocking(shown, `the incoming rule linked ${existing.localKey ?? linked}, which is already the twin of remote issue ${existing.remoteKey ?? existing.remoteIssueId}`);
    }
  }
  const plan = planChanges(run.before, run.issue, firstSync && linked === null);
  const attachments = await fetchAttachments(ctx, connection, plan, shown);
  let result: ApplyResult;
  try {
    result = await ctx.adapter.apply({
      key: applyKey(ctx, event.id),
      issueId: local === null ? linked : String(local.id),
      fields: plan.fields,
      comments: plan.comments,
      attachments: { add: attachments, remove: plan.attachments.remove },
      workLogs: plan.workLogs,
    });
  } catch (error) {
    if (error instanceof TrackerDataError) throw blocking(shown, `the tracker rejected the changes of the incoming rule: ${error.message}`);
    throw error;
  }

  ctx.reach("after-apply");
  const enqueue: NewOutgoingEvent[] = [];
  if (firstSync) {
    const link: LinkPayload = { twinIssueId: event.remoteIssueId };
    enqueue.push({ id: randomUUID(), connectionId: connection.id, kind: "link", localIssueId: result.issueId, localKey: result.issueKey, payload: link, status: "queued" });
  }
  const completion: IncomingCompletion = {
    seq: event.seq,
    twin: { localIssueId: result.issueId, localKey: result.issueKey, remoteIssueId: event.remoteIssueId, remoteKey: event.remoteKey, remoteReplica: payload.replica },
    addMappings: mappingsFrom(connection.id, result),
    removeMappings: [
      ...plan.comments.remove.map((localId) => ({ kind: "comment" as const, localId })),
      ...plan.attachments.remove.map((localId) => ({ kind: "attachment" as const, localId })),
      ...plan.workLogs.remove.map((localId) => ({ kind: "workLog" as const, localId })),
    ],
  };
  await followUps(ctx, connection, run.effects, result, { remoteIssueId: event.remoteIssueId, mappings: completion.addMappings! }, enqueue, shown);
  completion.enqueue = { events: enqueue, twins: enqueue.filter((e) => e.kind === "replica").map((e) => ({ connectionId: connection.id, localIssueId: e.localIssueId, localKey: e.localKey })) };
  await ctx.store.completeIncoming(completion, ctx.now());
  if (enqueue.length > 0) ctx.wakeSender();
}

/** Adds the events that `syncHelper.syncBackAfterProcessing()` and `syncHelper.exalate(key)` requested. */
async function followUps(
  ctx: NodeContext,
  connection: ConnectionRecord,
  effects: { syncBackAfterProcessing: boolean; exalate: string[] },
  result: ApplyResult,
  applied: { remoteIssueId: string; mappings: ItemMapping[] },
  enqueue: NewOutgoingEvent[],
  shown: string,
): Promise<void> {
  const requested: string[] = [];
  if (effects.syncBackAfterProcessing) requested.push(result.issueId);
  requested.push(...effects.exalate);
  for (const reference of requested) {
    const issue = await ctx.adapter.findIssue(reference);
    if (issue === null) {
      ctx.logger.warn({ connection: connection.name, issue: shown, requested: reference }, "syncHelper asked to sync an issue that does not exist; skipping it");
      continue;
    }
    const issueId = String(issue.id);
    if (issueId !== result.issueId) {
      enqueue.push(await replicaEvent(ctx, connection, issue, await ctx.store.getTwinByLocal(connection.id, issueId)));
      continue;
    }
    // The twin and the item mappings of this event are committed with the completion, so pass them in.
    const event = await replicaEvent(ctx, connection, issue, null, applied.mappings);
    if (event.payload !== null) (event.payload as ReplicaPayload).twinIssueId = applied.remoteIssueId;
    enqueue.push(event);
  }
}

export class Applier {
  constructor(private readonly ctx: NodeContext) {}

  /** Applies one batch of received events; returns how many were applied or blocked. */
  async applyOnce(): Promise<number> {
    const ctx = this.ctx;
    const events = await ctx.store.nextIncoming(ctx.batchSize);
    if (events.length === 0) return 0;
    await ctx.store.markAttempted(events.map((event) => event.seq), ctx.now());
    const blockedIssues = new Set<string>();
    let handled = 0;
    for (const event of events) {
      const issueKey = `${event.connectionId}\u0000${event.remoteIssueId}`;
      if (blockedIssues.has(issueKey)) continue;
      const connection = await ctx.store.getConnection(event.connectionId);
      if (connection === null || connection.state !== "active") continue;
      try {
        await ctx.lock.run(() => (event.kind === "link" ? applyLink(ctx, connection, event) : applyReplica(ctx, connection, event)));
        ctx.counters.applied++;
        handled++;
      } catch (error) {
        if (!(error instanceof BlockingError)) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`applying event ${event.id} of ${event.remoteKey ?? event.remoteIssueId} on ${connection.name} failed: ${message}`, { cause: error });
        }
        const errorId = await ctx.store.blockIncoming(event.seq, error.error, ctx.now());
        blockedIssues.add(issueKey);
        ctx.counters.blocked++;
        handled++;
        ctx.logger.warn(
          { connection: connection.name, eventId: event.id, errorId, issue: error.error.issue, phase: error.error.phase, error: error.message },
          "incoming event blocked by an error",
        );
      }
    }
    return handled;
  }
}
