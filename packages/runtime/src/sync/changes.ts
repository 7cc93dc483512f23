/**
 * The changes an incoming rule made: the difference between the local issue
 * before and after the rule, as the writes to send to the tracker. Only
 * fields the rule changed are written, so a value the rule did not touch
 * is never overwritten with a stale copy.
 *
 * Comments, attachments and work logs are compared item by item. An item
 * without an id is new. An item whose id is a remote one (a rule that
 * assigned `replica.comments` directly) is matched to the local item that
 * mirrors it, through `remoteId`.
 */

import type { ItemKind, ItemMapping } from "../store/types.ts";
import type { NewComment, NewWorkLog } from "../tracker/adapter.ts";
import { getOwn, idField, isObject, jsonEqual, textField, type JsonObject } from "../tracker/json-util.ts";

/** Fields the tracker sets itself; changes a rule makes to them are not written. */
const TRACKER_FIELDS = new Set(["id", "key", "created", "updated", "creator", "resolutionDate"]);
/** Fields that only choose where a new issue goes. */
const CREATE_ONLY_FIELDS = new Set(["project", "projectKey", "typeName"]);

export const ITEM_LISTS: readonly { field: string; kind: ItemKind }[] = [
  { field: "comments", kind: "comment" },
  { field: "attachments", kind: "attachment" },
  { field: "workLogs", kind: "workLog" },
];
const ITEM_FIELD_NAMES = new Set(ITEM_LISTS.map((list) => list.field));

/** A new attachment whose content must be fetched from the peer by `ref` (the remote attachment id). */
export interface PlannedAttachment {
  ref: string | null;
  filename: string;
  mimetype: string | null;
  /** The content hash the replica announced; the fetched content must match it. */
  hash: string | null;
}

export interface PlannedChanges {
  fields: JsonObject;
  comments: { add: NewComment[]; update: { id: string; body: string; internal: boolean }[]; remove: string[] };
  attachments: { add: PlannedAttachment[]; remove: string[] };
  workLogs: { add: NewWorkLog[]; update: { id: string; timeSpent: number; startDate: number | null; comment: string | null }[]; remove: string[] };
}

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

