/**
 * Entry operations on {@link GMap}. Keys follow Java `equals`: `1` (Integer),
 * `1L` (Long) and `"1"` are three different keys, and lists or maps used as
 * keys compare by content.
 */

import { GBigDecimal, GBigInteger, GDouble, GFloat, GLong, GMap, type Value } from "./values.ts";

/** Prefix that marks canonical keys computed for non-primitive values. */
const COMPOSITE = "\u0000";

/** Returns the canonical JS key under which `key` is stored. */
export function mapKeyOf(key: Value): unknown {
  if (key === null || typeof key === "string" || typeof key === "number" || typeof key === "boolean") {
    return key;
  }
  if (key instanceof GLong) return key.value;
  return COMPOSITE + describeKey(key);
}

function describeKey(key: Value): string {
  if (key === null) return "n";
  if (typeof key === "string") return "s" + JSON.stringify(key);
  if (typeof key === "number") return "i" + key;
  if (typeof key === "boolean") return "b" + key;
  if (key instanceof GLong) return "l" + key.value;
  if (key instanceof GBigInteger) return "g" + key.value;
  if (key instanceof GBigDecimal) return `d${key.unscaled}e${key.scale}`;
  if (key instanceof GDouble) return "D" + key.value;
  if (key instanceof GFloat) return "F" + key.value;
  if (Array.isArray(key)) return "[" + key.map(describeKey).join(",") + "]";
  if (key instanceof GMap) {
    const parts: string[] = [];
    for (const [k, v] of key.entries.values()) parts.push(describeKey(k) + ":" + describeKey(v));
    return "{" + parts.join(",") + "}";
  }
  // Other objects (dates, closures, runtime objects) are keys by identity.
  return "o" + identityOf(key);
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return id;
}

export function newMap(entries: Iterable<[Value, Value]> = []): GMap {
  const map = new GMap();
  for (const [k, v] of entries) mapPut(map, k, v);
  return map;
}

/** Returns the value for `key`, or null when the map has no such entry. */
export function mapGet(map: GMap, key: Value): Value {
  const entry = map.entries.get(mapKeyOf(key));
  return entry === undefined ? null : entry[1];
}

export function mapHas(map: GMap, key: Value): boolean {
  return map.entries.has(mapKeyOf(key));
}

/** Stores `value` under `key` and returns the previous value or null. Keeps the position of an existing key. */
export function mapPut(map: GMap, key: Value, value: Value): Value {
  const canonical = mapKeyOf(key);
  const entry = map.entries.get(canonical);
  if (entry !== undefined) {
    const previous = entry[1];
    entry[1] = value;
    return previous;
  }
  map.entries.set(canonical, [key, value]);
  return null;
}

/** Removes `key` and returns its value or null. */
export function mapRemove(map: GMap, key: Value): Value {
  const canonical = mapKeyOf(key);
  const entry = map.entries.get(canonical);
  if (entry === undefined) return null;
  map.entries.delete(canonical);
  return entry[1];
}

export function mapSize(map: GMap): number {
  return map.entries.size;
}

/** Returns the entries in insertion order as `[key, value]` pairs. */
export function mapEntries(map: GMap): IterableIterator<[Value, Value]> {
  return map.entries.values();
}
