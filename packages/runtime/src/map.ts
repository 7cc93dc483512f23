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
    for (const [canonical, v] of key) parts.push(describeKey(mapOriginalKey(key, canonical)) + ":" + describeKey(v));
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

/** Returns the key as the rule wrote it for a canonical key of `map`. */
export function mapOriginalKey(map: GMap, canonical: unknown): Value {
  return (map.originalKeys?.get(canonical) ?? canonical) as Value;
}

/** Returns the value for `key`, or null when the map has no such entry. */
export function mapGet(map: GMap, key: Value): Value {
  const value = map.get(mapKeyOf(key));
  return value === undefined ? null : value;
}

export function mapHas(map: GMap, key: Value): boolean {
  return map.has(mapKeyOf(key));
}

/** Stores `value` under `key` and returns the previous value or null. Keeps the position and the key object of an existing key. */
export function mapPut(map: GMap, key: Value, value: Value): Value {
  const canonical = mapKeyOf(key);
  const previous = map.get(canonical);
  map.set(canonical, value);
  if (previous !== undefined) return previous;
  if (canonical !== key) (map.originalKeys ??= new Map()).set(canonical, key);
  return null;
}

/**
 * Stores `value` under a string key, like {@link mapPut} but without reading
 * the previous value: a string is its own canonical key, so nothing else
 * needs recording.
 */
export function mapPutString(map: GMap, key: string, value: Value): void {
  map.set(key, value);
}

/** Removes `key` and returns its value or null. */
export function mapRemove(map: GMap, key: Value): Value {
  const canonical = mapKeyOf(key);
  const value = map.get(canonical);
  if (value === undefined) return null;
  mapDeleteCanonical(map, canonical);
  return value;
}

/** Removes the entry stored under a canonical key. An entry object handed out for it keeps its last value. */
export function mapDeleteCanonical(map: GMap, canonical: unknown): void {
  const value = map.get(canonical);
  if (value === undefined) return;
  map.delete(canonical);
  map.originalKeys?.delete(canonical);
  const view = map.entryViews?.get(canonical);
  if (view !== undefined) {
    view.detach(value);
    map.entryViews!.delete(canonical);
  }
}

/** Removes every entry. */
export function mapClear(map: GMap): void {
  if (map.entryViews !== null) {
    for (const [canonical, view] of map.entryViews) view.detach(map.get(canonical) ?? null);
    map.entryViews = null;
  }
  map.clear();
  map.originalKeys = null;
}

export function mapSize(map: GMap): number {
  return map.size;
}

/** Returns the entries in insertion order as new `[key, value]` pairs. */
export function* mapEntries(map: GMap): IterableIterator<[Value, Value]> {
  for (const [canonical, value] of map) yield [mapOriginalKey(map, canonical), value];
}

/** Returns the keys, as the rule wrote them, in insertion order. */
export function mapKeys(map: GMap): Value[] {
  const keys: Value[] = [];
  for (const canonical of map.keys()) keys.push(mapOriginalKey(map, canonical));
  return keys;
}

/** Returns the values in insertion order. */
export function mapValues(map: GMap): Value[] {
  return [...map.values()];
}
