/**
 * Methods that take parts of a list: first, last, head, tail, init, take,
 * drop, takeWhile, dropWhile, subList, collate, flatten, join, and the
 * subscript helpers behind `list[i]`, `list[range]` and `list[i] = v`.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { toGroovyString, truthy } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GLong, GRange, type Value } from "../../values.ts";
import { listGetRange } from "../ranges.ts";
import { isSet } from "./sets.ts";
import {
  call,
  callWith,
  closureArg,
  expectArgs,
  grow,
  indexArg,
  itemsOf,
  mutableList,
  noSignature,
  type ListLike,
} from "./support.ts";

function emptyError(message: string): never {
  throw new RuleException("NoSuchElementException", message);
}

/**
 * `list[index]`: a negative index counts from the end, an index past the end
 * reads null, a range or a list of indexes selects a new list.
 */
export function listGetAt(ctx: ExecutionContext, list: ListLike, index: Value): Value {
  const items = itemsOf(ctx, list);
  if (index instanceof GRange) return listGetRange(items, index);
  if (Array.isArray(index)) {
    const result: Value[] = [];
    for (const part of index) {
      const selected = listGetAt(ctx, items, part);
      if (part instanceof GRange || Array.isArray(part)) result.push(...(selected as Value[]));
      else result.push(selected);
      grow(ctx, result.length);
    }
    return result;
  }
  const position = subscript(list, index);
  const resolved = position < 0 ? position + items.length : position;
  if (resolved < 0) {
    throw new RuleException("ArrayIndexOutOfBoundsException", `Negative array index [${position}] too large for array size ${items.length}`);
  }
  return resolved < items.length ? items[resolved]! : null;
}

/** `list[index] = value`: a negative index counts from the end; writing past the end pads with nulls. */
export function listPutAt(ctx: ExecutionContext, list: Value[], index: Value, value: Value): void {
  const target = mutableList(list, "putAt");
  const position = subscript(list, index);
  const resolved = position < 0 ? position + target.length : position;
  if (resolved < 0) {
    throw new RuleException("ArrayIndexOutOfBoundsException", `Negative array index [${position}] too large for array size ${target.length}`);
  }
  grow(ctx, resolved + 1);
  while (target.length < resolved) target.push(null);
  target[resolved] = value;
}

function subscript(list: Value, index: Value): number {
  if (typeof index === "number" && Number.isInteger(index)) return index;
  if (index instanceof GLong) return Number(index.value);
  throw new RuleException(
    "IllegalArgumentException",
    `a list index must be an integer, a range or a list of indexes, not ${index === null ? "null" : toGroovyString(index)} (list ${toGroovyString(list)})`,
  );
}

/** Java's `subList` bounds checks, with its messages. */
export function checkSubList(from: number, to: number, size: number): void {
  if (from < 0) throw new RuleException("IndexOutOfBoundsException", `fromIndex = ${from}`);
  if (to > size) throw new RuleException("IndexOutOfBoundsException", `toIndex = ${to}`);
  if (from > to) throw new RuleException("IllegalArgumentException", `fromIndex(${from}) > toIndex(${to})`);
}

/** Flattens nested lists, sets and ranges without recursion, so deep nesting cannot overflow the JS stack. */
export function flattenItems(ctx: ExecutionContext, items: Value[], transform?: (leaf: Value) => Value): Value[] {
  const result: Value[] = [];
  const stack: { items: Value[]; next: number }[] = [{ items, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.items.length) {
      stack.pop();
      continue;
    }
    ctx.step();
    let item: Value = frame.items[frame.next++]!;
    if (transform !== undefined && !Array.isArray(item) && !(item instanceof GRange)) {
      const original = item;
      item = transform(item);
      // Like Groovy, a closure that wraps the leaf in a one-element list keeps the leaf.
      if (Array.isArray(item) && item.length === 1 && item[0] === original) item = original;
    }
    if (Array.isArray(item) || item instanceof GRange) {
      stack.push({ items: itemsOf(ctx, item), next: 0 });
    } else {
      grow(ctx, result.length + 1);
      result.push(item);
    }
  }
  return result;
}

/** Groovy `join`: each element's string form (null as "null") between separators. */
export function joinItems(ctx: ExecutionContext, items: Value[], separator: string): string {
  let length = 0;
  const parts: string[] = [];
  for (const item of items) {
    ctx.step();
    const text = toGroovyString(item);
    length += text.length + (parts.length > 0 ? separator.length : 0);
    ctx.checkString(length);
    parts.push(text);
  }
  return parts.join(separator);
}

function count(self: Value, method: string, args: Value[]): number {
  expectArgs(self, method, args, 1);
  return indexArg(self, method, args, 0);
}

