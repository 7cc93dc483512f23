/**
 * Iterating methods of lists, sets and ranges: each, collect, collectEntries,
 * collectMany, the find family, any, every, grep, split, withIndex, indexed.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { isCase } from "../../dispatch.ts";
import { mapEntries, mapPut, newMap } from "../../map.ts";
import { truthy } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GClosure, GMap, GRange, type Value } from "../../values.ts";
import { MapEntry } from "./map-entry.ts";
import { isSet, setAdd, similarSet } from "./sets.ts";
import {
  call,
  callWith,
  closureArg,
  expectArgs,
  grow,
  indexArg,
  itemsOf,
  javaTypeName,
  noSignature,
  snapshot,
  type ListLike,
} from "./support.ts";

/**
 * Adds what a collectEntries closure returned to `map`: a map adds all its
 * entries, a list `[key, value]` one entry (missing parts are null), an entry itself.
 */
export function addCollectedEntry(ctx: ExecutionContext, map: GMap, entry: Value): void {
  if (entry instanceof GMap) {
    for (const [k, v] of [...mapEntries(entry)]) mapPut(map, k, v);
  } else if (Array.isArray(entry) || entry instanceof GRange) {
    const parts = itemsOf(ctx, entry);
    mapPut(map, parts.length > 0 ? parts[0]! : null, parts.length > 1 ? parts[1]! : null);
  } else if (entry instanceof MapEntry) {
    mapPut(map, entry.key, entry.value);
  } else {
    throw new RuleException(
      "GroovyCastException",
      `Cannot cast object '${String(entry)}' with class '${javaTypeName(entry)}' to class 'java.util.Map$Entry': a collectEntries closure must return a [key, value] list or a map`,
    );
  }
  ctx.checkCollection(map.size);
}

/** Values of a collection-like result (list, set, range); raises for anything else. */
export function collectionItems(ctx: ExecutionContext, value: Value, method: string): Value[] {
  if (Array.isArray(value) || value instanceof GRange) return itemsOf(ctx, value);
  throw new RuleException(
    "ClassCastException",
    `${method}() needs a collection but got ${value === null ? "null" : javaTypeName(value)}`,
  );
}

/** A new collection like `self` for filtering results: a set of the same kind for a set, else a list. */
function similar(self: ListLike): Value[] {
  return Array.isArray(self) && isSet(self) ? similarSet(self) : [];
}

function addTo(ctx: ExecutionContext, target: Value[], item: Value): void {
  if (isSet(target)) setAdd(ctx, target, item);
  else {
    grow(ctx, target.length + 1);
    target.push(item);
  }
}

/** Optional closure argument: the closure or undefined when the call has none. */
function optionalClosure(self: Value, method: string, args: Value[]): GClosure | undefined {
  expectArgs(self, method, args, 0, 1);
  return args.length === 0 ? undefined : closureArg(self, method, args, 0);
}

function test(ctx: ExecutionContext, closure: GClosure | undefined, item: Value): boolean {
  return closure === undefined ? truthy(item) : truthy(callWith(ctx, closure, item));
}

