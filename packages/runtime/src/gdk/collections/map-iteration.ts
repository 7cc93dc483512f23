/**
 * Map methods that take closures: each, eachWithIndex, collect,
 * collectEntries, collectMany, find, findAll, findResult, any, every, count,
 * countBy, groupBy, inject, sort, max, min, removeAll, retainAll.
 *
 * Like Groovy, a closure declaring two parameters receives `(key, value)`;
 * any other closure receives the entry, which has `key` and `value`.
 */

import type { ExecutionContext } from "../../context.ts";
import { mapDeleteCanonical, mapOriginalKey, mapPut, newMap } from "../../map.ts";
import { truthy } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GClosure, GMap, type Value } from "../../values.ts";
import { countBy, groupBy, type Grouping } from "./aggregate.ts";
import { addCollectedEntry, collectionItems } from "./iteration.ts";
import { MapEntry, mapEntryValues } from "./map-entry.ts";
import { maxOrMin, naturalCompare } from "./ordering.ts";
import { arity, call, callWith, closureArg, comparatorResult, expectArgs, grow, noSignature } from "./support.ts";

/** Calls a closure for one entry: `(key, value)` for two parameters, else `(entry)`. */
export function callForEntry(ctx: ExecutionContext, closure: GClosure, entry: MapEntry): Value {
  return arity(closure) === 2 ? call(ctx, closure, [entry.key, entry.value]) : callWith(ctx, closure, entry);
}

function entriesOf(map: GMap): MapEntry[] {
  return mapEntryValues(map);
}

function single(self: GMap, method: string, args: Value[]): GClosure {
  expectArgs(self, method, args, 1);
  return closureArg(self, method, args, 0);
}

function mapOf(entries: MapEntry[]): GMap {
  const result = newMap();
  for (const entry of entries) mapPut(result, entry.key, entry.value);
  return result;
}

/** Removes entries from `map` for which `keep` is false; returns true when any was removed. */
function filterEntries(ctx: ExecutionContext, map: GMap, keep: (entry: MapEntry) => boolean): boolean {
  const before = map.size;
  const snapshot = [...map].map(([canonical, value]) => ({ canonical, key: mapOriginalKey(map, canonical), value }));
  for (const { canonical, key, value } of snapshot) {
    // A closure that removed a later key still sees that entry, as it was when the loop started.
    const entry = map.has(canonical) ? MapEntry.of(map, canonical) : new MapEntry(key, value);
    if (!keep(entry)) mapDeleteCanonical(map, canonical);
  }
  ctx.step();
  return map.size !== before;
}

const mapGrouping = (ctx: ExecutionContext): Grouping<MapEntry> => ({
  keyOf: (closure, entry) => callForEntry(ctx, closure, entry),
  newGroup: () => newMap(),
  add: (group, entry) => {
    mapPut(group as GMap, entry.key, entry.value);
  },
  itemsOf: (group) => entriesOf(group as GMap),
});

