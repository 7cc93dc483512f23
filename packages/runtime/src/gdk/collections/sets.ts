/**
 * Sets. The value contract has no set type, so a set is a JS array of its
 * elements in iteration order, marked as a set in a private WeakMap. It
 * prints like a list (`[a, b]`), and every runtime function that iterates a
 * list works on it unchanged. Membership follows Java `equals` (`1` and `1L`
 * are two elements).
 *
 * Three kinds mirror the Java classes Groovy produces:
 * - "linked" (LinkedHashSet, from `as Set` and `keySet()`) keeps insertion order;
 * - "hash" (HashSet, from `toSet()` and `new HashSet()`) iterates in Java's
 *   hash-bucket order, reproduced from Java's hash codes and table growth rules;
 * - "tree" (TreeSet) keeps its elements sorted with Groovy's comparison.
 *
 * Change a set only through {@link setAdd} and {@link setRemove}: they keep the
 * order and the membership index. Writing to the array directly bypasses both.
 */

import type { ExecutionContext } from "../../context.ts";
import { mapKeyOf } from "../../map.ts";
import { compare } from "../../ops.ts";
import type { Value } from "../../values.ts";
import { javaHashCode } from "./hash.ts";

export type SetKind = "linked" | "hash" | "tree";

interface SetState {
  kind: SetKind;
  /** Bucket-table capacity of a hash set, which decides its iteration order. */
  capacity: number;
  /** Canonical keys (Java equals) of the elements, for linked and hash sets. */
  keys: Set<unknown>;
}

const states = new WeakMap<Value[], SetState>();

export function isSet(value: unknown): boolean {
  return Array.isArray(value) && states.has(value);
}

export function setKind(set: Value[]): SetKind | undefined {
  return states.get(set)?.kind;
}

/** Java's `HashMap.tableSizeFor`: the smallest power of two at least `n` (at least 1). */
function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

function bucketOf(value: Value, capacity: number): number {
  const hash = javaHashCode(value);
  return (hash ^ (hash >>> 16)) & (capacity - 1);
}

/**
 * Creates an empty set. `initialCapacity` only matters for a hash set and
 * follows `new HashSet(int)`; Java's default is 16.
 */
export function newSet(kind: SetKind, initialCapacity = 16): Value[] {
  const set: Value[] = [];
  states.set(set, { kind, capacity: tableSizeFor(Math.max(initialCapacity, 1)), keys: new Set() });
  return set;
}

/** A LinkedHashSet of `items` (what `as Set` produces). */
export function newLinkedSet(ctx: ExecutionContext, items: Iterable<Value>): Value[] {
  const set = newSet("linked");
  for (const item of items) setAdd(ctx, set, item);
  return set;
}

/** A HashSet of `items` (what `toSet()` produces: `new HashSet(size)` followed by `addAll`). */
export function newHashSet(ctx: ExecutionContext, items: Value[]): Value[] {
  const set = newSet("hash", items.length);
  for (const item of items) setAdd(ctx, set, item);
  return set;
}

/** A new empty set of the same kind as `set` (Groovy's `createSimilarCollection`). */
export function similarSet(set: Value[]): Value[] {
  return newSet(states.get(set)?.kind ?? "linked");
}

function stateOf(set: Value[]): SetState {
  const state = states.get(set);
  if (state === undefined) throw new Error("internal error: value is not a set");
  if (state.kind !== "tree" && state.keys.size !== set.length) {
    // The array was changed directly; rebuild the index so membership stays right.
    state.keys = new Set(set.map(mapKeyOf));
  }
  return state;
}

/** Returns true when the set holds an element equal (Java `equals`) to `item`. */
export function setHas(ctx: ExecutionContext, set: Value[], item: Value): boolean {
  const state = stateOf(set);
  if (state.kind === "tree") return set.some((element) => compare(ctx, element, item) === 0);
  return state.keys.has(mapKeyOf(item));
}

/** Adds `item` unless the set holds it already; returns true when the set changed. */
export function setAdd(ctx: ExecutionContext, set: Value[], item: Value): boolean {
  const state = stateOf(set);
  if (state.kind === "tree") return treeAdd(ctx, set, item);

  const key = mapKeyOf(item);
  if (state.keys.has(key)) return false;
  ctx.checkCollection(set.length + 1);
  state.keys.add(key);
  if (state.kind === "linked") {
    set.push(item);
    return true;
  }

  // Java appends to the end of the item's bucket chain, then doubles the table
  // when the size passes 0.75 of the capacity. Resizing keeps the relative
  // order inside each new bucket, so a stable sort by bucket reproduces it.
  const bucket = bucketOf(item, state.capacity);
  let position = set.length;
  while (position > 0 && bucketOf(set[position - 1]!, state.capacity) > bucket) position--;
  set.splice(position, 0, item);
  if (set.length > state.capacity * 0.75) {
    while (set.length > state.capacity * 0.75) state.capacity *= 2;
    const capacity = state.capacity;
    const ordered = set.map((value, index) => ({ value, index, bucket: bucketOf(value, capacity) }));
    ordered.sort((a, b) => a.bucket - b.bucket || a.index - b.index);
    for (let i = 0; i < ordered.length; i++) set[i] = ordered[i]!.value;
  }
  return true;
}

function treeAdd(ctx: ExecutionContext, set: Value[], item: Value): boolean {
  let low = 0;
  let high = set.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const order = compare(ctx, set[middle]!, item);
    if (order === 0) return false;
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  ctx.checkCollection(set.length + 1);
  set.splice(low, 0, item);
  return true;
}

/** Removes the element equal to `item`; returns true when the set changed. */
export function setRemove(ctx: ExecutionContext, set: Value[], item: Value): boolean {
  const state = stateOf(set);
  const index =
    state.kind === "tree"
      ? set.findIndex((element) => compare(ctx, element, item) === 0)
      : set.findIndex((element) => mapKeyOf(element) === mapKeyOf(item));
  if (index < 0) return false;
  set.splice(index, 1);
  if (state.kind !== "tree") state.keys.delete(mapKeyOf(item));
  return true;
}

/** Empties the set. */
export function setClear(set: Value[]): void {
  const state = stateOf(set);
  set.length = 0;
  state.keys.clear();
}
