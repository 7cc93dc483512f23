/**
 * Map methods of the GDK that read and change entries: get (with a stored
 * default), put, putAll, remove, containsKey, containsValue, keySet, values,
 * entrySet, subMap, the `+`, `-` and `<<` operators, and conversions. The
 * methods that take closures are in `collections/map-iteration.ts`.
 *
 * Maps are insertion-ordered {@link GMap}s; keys follow Java `equals`
 * (`1`, `1L` and `"1"` are three keys).
 */

import "./collections/map-iteration.ts";
import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { mapClear, mapEntries, mapGet, mapHas, mapKeys, mapPut, mapRemove, mapValues, newMap } from "../map.ts";
import { equals } from "../ops.ts";
import { defineMethods } from "../registry.ts";
import { GMap, GRange, type Value } from "../values.ts";
import { javaEquals } from "./collections/hash.ts";
import { MapEntry, mapEntryValues } from "./collections/map-entry.ts";
import { newLinkedSet } from "./collections/sets.ts";
import { call, closureArg, expectArgs, itemsOf, noSignature } from "./collections/support.ts";

export { mapEntryValues } from "./collections/map-entry.ts";

const immutableMaps = new WeakSet<GMap>();

/** Raises UnsupportedOperationException when `map` came from asImmutable(); call before changing a map. */
export function checkMapMutable(map: GMap, method: string): GMap {
  if (immutableMaps.has(map)) {
    throw new RuleException("UnsupportedOperationException", `${method}() is not supported on an immutable map; copy it first`);
  }
  return map;
}

/** Stores `value` under `key` after the mutability and size checks; returns the previous value. */
export function putEntry(ctx: ExecutionContext, map: GMap, key: Value, value: Value, method = "put"): Value {
  checkMapMutable(map, method);
  const previous = mapPut(map, key, value);
  ctx.checkCollection(map.size);
  return previous;
}

/** Copies `map`, keeping its order. */
export function copyMap(map: GMap): GMap {
  return newMap(mapEntries(map));
}

/** Adds the entries of a map, a MapEntry, or a list of entries to `target` (Groovy `putAll` and `<<`). */
function putAllFrom(ctx: ExecutionContext, target: GMap, source: Value, method: string): void {
  if (source instanceof GMap) {
    for (const [k, v] of [...mapEntries(source)]) putEntry(ctx, target, k, v, method);
  } else if (source instanceof MapEntry) {
    putEntry(ctx, target, source.key, source.value, method);
  } else if (Array.isArray(source) || source instanceof GRange) {
    for (const item of itemsOf(ctx, source)) {
      if (!(item instanceof MapEntry)) noSignature(target, method, [source]);
      putEntry(ctx, target, item.key, item.value, method);
    }
  } else {
    noSignature(target, method, [source]);
  }
}

/** `map + other`: a new map with the entries of both; `other` wins for shared keys. */
export function mapPlus(ctx: ExecutionContext, map: GMap, other: Value): GMap {
  const result = copyMap(map);
  putAllFrom(ctx, result, other, "plus");
  return result;
}

/** `map - other`: a new map without the entries whose key and value (Groovy `==`) both match `other`'s. */
export function mapMinus(map: GMap, other: Value): GMap {
  if (!(other instanceof GMap)) return noSignature(map, "minus", [other]);
  const result = newMap();
  for (const [k, v] of mapEntries(map)) {
    const removed = mapHas(other, k) && equals(mapGet(other, k), v);
    if (!removed) mapPut(result, k, v);
  }
  return result;
}

