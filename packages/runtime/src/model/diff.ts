/**
 * Change lists between two replicas: which comments, attachments and work
 * logs were added, changed or removed since the previous replica. Items are
 * matched by `id`; items without an id count as added.
 */

import { GDate, type Value } from "../values.ts";
import { fieldOf, idKey, listItems } from "./values-util.ts";

export interface ListDiff {
  added: Value[];
  changed: Value[];
  removed: Value[];
}

/** Fields whose change makes an item count as changed, per list field. */
const COMPARED_FIELDS: Record<string, readonly string[]> = {
  comments: ["body", "updated", "internal"],
  attachments: ["filename", "filesize", "hash"],
  workLogs: ["timeSpent", "startDate", "comment"],
};

/**
 * Compares the items of `current` with those of `previous` (null on first
 * sync, where every item is added). `listName` selects the compared fields.
 */
export function diffLists(listName: string, current: Value, previous: Value | undefined): ListDiff {
  const compared = COMPARED_FIELDS[listName] ?? [];
  const before = new Map<string, Value>();
  for (const item of listItems(previous ?? null)) {
    const key = idKey(fieldOf(item, "id"));
    if (key !== null) before.set(key, item);
  }

  const diff: ListDiff = { added: [], changed: [], removed: [] };
  const seen = new Set<string>();
  for (const item of listItems(current)) {
    const key = idKey(fieldOf(item, "id"));
    const old = key === null ? undefined : before.get(key);
    if (key !== null) seen.add(key);
    if (old === undefined) {
      diff.added.push(item);
    } else if (compared.some((name) => !sameScalar(fieldOf(item, name), fieldOf(old, name)))) {
      diff.changed.push(item);
    }
  }
  for (const [key, item] of before) {
    if (!seen.has(key)) diff.removed.push(item);
  }
  return diff;
}

/** Equality for the scalar fields that diffs compare: strings, numbers, booleans and dates. */
function sameScalar(a: Value, b: Value): boolean {
  if (a instanceof GDate && b instanceof GDate) return a.time === b.time;
  const keyA = idKey(a);
  const keyB = idKey(b);
  if (keyA !== null || keyB !== null) return keyA === keyB;
  return a === b;
}

/** The hub-issue list and the diff part behind each computed replica property. */
export const COMPUTED_LISTS: ReadonlyMap<string, { list: string; part: keyof ListDiff }> = new Map([
  ["addedComments", { list: "comments", part: "added" }],
  ["changedComments", { list: "comments", part: "changed" }],
  ["removedComments", { list: "comments", part: "removed" }],
  ["addedAttachments", { list: "attachments", part: "added" }],
  ["removedAttachments", { list: "attachments", part: "removed" }],
]);
