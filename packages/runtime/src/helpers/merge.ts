/**
 * The merge behind `mergeComments`, `mergeAttachments` and `mergeWorkLogs`.
 *
 * A local item created from a remote one stores the remote id in `remoteId`.
 * Matching by that link, not by position or text, keeps repeated runs from
 * adding the same item twice. The merge
 * - adds remote items that have no local twin yet,
 * - updates the twins of remote items that changed since the previous replica,
 * - removes the twins of remote items that the previous replica had and this one lacks,
 * - skips remote items that are twins of local items (their `remoteId` is a
 *   local id), because those are this side's own items coming back.
 * It returns a new list and leaves the issue's current list unchanged.
 */

import type { ExecutionContext } from "../context.ts";
import { callClosure } from "../dispatch.ts";
import { mapGet, mapHas, mapPut } from "../map.ts";
import { diffLists } from "../model/diff.ts";
import type { Entity } from "../model/entity.ts";
import { deepCopy, fieldOf, idKey, listItems } from "../model/values-util.ts";
import { GClosure, GMap, type Value } from "../values.ts";

export interface MergeSpec {
  /** The hub-issue list field: `comments`, `attachments` or `workLogs`. */
  list: string;
  /** Builds the local item for a remote one; `remoteId` and `id` are set by the merge. */
  toLocal(remote: GMap, withClosure: boolean): GMap;
  /** Fields an update copies from the new local item onto the existing twin. */
  updatedFields: readonly string[];
}

export function mergeByRemoteId(
  ctx: ExecutionContext,
  spec: MergeSpec,
  issue: Entity,
  replica: Entity,
  edit: GClosure | null,
): Value[] {
  const previousReplica = replica.options.previous?.() ?? null;
  const diff = diffLists(spec.list, replica.get(spec.list), previousReplica?.get(spec.list));
  const removedRemote = idSet(diff.removed, "id");
  const changedRemote = idSet(diff.changed, "id");

  const result: Value[] = [];
  const twinIndex = new Map<string, number>();
  for (const item of listItems(issue.get(spec.list))) {
    const remoteId = idKey(fieldOf(item, "remoteId"));
    if (remoteId !== null && removedRemote.has(remoteId)) continue;
    if (remoteId !== null) twinIndex.set(remoteId, result.length);
    result.push(item);
  }
  const localIds = idSet(result, "id");

  for (const remote of listItems(replica.get(spec.list))) {
    ctx.checkTime();
    if (!(remote instanceof GMap)) continue;
    const remoteId = idKey(fieldOf(remote, "id"));
    const echoOf = idKey(fieldOf(remote, "remoteId"));
    if (echoOf !== null && localIds.has(echoOf)) continue;

    const index = remoteId === null ? undefined : twinIndex.get(remoteId);
    if (index !== undefined && !changedRemote.has(remoteId!)) continue;

    const candidate = spec.toLocal(remote, edit !== null);
    mapPut(candidate, "id", null);
    mapPut(candidate, "remoteId", remoteId);
    const local = edit === null ? candidate : applyEdit(ctx, edit, candidate);

    if (index === undefined) {
      result.push(local);
      if (remoteId !== null) twinIndex.set(remoteId, result.length - 1);
    } else {
      result[index] = updatedTwin(result[index]!, local, spec.updatedFields);
    }
  }
  ctx.checkCollection(result.length);
  return result;
}

/** Runs the rule's closure on a new local item; a map it returns replaces the item. */
function applyEdit(ctx: ExecutionContext, edit: GClosure, candidate: GMap): GMap {
  const returned = callClosure(ctx, edit, [candidate]);
  return returned instanceof GMap ? returned : candidate;
}

/** Copies the existing twin and takes the updated fields from the new local item. */
function updatedTwin(existing: Value, local: GMap, fields: readonly string[]): Value {
  if (!(existing instanceof GMap)) return local;
  const copy = deepCopy(existing) as GMap;
  for (const name of fields) mapPut(copy, name, mapGet(local, name));
  return copy;
}

function idSet(items: Value[], field: string): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    const key = idKey(fieldOf(item, field));
    if (key !== null) ids.add(key);
  }
  return ids;
}

/** Copies the named fields of a remote item deeply; fields the item lacks stay absent. */
export function pickFields(remote: GMap, names: readonly string[]): GMap {
  const copy = new GMap();
  for (const name of names) {
    if (mapHas(remote, name)) mapPut(copy, name, deepCopy(mapGet(remote, name)));
  }
  return copy;
}
