/**
 * Small value utilities the model and helpers share: id keys, field access on
 * JSON-shaped maps and deep copies.
 */

import { LimitError } from "../errors.ts";
import { mapGet, mapOriginalKey, mapPut, newMap } from "../map.ts";
import { GBigInteger, GDate, GLong, GMap, type Value } from "../values.ts";

/**
 * Returns the text form of an id, so that `"10"`, `10` and `10L` match: ids are
 * strings in the model, but rule code often builds them from numbers.
 * Returns null for values that cannot be ids.
 */
export function idKey(value: Value): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value instanceof GLong || value instanceof GBigInteger) return value.value.toString();
  return null;
}

/** Returns a field of a map-shaped value, or null when the value is not a map. */
export function fieldOf(value: Value, name: string): Value {
  return value instanceof GMap ? mapGet(value, name) : null;
}

/** Returns the string field of a map-shaped value, or null when it is missing or not a string. */
export function stringFieldOf(value: Value, name: string): string | null {
  const found = fieldOf(value, name);
  return typeof found === "string" ? found : null;
}

/** Returns the elements of a list value; an empty list for null or a non-list. */
export function listItems(value: Value): Value[] {
  return Array.isArray(value) ? value : [];
}

/** Builds a map from string keys, for model objects made in helpers. */
export function mapOf(entries: Record<string, Value>): GMap {
  const map = newMap();
  for (const key of Object.keys(entries)) mapPut(map, key, entries[key]!);
  return map;
}

/** Rule code can build values of any depth; deeper copies end the run instead of overflowing the stack. */
const MAX_COPY_DEPTH = 1000;

/** Values that can copy themselves deeply (the Entity model). */
export interface DeepCopyable {
  deepCopy(copies: Map<object, Value>): Value;
}

function isDeepCopyable(value: object): value is DeepCopyable & object {
  return typeof (value as Partial<DeepCopyable>).deepCopy === "function";
}

/**
 * Copies lists, maps, dates and entities deeply; other values are immutable
 * and shared, and so are map keys, because maps find some keys by identity.
 * Shared and cyclic references stay shared and cyclic in the copy.
 */
export function deepCopy(value: Value, copies: Map<object, Value> = new Map(), depth = 0): Value {
  if (value === null || typeof value !== "object") return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (depth > MAX_COPY_DEPTH) {
    throw new LimitError("depth", `cannot copy a value nested more than ${MAX_COPY_DEPTH} levels deep`);
  }

  if (Array.isArray(value)) {
    const list: Value[] = [];
    copies.set(value, list);
    for (const item of value) list.push(deepCopy(item, copies, depth + 1));
    return list;
  }
  if (value instanceof GMap) {
    const map = newMap();
    copies.set(value, map);
    for (const [canonical, item] of value) mapPut(map, mapOriginalKey(value, canonical), deepCopy(item, copies, depth + 1));
    return map;
  }
  if (value instanceof GDate) {
    const date = new GDate(value.time, value.timestamp);
    copies.set(value, date);
    return date;
  }
  if (isDeepCopyable(value)) return value.deepCopy(copies);
  return value;
}