defineMethods("Collection", {
  first: (ctx, self: ListLike, args) => {
    expectArgs(self, "first", args, 0);
    const items = itemsOf(ctx, self);
    return items.length > 0 ? items[0]! : emptyError("Cannot access first() element from an empty List");
  },
  head: (ctx, self: ListLike, args) => {
    expectArgs(self, "head", args, 0);
    const items = itemsOf(ctx, self);
    return items.length > 0 ? items[0]! : emptyError("Cannot access first() element from an empty List");
  },
  last: (ctx, self: ListLike, args) => {
    expectArgs(self, "last", args, 0);
    const items = itemsOf(ctx, self);
    return items.length > 0 ? items[items.length - 1]! : emptyError("Cannot access last() element from an empty List");
  },
  tail: (ctx, self: ListLike, args) => {
    expectArgs(self, "tail", args, 0);
    const items = itemsOf(ctx, self);
    return items.length > 0 ? items.slice(1) : emptyError("Cannot access tail() for an empty iterable");
  },
  init: (ctx, self: ListLike, args) => {
    expectArgs(self, "init", args, 0);
    const items = itemsOf(ctx, self);
    return items.length > 0 ? items.slice(0, -1) : emptyError("Cannot access init() for an empty Iterable");
  },
  take: (ctx, self: ListLike, args) => itemsOf(ctx, self).slice(0, Math.max(count(self, "take", args), 0)),
  drop: (ctx, self: ListLike, args) => itemsOf(ctx, self).slice(Math.max(count(self, "drop", args), 0)),
  takeRight: (ctx, self: ListLike, args) => {
    const n = Math.max(count(self, "takeRight", args), 0);
    return n === 0 ? [] : itemsOf(ctx, self).slice(-n);
  },
  dropRight: (ctx, self: ListLike, args) => {
    const items = itemsOf(ctx, self);
    return items.slice(0, Math.max(items.length - Math.max(count(self, "dropRight", args), 0), 0));
  },
  takeWhile: (ctx, self: ListLike, args) => {
    expectArgs(self, "takeWhile", args, 1);
    const closure = closureArg(self, "takeWhile", args, 0);
    const items = [...itemsOf(ctx, self)];
    let end = 0;
    while (end < items.length && truthy(call(ctx, closure, [items[end]!]))) end++;
    return items.slice(0, end);
  },
  dropWhile: (ctx, self: ListLike, args) => {
    expectArgs(self, "dropWhile", args, 1);
    const closure = closureArg(self, "dropWhile", args, 0);
    const items = [...itemsOf(ctx, self)];
    let start = 0;
    while (start < items.length && truthy(call(ctx, closure, [items[start]!]))) start++;
    return items.slice(start);
  },
  subList: (ctx, self: ListLike, args) => {
    expectArgs(self, "subList", args, 2);
    const items = itemsOf(ctx, self);
    const from = indexArg(self, "subList", args, 0);
    const to = indexArg(self, "subList", args, 1);
    checkSubList(from, to, items.length);
    return items.slice(from, to);
  },
  getAt: (ctx, self: ListLike, args) => {
    expectArgs(self, "getAt", args, 1);
    return listGetAt(ctx, self, args[0]!);
  },
  putAt: (ctx, self: ListLike, args) => {
    expectArgs(self, "putAt", args, 2);
    if (!Array.isArray(self) || isSet(self)) noSignature(self, "putAt", args);
    listPutAt(ctx, self, args[0]!, args[1]!);
    return null;
  },
  collate: (ctx, self: ListLike, args) => {
    expectArgs(self, "collate", args, 1, 3);
    const items = itemsOf(ctx, self);
    const size = indexArg(self, "collate", args, 0);
    const keepRemainder = typeof args[args.length - 1] === "boolean" ? (args[args.length - 1] as boolean) : true;
    const step = args.length >= 2 && typeof args[1] !== "boolean" ? indexArg(self, "collate", args, 1) : size;
    if (size <= 0 || step <= 0) {
      throw new RuleException("IllegalArgumentException", `collate() needs a positive size and step, got size ${size} and step ${step}`);
    }
    const chunks: Value[] = [];
    for (let start = 0; start < items.length; start += step) {
      ctx.step();
      const chunk = items.slice(start, start + size);
      if (chunk.length < size && !keepRemainder) break;
      chunks.push(chunk);
    }
    return chunks;
  },
  flatten: (ctx, self: ListLike, args) => {
    expectArgs(self, "flatten", args, 0, 1);
    const closure = args.length === 1 ? closureArg(self, "flatten", args, 0) : undefined;
    return flattenItems(ctx, itemsOf(ctx, self), closure === undefined ? undefined : (leaf) => callWith(ctx, closure, leaf));
  },
  join: (ctx, self: ListLike, args) => {
    expectArgs(self, "join", args, 0, 1);
    const separator = args.length === 0 || args[0] === null ? "" : args[0];
    if (typeof separator !== "string") noSignature(self, "join", args);
    return joinItems(ctx, itemsOf(ctx, self), separator);
  },
});