defineMethods("Map", {
  get: (ctx, self: GMap, args) => {
    expectArgs(self, "get", args, 1, 2);
    if (args.length === 1) return mapGet(self, args[0]!);
    // Groovy's get(key, default) stores the default when the key is missing.
    if (mapHas(self, args[0]!)) return mapGet(self, args[0]!);
    putEntry(ctx, self, args[0]!, args[1]!, "get");
    return args[1]!;
  },
  getAt: (_ctx, self: GMap, args) => {
    expectArgs(self, "getAt", args, 1);
    return mapGet(self, args[0]!);
  },
  getOrDefault: (_ctx, self: GMap, args) => {
    expectArgs(self, "getOrDefault", args, 2);
    return mapHas(self, args[0]!) ? mapGet(self, args[0]!) : args[1]!;
  },
  put: (ctx, self: GMap, args) => {
    expectArgs(self, "put", args, 2);
    return putEntry(ctx, self, args[0]!, args[1]!);
  },
  putAt: (ctx, self: GMap, args) => {
    expectArgs(self, "putAt", args, 2);
    putEntry(ctx, self, args[0]!, args[1]!, "putAt");
    return args[1]!;
  },
  putIfAbsent: (ctx, self: GMap, args) => {
    expectArgs(self, "putIfAbsent", args, 2);
    const current = mapGet(self, args[0]!);
    if (current === null) putEntry(ctx, self, args[0]!, args[1]!, "putIfAbsent");
    return current;
  },
  computeIfAbsent: (ctx, self: GMap, args) => {
    expectArgs(self, "computeIfAbsent", args, 2);
    const closure = closureArg(self, "computeIfAbsent", args, 1);
    const current = mapGet(self, args[0]!);
    if (current !== null) return current;
    const computed = call(ctx, closure, [args[0]!]);
    if (computed !== null) putEntry(ctx, self, args[0]!, computed, "computeIfAbsent");
    return computed;
  },
  putAll: (ctx, self: GMap, args) => {
    expectArgs(self, "putAll", args, 1);
    putAllFrom(ctx, self, args[0]!, "putAll");
    return null;
  },
  leftShift: (ctx, self: GMap, args) => {
    expectArgs(self, "leftShift", args, 1);
    putAllFrom(ctx, self, args[0]!, "leftShift");
    return self;
  },
  remove: (_ctx, self: GMap, args) => {
    expectArgs(self, "remove", args, 1);
    checkMapMutable(self, "remove");
    return mapRemove(self, args[0]!);
  },
  clear: (_ctx, self: GMap, args) => {
    expectArgs(self, "clear", args, 0);
    mapClear(checkMapMutable(self, "clear"));
    return null;
  },
  containsKey: (_ctx, self: GMap, args) => {
    expectArgs(self, "containsKey", args, 1);
    return mapHas(self, args[0]!);
  },
  containsValue: (_ctx, self: GMap, args) => {
    expectArgs(self, "containsValue", args, 1);
    for (const v of self.values()) if (javaEquals(v, args[0]!)) return true;
    return false;
  },
  size: (_ctx, self: GMap, args) => {
    expectArgs(self, "size", args, 0);
    return self.size;
  },
  isEmpty: (_ctx, self: GMap, args) => {
    expectArgs(self, "isEmpty", args, 0);
    return self.size === 0;
  },
  // NOTE: keySet(), values() and entrySet() return snapshots. In Java they are
  // live views, so removing through them would change the map; here it does not.
  keySet: (ctx, self: GMap, args) => {
    expectArgs(self, "keySet", args, 0);
    return newLinkedSet(ctx, mapKeys(self));
  },
  values: (_ctx, self: GMap, args) => {
    expectArgs(self, "values", args, 0);
    return mapValues(self);
  },
  entrySet: (ctx, self: GMap, args) => {
    expectArgs(self, "entrySet", args, 0);
    return newLinkedSet(ctx, mapEntryValues(self));
  },
  subMap: (ctx, self: GMap, args) => {
    expectArgs(self, "subMap", args, 1);
    const keys = args[0]!;
    if (!Array.isArray(keys) && !(keys instanceof GRange)) noSignature(self, "subMap", args);
    const result = newMap();
    for (const key of itemsOf(ctx, keys)) if (mapHas(self, key)) mapPut(result, key, mapGet(self, key));
    return result;
  },
  plus: (ctx, self: GMap, args) => {
    expectArgs(self, "plus", args, 1);
    return mapPlus(ctx, self, args[0]!);
  },
  minus: (_ctx, self: GMap, args) => {
    expectArgs(self, "minus", args, 1);
    return mapMinus(self, args[0]!);
  },
  asImmutable: (_ctx, self: GMap, args) => {
    expectArgs(self, "asImmutable", args, 0);
    const copy = copyMap(self);
    immutableMaps.add(copy);
    return copy;
  },
  clone: (_ctx, self: GMap, args) => {
    expectArgs(self, "clone", args, 0);
    return copyMap(self);
  },
  equals: (_ctx, self: GMap, args) => {
    expectArgs(self, "equals", args, 1);
    return javaEquals(self, args[0]!);
  },
  take: (_ctx, self: GMap, args) => {
    expectArgs(self, "take", args, 1);
    const n = typeof args[0] === "number" ? args[0] : noSignature(self, "take", args);
    return newMap([...mapEntries(self)].slice(0, Math.max(n, 0)));
  },
  drop: (_ctx, self: GMap, args) => {
    expectArgs(self, "drop", args, 1);
    const n = typeof args[0] === "number" ? args[0] : noSignature(self, "drop", args);
    return newMap([...mapEntries(self)].slice(Math.max(n, 0)));
  },
});
