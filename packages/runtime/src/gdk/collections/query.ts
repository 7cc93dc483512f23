/**
 * Non-mutating list methods: size, isEmpty, get, contains, containsAll,
 * indexOf, lastIndexOf, intersect, disjoint, the `+`, `-` and `*` operators,
 * and conversions (toList, toSet, asImmutable).
 *
 * `contains` and `indexOf` use Java `equals` (`[1L].contains(1)` is false);
 * `minus`, `intersect` and `disjoint` use Groovy's number-aware comparison
 * (`[1L] - [1]` is empty), as Groovy does.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { equals } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GClosure, GMap, GRange, type Value } from "../../values.ts";
import { javaEquals } from "./hash.ts";
import { containsValue } from "./mutation.ts";
import { naturalCompare } from "./ordering.ts";
import { isSet, newHashSet, setAdd, similarSet } from "./sets.ts";
import {
  call,
  comparatorResult,
  expectArgs,
  grow,
  indexArg,
  indexOutOfBounds,
  itemsOf,
  noSignature,
  toJsNumber,
  type ListLike,
} from "./support.ts";

/** Returns a collection argument's items, or undefined when the argument is a single value. */
function collectionOrUndefined(ctx: ExecutionContext, value: Value): Value[] | undefined {
  return Array.isArray(value) || value instanceof GRange ? itemsOf(ctx, value) : undefined;
}

/** Wraps `items` in a collection of the receiver's kind: a set of the same kind for a set, else a list. */
function likeReceiver(ctx: ExecutionContext, self: ListLike, items: Value[]): Value[] {
  if (!Array.isArray(self) || !isSet(self)) return items;
  const set = similarSet(self);
  for (const item of items) setAdd(ctx, set, item);
  return set;
}

/** `list + other`: a collection adds all its items, any other value (maps included) is appended. */
export function plusItems(ctx: ExecutionContext, self: ListLike, other: Value): Value[] {
  const items = itemsOf(ctx, self);
  const added = collectionOrUndefined(ctx, other) ?? [other];
  grow(ctx, items.length + added.length);
  return likeReceiver(ctx, self, [...items, ...added]);
}

/** `list - other`: drops every element equal (Groovy `==`) to `other` or to any item of a collection `other`. */
export function minusItems(ctx: ExecutionContext, self: ListLike, other: Value): Value[] {
  const removed = collectionOrUndefined(ctx, other) ?? [other];
  const kept = itemsOf(ctx, self).filter((item) => {
    ctx.step();
    return !removed.some((r) => equals(item, r));
  });
  return likeReceiver(ctx, self, kept);
}

/** `list * n`: the items repeated `n` times. */
export function multiplyItems(ctx: ExecutionContext, self: ListLike, times: Value): Value[] {
  const n = toJsNumber(times);
  if (n === undefined) noSignature(self, "multiply", [times]);
  const count = Math.trunc(n);
  if (count < 0) throw new RuleException("IllegalArgumentException", `cannot repeat a list a negative number of times (${count})`);
  const items = itemsOf(ctx, self);
  grow(ctx, items.length * count);
  const result: Value[] = [];
  for (let i = 0; i < count; i++) result.push(...items);
  return result;
}

/**
 * Groovy 4 `intersect`: the receiver's elements, in its order, that match
 * an element of `other` in natural order or by the comparator closure.
 * NOTE: Groovy 2.4 walked the smaller collection instead, so the order can differ there.
 */
export function intersectItems(ctx: ExecutionContext, self: ListLike, other: Value[], closure?: GClosure): Value[] {
  const same = (a: Value, b: Value): boolean => {
    ctx.step();
    return closure === undefined ? naturalCompare(ctx, a, b) === 0 : comparatorResult(call(ctx, closure, [a, b])) === 0;
  };
  const items = itemsOf(ctx, self);
  if (items.length === 0 || other.length === 0) return likeReceiver(ctx, self, []);
  return likeReceiver(ctx, self, items.filter((item) => other.some((o) => same(item, o))));
}

function indexOf(items: Value[], item: Value, fromEnd: boolean): number {
  if (!fromEnd) return items.findIndex((element) => javaEquals(element, item));
  for (let i = items.length - 1; i >= 0; i--) if (javaEquals(items[i]!, item)) return i;
  return -1;
}

function collectionArg(ctx: ExecutionContext, self: Value, method: string, args: Value[]): Value[] {
  expectArgs(self, method, args, 1);
  return collectionOrUndefined(ctx, args[0]!) ?? noSignature(self, method, args);
}