defineMethods("Collection", {
  each: (ctx, self: ListLike, args) => {
    expectArgs(self, "each", args, 1);
    const closure = closureArg(self, "each", args, 0);
    for (const item of snapshot(ctx, self)) callWith(ctx, closure, item);
    return self;
  },
  forEach: (ctx, self: ListLike, args) => {
    expectArgs(self, "forEach", args, 1);
    const closure = closureArg(self, "forEach", args, 0);
    for (const item of snapshot(ctx, self)) callWith(ctx, closure, item);
    return null;
  },
  reverseEach: (ctx, self: ListLike, args) => {
    expectArgs(self, "reverseEach", args, 1);
    const closure = closureArg(self, "reverseEach", args, 0);
    for (const item of [...itemsOf(ctx, self)].reverse()) callWith(ctx, closure, item);
    return self;
  },
  eachWithIndex: (ctx, self: ListLike, args) => {
    expectArgs(self, "eachWithIndex", args, 1);
    const closure = closureArg(self, "eachWithIndex", args, 0);
    let index = 0;
    for (const item of snapshot(ctx, self)) call(ctx, closure, [item, index++]);
    return self;
  },
  collect: (ctx, self: ListLike, args) => {
    expectArgs(self, "collect", args, 0, 2);
    const items = itemsOf(ctx, self);
    if (args.length === 0) return [...items];
    const closure = closureArg(self, "collect", args, args.length - 1);
    let target: Value[] = [];
    if (args.length === 2) {
      if (!Array.isArray(args[0])) noSignature(self, "collect", args);
      target = args[0];
    }
    for (const item of [...items]) addTo(ctx, target, callWith(ctx, closure, item));
    return target;
  },
  collectEntries: (ctx, self: ListLike, args) => {
    expectArgs(self, "collectEntries", args, 0, 2);
    let result = newMap();
    if (args.length === 2 || (args.length === 1 && args[0] instanceof GMap)) {
      if (!(args[0] instanceof GMap)) noSignature(self, "collectEntries", args);
      result = args[0];
    }
    const closure = args.length > 0 && args[args.length - 1] instanceof GClosure ? (args[args.length - 1] as GClosure) : undefined;
    for (const item of snapshot(ctx, self)) {
      addCollectedEntry(ctx, result, closure === undefined ? item : callWith(ctx, closure, item));
    }
    return result;
  },
  collectMany: (ctx, self: ListLike, args) => {
    expectArgs(self, "collectMany", args, 1);
    const closure = closureArg(self, "collectMany", args, 0);
    const result: Value[] = [];
    for (const item of snapshot(ctx, self)) {
      for (const part of collectionItems(ctx, callWith(ctx, closure, item), "collectMany")) addTo(ctx, result, part);
    }
    return result;
  },
  find: (ctx, self: ListLike, args) => {
    const closure = optionalClosure(self, "find", args);
    for (const item of snapshot(ctx, self)) if (test(ctx, closure, item)) return item;
    return null;
  },
  findAll: (ctx, self: ListLike, args) => {
    const closure = optionalClosure(self, "findAll", args);
    const result = similar(self);
    if (isSet(result)) {
      for (const item of snapshot(ctx, self)) if (test(ctx, closure, item)) setAdd(ctx, result, item);
      return result;
    }
    for (const item of snapshot(ctx, self)) {
      if (!test(ctx, closure, item)) continue;
      grow(ctx, result.length + 1);
      result.push(item);
    }
    return result;
  },
  findResult: (ctx, self: ListLike, args) => {
    expectArgs(self, "findResult", args, 1, 2);
    const closure = closureArg(self, "findResult", args, args.length - 1);
    for (const item of snapshot(ctx, self)) {
      const result = callWith(ctx, closure, item);
      if (result !== null) return result;
    }
    return args.length === 2 ? args[0]! : null;
  },
  findResults: (ctx, self: ListLike, args) => {
    expectArgs(self, "findResults", args, 1);
    const closure = closureArg(self, "findResults", args, 0);
    const results: Value[] = [];
    for (const item of snapshot(ctx, self)) {
      const result = callWith(ctx, closure, item);
      if (result !== null) addTo(ctx, results, result);
    }
    return results;
  },
  findIndexOf: (ctx, self: ListLike, args) => {
    expectArgs(self, "findIndexOf", args, 1, 2);
    const closure = closureArg(self, "findIndexOf", args, args.length - 1);
    const items = [...itemsOf(ctx, self)];
    const start = args.length === 2 ? indexArg(self, "findIndexOf", args, 0) : 0;
    for (let i = Math.max(start, 0); i < items.length; i++) if (test(ctx, closure, items[i]!)) return i;
    return -1;
  },
  findLastIndexOf: (ctx, self: ListLike, args) => {
    expectArgs(self, "findLastIndexOf", args, 1, 2);
    const closure = closureArg(self, "findLastIndexOf", args, args.length - 1);
    const items = [...itemsOf(ctx, self)];
    const start = args.length === 2 ? indexArg(self, "findLastIndexOf", args, 0) : 0;
    let found = -1;
    for (let i = Math.max(start, 0); i < items.length; i++) if (test(ctx, closure, items[i]!)) found = i;
    return found;
  },
  findIndexValues: (ctx, self: ListLike, args) => {
    expectArgs(self, "findIndexValues", args, 1);
    const closure = closureArg(self, "findIndexValues", args, 0);
    const indexes: Value[] = [];
    [...itemsOf(ctx, self)].forEach((item, i) => {
      if (test(ctx, closure, item)) indexes.push(i);
    });
    return indexes;
  },
  any: (ctx, self: ListLike, args) => {
    const closure = optionalClosure(self, "any", args);
    for (const item of snapshot(ctx, self)) if (test(ctx, closure, item)) return true;
    return false;
  },
  every: (ctx, self: ListLike, args) => {
    const closure = optionalClosure(self, "every", args);
    for (const item of snapshot(ctx, self)) if (!test(ctx, closure, item)) return false;
    return true;
  },
  grep: (ctx, self: ListLike, args) => {
    expectArgs(self, "grep", args, 0, 1);
    const result = similar(self);
    for (const item of snapshot(ctx, self)) {
      ctx.step();
      const keep = args.length === 0 ? truthy(item) : isCase(ctx, args[0]!, item);
      if (keep) addTo(ctx, result, item);
    }
    return result;
  },
  split: (ctx, self: ListLike, args) => {
    expectArgs(self, "split", args, 1);
    const closure = closureArg(self, "split", args, 0);
    const accepted = similar(self);
    const rejected = similar(self);
    for (const item of snapshot(ctx, self)) addTo(ctx, test(ctx, closure, item) ? accepted : rejected, item);
    return [accepted, rejected];
  },
  withIndex: (ctx, self: ListLike, args) => {
    expectArgs(self, "withIndex", args, 0, 1);
    const offset = args.length === 1 ? indexArg(self, "withIndex", args, 0) : 0;
    return itemsOf(ctx, self).map((item, i) => [item, i + offset]);
  },
  indexed: (ctx, self: ListLike, args) => {
    expectArgs(self, "indexed", args, 0, 1);
    const offset = args.length === 1 ? indexArg(self, "indexed", args, 0) : 0;
    return newMap(itemsOf(ctx, self).map((item, i): [Value, Value] => [i + offset, item]));
  },
});
