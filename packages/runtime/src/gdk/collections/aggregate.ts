/**
 * Aggregating methods of lists, sets and ranges: count, countBy, groupBy,
 * inject, sum and average. Arithmetic goes through the `+` and `/`
 * operators, so sums of Integers, BigDecimals, Strings and lists behave as
 * in Groovy.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { mapGet, mapHas, mapPut, newMap } from "../../map.ts";
import { binary, equals, truthy } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GClosure, GMap, type Value } from "../../values.ts";
import { call, callWith, closureArg, expectArgs, itemsOf, noSignature, snapshot, type ListLike } from "./support.ts";

/** Counts items per closure result, in first-seen order. */
export function countBy(ctx: ExecutionContext, items: Value[], keyOf: (item: Value) => Value): GMap {
  const counts = newMap();
  for (const item of items) {
    const key = keyOf(item);
    mapPut(counts, key, ((mapGet(counts, key) as number | null) ?? 0) + 1);
    ctx.checkCollection(counts.size);
  }
  return counts;
}

/** How {@link groupBy} reads a group key and fills groups: lists of items, or maps of entries. */
export interface Grouping<T> {
  keyOf(closure: GClosure, item: T): Value;
  newGroup(): Value[] | GMap;
  add(group: Value, item: T): void;
  itemsOf(group: Value): T[];
}

/**
 * Groups items by the first closure's result; each further closure groups
 * every group again, giving nested maps (Groovy's `groupBy(Closure...)`).
 */
export function groupBy<T>(ctx: ExecutionContext, items: T[], closures: GClosure[], grouping: Grouping<T>): GMap {
  const groups = newMap();
  const [first, ...rest] = closures;
  for (const item of items) {
    const key = grouping.keyOf(first!, item);
    if (!mapHas(groups, key)) {
      mapPut(groups, key, grouping.newGroup());
      ctx.checkCollection(groups.size);
    }
    grouping.add(mapGet(groups, key), item);
  }
  if (rest.length === 0) return groups;
  for (const [canonical, group] of groups) {
    groups.set(canonical, groupBy(ctx, grouping.itemsOf(group), rest, grouping));
  }
  return groups;
}

/** Groovy `sum`: the first value (or the initial value) plus each following value with `+`. */
export function sumValues(ctx: ExecutionContext, values: Iterable<Value>, initial?: { value: Value }): Value {
  let result: Value = null;
  let first = initial === undefined;
  if (initial !== undefined) result = initial.value;
  for (const value of values) {
    ctx.step();
    if (first) {
      result = value;
      first = false;
    } else {
      result = binary(ctx, "+", result, value);
    }
  }
  return result;
}

/** Groovy `inject`: folds with a two-parameter closure `{ accumulator, item -> }`. */
export function injectValues(ctx: ExecutionContext, self: Value, items: Value[], args: Value[]): Value {
  expectArgs(self, "inject", args, 1, 2);
  const closure = closureArg(self, "inject", args, args.length - 1);
  let accumulator: Value;
  let rest = items;
  if (args.length === 2) {
    accumulator = args[0]!;
  } else {
    if (items.length === 0) {
      throw new RuleException("NoSuchElementException", "Cannot call inject() on an empty collection without passing an initial value.");
    }
    accumulator = items[0]!;
    rest = items.slice(1);
  }
  for (const item of rest) accumulator = call(ctx, closure, [accumulator, item]);
  return accumulator;
}

function listGrouping(ctx: ExecutionContext): Grouping<Value> {
  return {
    keyOf: (closure, item) => callWith(ctx, closure, item),
    newGroup: () => [],
    add: (group, item) => {
      (group as Value[]).push(item);
    },
    itemsOf: (group) => group as Value[],
  };
}

/** Applies `transform` to each value as it is read; without one, returns the values unchanged. */
function* mapLazily(values: Iterable<Value>, transform?: (value: Value) => Value): IterableIterator<Value> {
  for (const value of values) yield transform === undefined ? value : transform(value);
}

defineMethods("Collection", {
  count: (ctx, self: ListLike, args) => {
    expectArgs(self, "count", args, 1);
    let count = 0;
    const closure = args[0] instanceof GClosure ? args[0] : undefined;
    for (const item of snapshot(ctx, self)) {
      const matches = closure === undefined ? equals(args[0]!, item) : truthy(callWith(ctx, closure, item));
      if (matches) count++;
    }
    return count;
  },
  countBy: (ctx, self: ListLike, args) => {
    expectArgs(self, "countBy", args, 1);
    const closure = closureArg(self, "countBy", args, 0);
    return countBy(ctx, [...itemsOf(ctx, self)], (item) => callWith(ctx, closure, item));
  },
  groupBy: (ctx, self: ListLike, args) => {
    const closures = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (closures.length === 0 || !closures.every((c) => c instanceof GClosure)) noSignature(self, "groupBy", args);
    return groupBy(ctx, [...itemsOf(ctx, self)], closures as GClosure[], listGrouping(ctx));
  },
  inject: (ctx, self: ListLike, args) => injectValues(ctx, self, [...itemsOf(ctx, self)], args),
  sum: (ctx, self: ListLike, args) => {
    expectArgs(self, "sum", args, 0, 2);
    const closure = args.length > 0 && args[args.length - 1] instanceof GClosure ? (args[args.length - 1] as GClosure) : undefined;
    const initialArgs = closure === undefined ? args : args.slice(0, -1);
    if (initialArgs.length > 1) noSignature(self, "sum", args);
    const values = mapLazily(snapshot(ctx, self), closure === undefined ? undefined : (item) => callWith(ctx, closure, item));
    return sumValues(ctx, values, initialArgs.length === 1 ? { value: initialArgs[0]! } : undefined);
  },
  // average() exists since Groovy 3; Groovy 2.4 raises MissingMethodException for it.
  average: (ctx, self: ListLike, args) => {
    expectArgs(self, "average", args, 0, 1);
    const items = [...itemsOf(ctx, self)];
    if (items.length === 0) return null;
    const closure = args.length === 1 ? closureArg(self, "average", args, 0) : undefined;
    const values = closure === undefined ? items : items.map((item) => callWith(ctx, closure, item));
    return binary(ctx, "/", sumValues(ctx, values), items.length);
  },
});