defineMethods("Map", {
  each: (ctx, self: GMap, args) => {
    const closure = single(self, "each", args);
    for (const entry of entriesOf(self)) callForEntry(ctx, closure, entry);
    return self;
  },
  forEach: (ctx, self: GMap, args) => {
    // Java's Map.forEach(BiConsumer): the closure receives the key and the value.
    const closure = single(self, "forEach", args);
    for (const entry of entriesOf(self)) call(ctx, closure, [entry.key, entry.value]);
    return null;
  },
  eachWithIndex: (ctx, self: GMap, args) => {
    const closure = single(self, "eachWithIndex", args);
    entriesOf(self).forEach((entry, index) => {
      if (arity(closure) === 3) call(ctx, closure, [entry.key, entry.value, index]);
      else call(ctx, closure, [entry, index]);
    });
    return self;
  },
  collect: (ctx, self: GMap, args) => {
    expectArgs(self, "collect", args, 1, 2);
    const closure = closureArg(self, "collect", args, args.length - 1);
    let target: Value[] = [];
    if (args.length === 2) target = Array.isArray(args[0]) ? args[0] : noSignature(self, "collect", args);
    for (const entry of entriesOf(self)) {
      grow(ctx, target.length + 1);
      target.push(callForEntry(ctx, closure, entry));
    }
    return target;
  },
  collectEntries: (ctx, self: GMap, args) => {
    expectArgs(self, "collectEntries", args, 0, 2);
    const closure = args[args.length - 1] instanceof GClosure ? (args[args.length - 1] as GClosure) : undefined;
    const initial = closure === undefined ? args : args.slice(0, -1);
    if (initial.length > 1 || (initial.length === 1 && !(initial[0] instanceof GMap))) noSignature(self, "collectEntries", args);
    const result = initial.length === 1 ? (initial[0] as GMap) : newMap();
    for (const entry of entriesOf(self)) {
      addCollectedEntry(ctx, result, closure === undefined ? entry : callForEntry(ctx, closure, entry));
    }
    return result;
  },
  collectMany: (ctx, self: GMap, args) => {
    const closure = single(self, "collectMany", args);
    const result: Value[] = [];
    for (const entry of entriesOf(self)) {
      for (const part of collectionItems(ctx, callForEntry(ctx, closure, entry), "collectMany")) {
        grow(ctx, result.length + 1);
        result.push(part);
      }
    }
    return result;
  },
  find: (ctx, self: GMap, args) => {
    const closure = single(self, "find", args);
    return entriesOf(self).find((entry) => truthy(callForEntry(ctx, closure, entry))) ?? null;
  },
  findAll: (ctx, self: GMap, args) => {
    const closure = single(self, "findAll", args);
    return mapOf(entriesOf(self).filter((entry) => truthy(callForEntry(ctx, closure, entry))));
  },
  findResult: (ctx, self: GMap, args) => {
    expectArgs(self, "findResult", args, 1, 2);
    const closure = closureArg(self, "findResult", args, args.length - 1);
    for (const entry of entriesOf(self)) {
      const result = callForEntry(ctx, closure, entry);
      if (result !== null) return result;
    }
    return args.length === 2 ? args[0]! : null;
  },
  any: (ctx, self: GMap, args) => {
    const closure = single(self, "any", args);
    return entriesOf(self).some((entry) => truthy(callForEntry(ctx, closure, entry)));
  },
  every: (ctx, self: GMap, args) => {
    const closure = single(self, "every", args);
    return entriesOf(self).every((entry) => truthy(callForEntry(ctx, closure, entry)));
  },
  count: (ctx, self: GMap, args) => {
    const closure = single(self, "count", args);
    return entriesOf(self).filter((entry) => truthy(callForEntry(ctx, closure, entry))).length;
  },
  countBy: (ctx, self: GMap, args) => {
    const closure = single(self, "countBy", args);
    return countBy(ctx, entriesOf(self), (entry) => callForEntry(ctx, closure, entry as MapEntry));
  },
  groupBy: (ctx, self: GMap, args) => {
    const closures = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (closures.length === 0 || !closures.every((c) => c instanceof GClosure)) noSignature(self, "groupBy", args);
    return groupBy(ctx, entriesOf(self), closures as GClosure[], mapGrouping(ctx));
  },
  inject: (ctx, self: GMap, args) => {
    expectArgs(self, "inject", args, 2);
    const closure = closureArg(self, "inject", args, 1);
    let accumulator: Value = args[0]!;
    for (const entry of entriesOf(self)) {
      accumulator =
        arity(closure) === 3
          ? call(ctx, closure, [accumulator, entry.key, entry.value])
          : call(ctx, closure, [accumulator, entry]);
    }
    return accumulator;
  },
  sort: (ctx, self: GMap, args) => {
    expectArgs(self, "sort", args, 0, 1);
    const entries = entriesOf(self);
    if (args.length === 0) {
      entries.sort((a, b) => naturalCompare(ctx, a.key, b.key));
      return mapOf(entries);
    }
    const closure = closureArg(self, "sort", args, 0);
    if (arity(closure) === 2) {
      entries.sort((a, b) => comparatorResult(call(ctx, closure, [a, b])));
    } else {
      const keys = new Map(entries.map((entry) => [entry, callWith(ctx, closure, entry)]));
      entries.sort((a, b) => naturalCompare(ctx, keys.get(a)!, keys.get(b)!));
    }
    return mapOf(entries);
  },
  max: (ctx, self: GMap, args) => maxOrMin(ctx, self, entriesOf(self), args, 1),
  min: (ctx, self: GMap, args) => maxOrMin(ctx, self, entriesOf(self), args, -1),
  removeAll: (ctx, self: GMap, args) => {
    const closure = single(self, "removeAll", args);
    return filterEntries(ctx, self, (entry) => !truthy(callForEntry(ctx, closure, entry)));
  },
  retainAll: (ctx, self: GMap, args) => {
    const closure = single(self, "retainAll", args);
    return filterEntries(ctx, self, (entry) => truthy(callForEntry(ctx, closure, entry)));
  },
});
