/**
 * Ordering methods of lists and collections: sort, toSorted, unique,
 * toUnique, reverse, max and min, with Groovy's natural order and with 1- and
 * 2-parameter closures.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { compare, equals } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GClosure, type Value } from "../../values.ts";
import { javaHashCode } from "./hash.ts";
import { isSet, newSet, setAdd, similarSet } from "./sets.ts";
import {
  arity,
  call,
  callWith,
  comparatorResult,
  itemsOf,
  mutableList,
  noSignature,
  type ListLike,
} from "./support.ts";

/**
 * Groovy's default order (NumberAwareComparator): `<=>`, and for values that
 * cannot be compared, their Java hash codes.
 */
export function naturalCompare(ctx: ExecutionContext, a: Value, b: Value): number {
  try {
    return compare(ctx, a, b);
  } catch (error) {
    if (!(error instanceof RuleException)) throw error;
    const x = javaHashCode(a);
    const y = javaHashCode(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
}

/**
 * A JS comparator for an optional closure: none means natural order, a
 * 2-parameter closure is a comparator, any other closure extracts a sort key.
 * Keys are computed once per element.
 */
function orderOf(ctx: ExecutionContext, closure: GClosure | undefined): (a: Value, b: Value) => number {
  if (closure === undefined) return (a, b) => naturalCompare(ctx, a, b);
  if (arity(closure) === 2) return (a, b) => comparatorResult(call(ctx, closure, [a, b]));
  const keys = new Map<Value, Value>();
  const keyOf = (item: Value): Value => {
    if (item !== null && typeof item === "object") {
      if (!keys.has(item)) keys.set(item, callWith(ctx, closure, item));
      return keys.get(item)!;
    }
    return callWith(ctx, closure, item);
  };
  return (a, b) => naturalCompare(ctx, keyOf(a), keyOf(b));
}

/** Reads the optional `(boolean mutate, Closure)` arguments shared by sort and unique. */
function mutateAndClosure(self: Value, method: string, args: Value[], mutateByDefault: boolean) {
  let mutate = mutateByDefault;
  let closure: GClosure | undefined;
  let rest = args;
  if (typeof rest[0] === "boolean") {
    mutate = rest[0];
    rest = rest.slice(1);
  }
  if (rest[0] instanceof GClosure) {
    closure = rest[0];
    rest = rest.slice(1);
  }
  if (rest.length > 0) noSignature(self, method, args);
  return { mutate, closure };
}

/** A stable sort; the result replaces `self` when mutating a list, else it is a new list. */
export function sortItems(ctx: ExecutionContext, self: ListLike, mutate: boolean, closure?: GClosure): Value[] {
  const items = itemsOf(ctx, self);
  const sorted = [...items].sort(orderOf(ctx, closure));
  // Sorting a set or range always returns a new list, as in Groovy; sorting a list in place needs it mutable.
  if (!mutate || isSet(self)) return sorted;
  const target = mutableList(self, "sort");
  for (let i = 0; i < sorted.length; i++) target[i] = sorted[i]!;
  return target;
}

/** Keeps the first of each group of equal elements (Groovy `==`, or the closure's order). */
export function uniqueItems(ctx: ExecutionContext, self: ListLike, mutate: boolean, closure?: GClosure): Value[] {
  const items = itemsOf(ctx, self);
  const order = closure === undefined ? undefined : orderOf(ctx, closure);
  const same = (a: Value, b: Value): boolean => {
    ctx.step();
    return order === undefined ? equals(a, b) : order(a, b) === 0;
  };
  const kept: Value[] = [];
  for (const item of items) {
    if (!kept.some((other) => same(item, other))) kept.push(item);
  }
  if (!mutate) {
    if (!isSet(self)) return kept;
    const copy = similarSet(self as Value[]);
    for (const item of kept) setAdd(ctx, copy, item);
    return copy;
  }
  if (isSet(self)) return self as Value[];
  const target = mutableList(self, "unique");
  target.length = 0;
  target.push(...kept);
  return target;
}

/** Groovy `max`/`min` without a closure: nulls are skipped, the first extreme wins. */
function extreme(ctx: ExecutionContext, items: Value[], sign: 1 | -1): Value {
  let answer: Value = null;
  for (const item of items) {
    if (item === null) continue;
    if (answer === null || sign * compare(ctx, item, answer) > 0) answer = item;
  }
  return answer;
}

/** Groovy `max`/`min` with a closure: a key closure or a comparator; the first extreme wins. */
function extremeBy(ctx: ExecutionContext, items: Value[], closure: GClosure, sign: 1 | -1): Value {
  if (items.length === 0) return null;
  if (arity(closure) === 2) {
    let answer: Value = items[0]!;
    for (const item of items.slice(1)) {
      if (sign * comparatorResult(call(ctx, closure, [item, answer])) > 0) answer = item;
    }
    return answer;
  }
  let answer: Value = items[0]!;
  let answerKey = callWith(ctx, closure, answer);
  for (const item of items.slice(1)) {
    const key = callWith(ctx, closure, item);
    if (sign * compare(ctx, key, answerKey) > 0) {
      answer = item;
      answerKey = key;
    }
  }
  return answer;
}

/** `max`/`min` of any sequence of values (also used for maps, whose items are entries). */
export function maxOrMin(ctx: ExecutionContext, self: Value, items: Value[], args: Value[], sign: 1 | -1): Value {
  const method = sign > 0 ? "max" : "min";
  if (args.length === 0) return extreme(ctx, items, sign);
  if (args.length === 1 && args[0] instanceof GClosure) return extremeBy(ctx, items, args[0], sign);
  return noSignature(self, method, args);
}

defineMethods("Collection", {
  sort: (ctx, self: ListLike, args) => {
    const { mutate, closure } = mutateAndClosure(self, "sort", args, true);
    return sortItems(ctx, self, mutate, closure);
  },
  toSorted: (ctx, self: ListLike, args) => {
    const { closure } = mutateAndClosure(self, "toSorted", args.filter((a) => typeof a !== "boolean"), false);
    if (args.some((a) => typeof a === "boolean")) noSignature(self, "toSorted", args);
    return sortItems(ctx, self, false, closure);
  },
  unique: (ctx, self: ListLike, args) => {
    const { mutate, closure } = mutateAndClosure(self, "unique", args, true);
    return uniqueItems(ctx, self, mutate, closure);
  },
  toUnique: (ctx, self: ListLike, args) => {
    if (args.some((a) => typeof a === "boolean")) noSignature(self, "toUnique", args);
    const { closure } = mutateAndClosure(self, "toUnique", args, false);
    return uniqueItems(ctx, self, false, closure);
  },
  reverse: (ctx, self: ListLike, args) => {
    if (args.length > 1 || (args.length === 1 && typeof args[0] !== "boolean")) noSignature(self, "reverse", args);
    if (args[0] === true) return mutableList(self, "reverse").reverse();
    return [...itemsOf(ctx, self)].reverse();
  },
  max: (ctx, self: ListLike, args) => maxOrMin(ctx, self, itemsOf(ctx, self), args, 1),
  min: (ctx, self: ListLike, args) => maxOrMin(ctx, self, itemsOf(ctx, self), args, -1),
});

/** A TreeSet holding `items` in natural order. */
export function newTreeSet(ctx: ExecutionContext, items: Iterable<Value>): Value[] {
  const set = newSet("tree");
  for (const item of items) setAdd(ctx, set, item);
  return set;
}