function items(issue: JsonObject, field: string): JsonObject[] {
  const list = getOwn(issue, field);
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Pairs each item of `after` with the local item it is (by id, or by the remote id it mirrors), or null when it is new. */
function matchItems(before: JsonObject[], after: JsonObject[]): { item: JsonObject; local: JsonObject | null }[] {
  const byId = new Map<string, JsonObject>();
  const byRemoteId = new Map<string, JsonObject>();
  for (const item of before) {
    const id = idField(item, "id");
    if (id !== null) byId.set(id, item);
    const remoteId = idField(item, "remoteId");
    if (remoteId !== null) byRemoteId.set(remoteId, item);
  }
  return after.map((item) => {
    const id = idField(item, "id");
    if (id === null) return { item, local: null };
    return { item, local: byId.get(id) ?? byRemoteId.get(id) ?? null };
  });
}

function removedIds(before: JsonObject[], kept: (JsonObject | null)[]): string[] {
  const keptIds = new Set(kept.filter((k): k is JsonObject => k !== null).map((k) => idField(k, "id")));
  return before.map((item) => idField(item, "id")).filter((id): id is string => id !== null && !keptIds.has(id));
}

/** Returns the remote id a new local item mirrors: its `remoteId`, else its own id (a remote item assigned directly). */
function refOf(item: JsonObject): string | null {
  return idField(item, "remoteId") ?? idField(item, "id");
}

function numberOr(value: unknown, fallback: number | null): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Computes the writes that turn `before` into `after`. On first sync the project and type fields count as changes. */
export function planChanges(before: JsonObject, after: JsonObject, firstSync: boolean): PlannedChanges {
  const fields: JsonObject = {};
  for (const name of Object.keys(after)) {
    if (TRACKER_FIELDS.has(name) || ITEM_FIELD_NAMES.has(name)) continue;
    if (CREATE_ONLY_FIELDS.has(name) && !firstSync) continue;
    const hadField = Object.hasOwn(before, name);
    if (!hadField && isEmptyValue(after[name])) continue;
    if (hadField && jsonEqual(before[name], after[name])) continue;
    Object.defineProperty(fields, name, { value: after[name], enumerable: true, writable: true, configurable: true });
  }

  const plan: PlannedChanges = {
    fields,
    comments: { add: [], update: [], remove: [] },
    attachments: { add: [], remove: [] },
    workLogs: { add: [], update: [], remove: [] },
  };

  const beforeComments = items(before, "comments");
  const comments = matchItems(beforeComments, items(after, "comments"));
  for (const { item, local } of comments) {
    const body = textField(item, "body") ?? "";
    const internal = getOwn(item, "internal") === true;
    if (local === null) {
      const executor = getOwn(item, "executor");
      plan.comments.add.push({ ref: refOf(item), body, internal, executor: isObject(executor) ? executor : null, created: numberOr(getOwn(item, "created"), null) });
    } else if (textField(local, "body") !== body || (getOwn(local, "internal") === true) !== internal) {
      plan.comments.update.push({ id: idField(local, "id")!, body, internal });
    }
  }
  plan.comments.remove = removedIds(beforeComments, comments.map((c) => c.local));

  const beforeAttachments = items(before, "attachments");
  const attachments = matchItems(beforeAttachments, items(after, "attachments"));
  for (const { item, local } of attachments) {
    if (local !== null) continue;
    plan.attachments.add.push({
      ref: refOf(item),
      filename: textField(item, "filename") ?? "attachment",
      mimetype: textField(item, "mimetype"),
      hash: textField(item, "hash"),
    });
  }
  plan.attachments.remove = removedIds(beforeAttachments, attachments.map((a) => a.local));

  const beforeLogs = items(before, "workLogs");
  const logs = matchItems(beforeLogs, items(after, "workLogs"));
  for (const { item, local } of logs) {
    const entry = { timeSpent: numberOr(getOwn(item, "timeSpent"), 0)!, startDate: numberOr(getOwn(item, "startDate"), null), comment: textField(item, "comment") };
    if (local === null) {
      plan.workLogs.add.push({ ref: refOf(item), ...entry });
    } else if (entry.timeSpent !== getOwn(local, "timeSpent") || entry.startDate !== (getOwn(local, "startDate") ?? null) || entry.comment !== textField(local, "comment")) {
      plan.workLogs.update.push({ id: idField(local, "id")!, ...entry });
    }
  }
  plan.workLogs.remove = removedIds(beforeLogs, logs.map((l) => l.local));
  return plan;
}

export function isEmptyPlan(plan: PlannedChanges): boolean {
  return (
    Object.keys(plan.fields).length === 0 &&
    [plan.comments.add, plan.comments.update, plan.comments.remove, plan.attachments.add, plan.attachments.remove, plan.workLogs.add, plan.workLogs.update, plan.workLogs.remove].every(
      (list) => list.length === 0,
    )
  );
}

function mappedItems(list: unknown, remoteIds: Map<string, string>, overwrite: boolean): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item) => {
    if (!isObject(item)) return item;
    const id = idField(item, "id");
    const remoteId = id === null ? undefined : remoteIds.get(id);
    if (remoteId === undefined) return item;
    if (!overwrite && idField(item, "remoteId") !== null) return item;
    return { ...item, remoteId };
  });
}

function mappingIndex(mappings: ItemMapping[], kind: ItemKind): Map<string, string> {
  return new Map(mappings.filter((m) => m.kind === kind).map((m) => [m.localId, m.remoteId]));
}

/**
 * Returns a copy of a local issue whose comments, attachments and work logs
 * carry the id of the remote item they mirror (`remoteId`), as the merge
 * helpers expect.
 */
export function withRemoteIds(issue: JsonObject, mappings: ItemMapping[]): JsonObject {
  const copy: JsonObject = { ...issue };
  for (const { field, kind } of ITEM_LISTS) {
    if (Object.hasOwn(copy, field)) copy[field] = mappedItems(copy[field], mappingIndex(mappings, kind), true);
  }
  return copy;
}

/**
 * Adds `remoteId` to replica items that mirror a remote item, where the
 * outgoing rule built the items without it. The other side's merge then
 * recognizes its own items coming back and does not add them again.
 */
export function fillReplicaRemoteIds(replica: JsonObject, mappings: ItemMapping[]): JsonObject {
  if (mappings.length === 0) return replica;
  const copy: JsonObject = { ...replica };
  for (const { field, kind } of ITEM_LISTS) {
    if (Object.hasOwn(copy, field)) copy[field] = mappedItems(copy[field], mappingIndex(mappings, kind), false);
  }
  return copy;
}
