/**
 * Methods that change a list or set in place: add, addAll, leftShift,
 * remove, removeAt, removeElement, removeAll, removeIf, retainAll, set, clear.
 *
 * Java's rules for `remove` apply: on a list, an Integer argument removes by
 * index and returns the element; any other argument removes the first equal
 * element (Java `equals`) and returns whether one was found.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { truthy } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GClosure, type Value } from "../../values.ts";
import { javaEquals } from "./hash.ts";
import { collectionItems } from "./iteration.ts";
import { isSet, setAdd, setClear, setHas, setRemove } from "./sets.ts";
import {
  callWith,
  closureArg,
  expectArgs,
  grow,
  indexArg,
  indexOutOfBounds,
  mutableList,
  noSignature,
  type ListLike,
} from "./support.ts";

/** Appends (or, for a set, adds if absent) one element; returns true when the collection changed. */
export function addItem(ctx: ExecutionContext, self: ListLike, item: Value, method = "add"): boolean {
  const target = mutableList(self, method);
  if (isSet(target)) return setAdd(ctx, target, item);
  grow(ctx, target.length + 1);
  target.push(item);
  return true;
}

function addAllItems(ctx: ExecutionContext, self: ListLike, items: Value[], method: string): boolean {
  let changed = false;
  for (const item of [...items]) changed = addItem(ctx, self, item, method) || changed;
  return changed;
}

function insertAt(ctx: ExecutionContext, self: ListLike, index: number, items: Value[], method: string): void {
  const target = mutableList(self, method);
  if (isSet(target)) noSignature(self, method, [index, ...items]);
  if (index < 0 || index > target.length) {
    throw new RuleException("IndexOutOfBoundsException", `Index: ${index}, Size: ${target.length}`);
  }
  grow(ctx, target.length + items.length);
  target.splice(index, 0, ...items);
}

/** Removes the first element equal (Java `equals`) to `item`; returns true when one was removed. */
export function removeItem(ctx: ExecutionContext, self: ListLike, item: Value, method = "remove"): boolean {
  const target = mutableList(self, method);
  if (isSet(target)) return setRemove(ctx, target, item);
  const index = target.findIndex((element) => javaEquals(element, item));
  if (index < 0) return false;
  target.splice(index, 1);
  return true;
}

function removeAt(self: ListLike, index: number, method: string): Value {
  const target = mutableList(self, method);
  if (index < 0 || index >= target.length) indexOutOfBounds(index, target.length);
  return target.splice(index, 1)[0]!;
}

/** Keeps only the elements for which `keep` is true; returns true when any was removed. */
function filterInPlace(ctx: ExecutionContext, self: ListLike, method: string, keep: (item: Value) => boolean): boolean {
  const target = mutableList(self, method);
  const kept = [...target].filter((item) => {
    ctx.step();
    return keep(item);
  });
  if (kept.length === target.length) return false;
  if (isSet(target)) {
    setClear(target);
    for (const item of kept) setAdd(ctx, target, item);
  } else {
    target.length = 0;
    target.push(...kept);
  }
  return true;
}

function containsItem(ctx: ExecutionContext, items: Value[], item: Value): boolean {
  if (isSet(items)) return setHas(ctx, items, item);
  return items.some((element) => javaEquals(element, item));
}

/** A predicate from a collection argument (Java `equals`) or a closure (Groovy truth). */
function membership(ctx: ExecutionContext, self: ListLike, method: string, args: Value[]): (item: Value) => boolean {
  expectArgs(self, method, args, 1);
  const filter = args[0]!;
  if (filter instanceof GClosure) return (item) => truthy(callWith(ctx, filter, item));
  const others = collectionItems(ctx, filter, method);
  return (item) => containsItem(ctx, others, item);
}