defineMethods("Collection", {
  size: (ctx, self: ListLike, args) => {
    expectArgs(self, "size", args, 0);
    return itemsOf(ctx, self).length;
  },
  isEmpty: (ctx, self: ListLike, args) => {
    expectArgs(self, "isEmpty", args, 0);
    return itemsOf(ctx, self).length === 0;
  },
  get: (ctx, self: ListLike, args) => {
    expectArgs(self, "get", args, 1);
    if (Array.isArray(self) && isSet(self)) noSignature(self, "get", args);
    const items = itemsOf(ctx, self);
    const index = indexArg(self, "get", args, 0);
    if (index < 0 || index >= items.length) indexOutOfBounds(index, items.length);
    return items[index]!;
  },
  contains: (ctx, self: ListLike, args) => {
    expectArgs(self, "contains", args, 1);
    return containsValue(ctx, itemsOf(ctx, self), args[0]!);
  },
  containsAll: (ctx, self: ListLike, args) => {
    const items = itemsOf(ctx, self);
    return collectionArg(ctx, self, "containsAll", args).every((item) => containsValue(ctx, items, item));
  },
  indexOf: (ctx, self: ListLike, args) => {
    expectArgs(self, "indexOf", args, 1);
    return indexOf(itemsOf(ctx, self), args[0]!, false);
  },
  lastIndexOf: (ctx, self: ListLike, args) => {
    expectArgs(self, "lastIndexOf", args, 1);
    return indexOf(itemsOf(ctx, self), args[0]!, true);
  },
  intersect: (ctx, self: ListLike, args) => {
    expectArgs(self, "intersect", args, 1, 2);
    const other = collectionOrUndefined(ctx, args[0]!) ?? noSignature(self, "intersect", args);
    let closure: GClosure | undefined;
    if (args.length === 2) closure = args[1] instanceof GClosure ? args[1] : noSignature(self, "intersect", args);
    return intersectItems(ctx, self, other, closure);
  },
  disjoint: (ctx, self: ListLike, args) => {
    const other = collectionArg(ctx, self, "disjoint", args);
    return itemsOf(ctx, self).every((item) => other.every((o) => naturalCompare(ctx, item, o) !== 0));
  },
  plus: (ctx, self: ListLike, args) => {
    expectArgs(self, "plus", args, 1, 2);
    if (args.length === 1) return plusItems(ctx, self, args[0]!);
    const items = [...itemsOf(ctx, self)];
    const index = indexArg(self, "plus", args, 0);
    if (index < 0 || index > items.length) {
      throw new RuleException("IndexOutOfBoundsException", `Index: ${index}, Size: ${items.length}`);
    }
    const added = collectionOrUndefined(ctx, args[1]!) ?? [args[1]!];
    grow(ctx, items.length + added.length);
    items.splice(index, 0, ...added);
    return items;
  },
  minus: (ctx, self: ListLike, args) => {
    expectArgs(self, "minus", args, 1);
    return minusItems(ctx, self, args[0]!);
  },
  multiply: (ctx, self: ListLike, args) => {
    expectArgs(self, "multiply", args, 1);
    return multiplyItems(ctx, self, args[0]!);
  },
  toList: (ctx, self: ListLike, args) => {
    expectArgs(self, "toList", args, 0);
    return [...itemsOf(ctx, self)];
  },
  toSet: (ctx, self: ListLike, args) => {
    expectArgs(self, "toSet", args, 0);
    return newHashSet(ctx, itemsOf(ctx, self));
  },
  asImmutable: (ctx, self: ListLike, args) => {
    expectArgs(self, "asImmutable", args, 0);
    return Object.freeze(likeReceiver(ctx, self, [...itemsOf(ctx, self)])) as Value[];
  },
  asUnmodifiable: (ctx, self: ListLike, args) => {
    expectArgs(self, "asUnmodifiable", args, 0);
    return Object.freeze(likeReceiver(ctx, self, [...itemsOf(ctx, self)])) as Value[];
  },
  toArray: (ctx, self: ListLike, args) => {
    expectArgs(self, "toArray", args, 0);
    return [...itemsOf(ctx, self)];
  },
  clone: (ctx, self: ListLike, args) => {
    expectArgs(self, "clone", args, 0);
    return likeReceiver(ctx, self, [...itemsOf(ctx, self)]);
  },
  asList: (ctx, self: ListLike, args) => {
    expectArgs(self, "asList", args, 0);
    return Array.isArray(self) && !isSet(self) ? self : [...itemsOf(ctx, self)];
  },
  equals: (ctx, self: ListLike, args) => {
    expectArgs(self, "equals", args, 1);
    const other = args[0]!;
    if (!(Array.isArray(other) || other instanceof GRange) || other instanceof GMap) return false;
    return javaEquals(itemsOf(ctx, self), itemsOf(ctx, other));
  },
});