defineMethods("Collection", {
  add: (ctx, self: ListLike, args) => {
    expectArgs(self, "add", args, 1, 2);
    if (args.length === 1) return addItem(ctx, self, args[0]!);
    insertAt(ctx, self, indexArg(self, "add", args, 0), [args[1]!], "add");
    return null;
  },
  addAll: (ctx, self: ListLike, args) => {
    expectArgs(self, "addAll", args, 1, 2);
    if (args.length === 1) return addAllItems(ctx, self, collectionItems(ctx, args[0]!, "addAll"), "addAll");
    const items = collectionItems(ctx, args[1]!, "addAll");
    insertAt(ctx, self, indexArg(self, "addAll", args, 0), [...items], "addAll");
    return items.length > 0;
  },
  leftShift: (ctx, self: ListLike, args) => {
    expectArgs(self, "leftShift", args, 1);
    addItem(ctx, self, args[0]!, "leftShift");
    return self;
  },
  remove: (ctx, self: ListLike, args) => {
    expectArgs(self, "remove", args, 1);
    const argument = args[0]!;
    if (typeof argument === "number" && Array.isArray(self) && !isSet(self)) return removeAt(self, argument, "remove");
    return removeItem(ctx, self, argument);
  },
  removeAt: (_ctx, self: ListLike, args) => {
    expectArgs(self, "removeAt", args, 1);
    if (Array.isArray(self) && isSet(self)) noSignature(self, "removeAt", args);
    return removeAt(self, indexArg(self, "removeAt", args, 0), "removeAt");
  },
  removeElement: (ctx, self: ListLike, args) => {
    expectArgs(self, "removeElement", args, 1);
    return removeItem(ctx, self, args[0]!, "removeElement");
  },
  removeAll: (ctx, self: ListLike, args) => {
    const matches = membership(ctx, self, "removeAll", args);
    return filterInPlace(ctx, self, "removeAll", (item) => !matches(item));
  },
  removeIf: (ctx, self: ListLike, args) => {
    expectArgs(self, "removeIf", args, 1);
    const closure = closureArg(self, "removeIf", args, 0);
    return filterInPlace(ctx, self, "removeIf", (item) => !truthy(callWith(ctx, closure, item)));
  },
  retainAll: (ctx, self: ListLike, args) => {
    const matches = membership(ctx, self, "retainAll", args);
    return filterInPlace(ctx, self, "retainAll", matches);
  },
  set: (_ctx, self: ListLike, args) => {
    expectArgs(self, "set", args, 2);
    const target = mutableList(self, "set");
    if (isSet(target)) noSignature(self, "set", args);
    const index = indexArg(self, "set", args, 0);
    if (index < 0 || index >= target.length) indexOutOfBounds(index, target.length);
    const previous = target[index]!;
    target[index] = args[1]!;
    return previous;
  },
  // Groovy 2.5 changed pop and push to work on the front of the list like a Java Deque;
  // Groovy 2.4 popped and pushed at the end. These follow Groovy 4.
  pop: (_ctx, self: ListLike, args) => {
    expectArgs(self, "pop", args, 0);
    const target = mutableList(self, "pop");
    if (target.length === 0) throw new RuleException("NoSuchElementException", "Cannot pop() an empty List");
    return removeAt(target, 0, "pop");
  },
  push: (ctx, self: ListLike, args) => {
    expectArgs(self, "push", args, 1);
    insertAt(ctx, self, 0, [args[0]!], "push");
    return true;
  },
  removeLast: (_ctx, self: ListLike, args) => {
    expectArgs(self, "removeLast", args, 0);
    const target = mutableList(self, "removeLast");
    if (target.length === 0) throw new RuleException("NoSuchElementException", "Cannot removeLast() an empty List");
    return removeAt(target, target.length - 1, "removeLast");
  },
  removeFirst: (_ctx, self: ListLike, args) => {
    expectArgs(self, "removeFirst", args, 0);
    const target = mutableList(self, "removeFirst");
    if (target.length === 0) throw new RuleException("NoSuchElementException", "Cannot removeFirst() an empty List");
    return removeAt(target, 0, "removeFirst");
  },
  clear: (_ctx, self: ListLike, args) => {
    expectArgs(self, "clear", args, 0);
    const target = mutableList(self, "clear");
    if (isSet(target)) setClear(target);
    else target.length = 0;
    return null;
  },
});

/** Exported for the query methods: Java `contains` over any list-like value. */
export function containsValue(ctx: ExecutionContext, items: Value[], item: Value): boolean {
  return containsItem(ctx, items, item);
}
