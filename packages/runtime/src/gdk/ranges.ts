/**
 * Groovy ranges (`1..3`, `3..1`, `1..<3`, `1L..5L`, `'a'..'e'`): iteration,
 * size, membership, stepping, and the index arithmetic of `list[range]` and
 * `string[range]`.
 *
 * A {@link GRange} keeps the bounds as written. Like Groovy's IntRange, a
 * range whose `from` is greater than its `to` walks downwards, and an
 * exclusive range leaves out its `to` bound in either direction.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { defineMethods } from "../registry.ts";
import { GBigDecimal, GBigInteger, GDouble, GFloat, GLong, GRange, type Value } from "../values.ts";
import { callWith, closureArg, expectArgs, indexArg, javaTypeName } from "./collections/support.ts";

type RangeKind = "int" | "long" | "char";

/** A range as a walk: `count` values starting at `first`, moving by `step`. */
interface RangeWalk {
  kind: RangeKind;
  first: bigint;
  count: bigint;
  step: 1n | -1n;
}

function boundOf(value: Value): { kind: RangeKind; position: bigint } | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return { kind: "int", position: BigInt(value) };
  if (value instanceof GLong) return { kind: "long", position: value.value };
  if (typeof value === "string" && value.length === 1) return { kind: "char", position: BigInt(value.charCodeAt(0)) };
  return undefined;
}

function walkOf(range: GRange): RangeWalk {
  const from = boundOf(range.from);
  const to = boundOf(range.to);
  if (from === undefined || to === undefined || (from.kind === "char") !== (to.kind === "char")) {
    throw new RuleException(
      "IllegalArgumentException",
      `unsupported range bounds ${describeBound(range.from)} and ${describeBound(range.to)}: ranges must be between two integers or two single characters`,
    );
  }
  let kind: RangeKind = "int";
  if (from.kind === "char") kind = "char";
  else if (from.kind === "long" || to.kind === "long") kind = "long";
  const start = from.position;
  const end = to.position;
  if (start === end) return { kind, first: start, count: range.exclusive ? 0n : 1n, step: 1n };
  const step = start < end ? 1n : -1n;
  const distance = start < end ? end - start : start - end;
  return { kind, first: start, count: range.exclusive ? distance : distance + 1n, step };
}

function describeBound(value: Value): string {
  if (typeof value === "string") return `'${value}'`;
  if (value instanceof GLong || value instanceof GDouble || value instanceof GFloat) return String(value.value);
  return javaTypeName(value);
}

function valueAt(walk: RangeWalk, index: bigint): Value {
  const position = walk.first + walk.step * index;
  if (walk.kind === "int") return Number(position);
  if (walk.kind === "long") return new GLong(position);
  return String.fromCharCode(Number(position));
}

/** Number of values in the range. */
export function rangeSize(range: GRange): number {
  return Number(walkOf(range).count);
}

/** Returns the values of the range in iteration order, counted against the collection size limit. */
export function rangeValues(ctx: ExecutionContext, range: GRange): Value[] {
  const walk = walkOf(range);
  ctx.checkCollection(Number(walk.count));
  const values: Value[] = [];
  for (let i = 0n; i < walk.count; i++) values.push(valueAt(walk, i));
  return values;
}

/** Yields the values of the range lazily, for `for` loops over large ranges. */
export function* iterateRange(range: GRange): IterableIterator<Value> {
  const walk = walkOf(range);
  for (let i = 0n; i < walk.count; i++) yield valueAt(walk, i);
}

/** Lowest value of a non-empty range (Groovy's `getFrom()`); for an empty range, its `from` bound. */
export function rangeFrom(range: GRange): Value {
  const walk = walkOf(range);
  if (walk.count === 0n) return range.from;
  return valueAt(walk, walk.step === 1n ? 0n : walk.count - 1n);
}

/** Highest value of a non-empty range (Groovy's `getTo()`); for an empty range, its `to` bound. */
export function rangeTo(range: GRange): Value {
  const walk = walkOf(range);
  if (walk.count === 0n) return range.to;
  return valueAt(walk, walk.step === 1n ? walk.count - 1n : 0n);
}

/** Integral position of a number or single character, or undefined for anything else. */
function positionOf(value: Value, kind: RangeKind): bigint | undefined {
  if (kind === "char") return typeof value === "string" && value.length === 1 ? BigInt(value.charCodeAt(0)) : undefined;
  if (kind === "int") return typeof value === "number" && Number.isInteger(value) ? BigInt(value) : undefined;
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : undefined;
  if (value instanceof GLong || value instanceof GBigInteger) return value.value;
  if (value instanceof GDouble || value instanceof GFloat) return Number.isInteger(value.value) ? BigInt(value.value) : undefined;
  if (value instanceof GBigDecimal) {
    if (value.scale <= 0) return value.unscaled * 10n ** BigInt(-value.scale);
    const divisor = 10n ** BigInt(value.scale);
    return value.unscaled % divisor === 0n ? value.unscaled / divisor : undefined;
  }
  return undefined;
}

/**
 * Groovy's `range.contains(value)`: an Integer range holds only Integers, a
 * Long range any integral number in its bounds, a character range single characters.
 */
export function rangeContains(range: GRange, value: Value): boolean {
  const walk = walkOf(range);
  if (walk.count === 0n) return false;
  const position = positionOf(value, walk.kind);
  if (position === undefined) return false;
  const last = walk.first + walk.step * (walk.count - 1n);
  const low = walk.step === 1n ? walk.first : last;
  const high = walk.step === 1n ? last : walk.first;
  return position >= low && position <= high;
}

/** Groovy's `range.toString()`: `1..3`, `3..1`, `1..<3`, `a..e`. Printing a range with println shows its values instead. */
export function rangeToString(range: GRange): string {
  const show = (v: Value) => (v instanceof GLong ? String(v.value) : String(v));
  return `${show(range.from)}${range.exclusive ? "..<" : ".."}${show(range.to)}`;
}

/** Returns the same values in the opposite order, as an inclusive range. */
export function reverseRange(range: GRange): GRange {
  const walk = walkOf(range);
  if (walk.count === 0n) return range;
  return new GRange(valueAt(walk, walk.count - 1n), valueAt(walk, 0n), false);
}

/** Returns every `step`-th value. A negative step walks the range backwards, as in Groovy. */
export function stepRange(ctx: ExecutionContext, range: GRange, step: number): Value[] {
  if (step === 0) {
    throw new RuleException("GroovyRuntimeException", "Infinite loop detected due to step size of 0");
  }
  const walk = walkOf(range);
  const stride = BigInt(Math.abs(step));
  const values: Value[] = [];
  for (let i = 0n; i < walk.count; i += stride) {
    ctx.step();
    ctx.checkCollection(values.length + 1);
    values.push(valueAt(walk, step > 0 ? i : walk.count - 1n - i));
  }
  return values;
}

/** Half-open index borders `[from, to)` that a range selects from a sequence of `size` items. */
export interface RangeBorders {
  from: number;
  to: number;
  reverse: boolean;
}

/**
 * Computes which items `seq[range]` selects, following Groovy's
 * `IntRange.subListBorders`: negative bounds count from the end, a range
 * written high-to-low selects in reverse, and `..<` leaves out its `to`
 * bound. The result is not checked against `size`.
 */
export function rangeBorders(range: GRange, size: number): RangeBorders {
  const from = indexBound(range.from);
  const to = indexBound(range.to);
  const start = from < 0 ? from + size : from;
  const end = to < 0 ? to + size : to;
  if (start > end) return { from: range.exclusive ? end + 1 : end, to: start + 1, reverse: true };
  return { from: start, to: range.exclusive ? end : end + 1, reverse: false };
}

function indexBound(value: Value): number {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (value instanceof GLong) return Number(value.value);
  throw new RuleException("IllegalArgumentException", `a range used as an index must have integer bounds, not ${describeBound(value)}`);
}

/**
 * Returns the indexes `list[range]` reads from a list of `size` items, in order.
 * Raises IndexOutOfBoundsException with Java's `fromIndex = n` / `toIndex = n` messages.
 */
export function rangeIndexes(range: GRange, size: number): number[] {
  const borders = rangeBorders(range, size);
  if (borders.from < 0) throw new RuleException("IndexOutOfBoundsException", `fromIndex = ${borders.from}`);
  if (borders.to > size) throw new RuleException("IndexOutOfBoundsException", `toIndex = ${borders.to}`);
  const indexes: number[] = [];
  for (let i = borders.from; i < borders.to; i++) indexes.push(i);
  return borders.reverse ? indexes.reverse() : indexes;
}

/** `list[range]`: a new list. */
export function listGetRange(list: Value[], range: GRange): Value[] {
  return rangeIndexes(range, list.length).map((i) => list[i]!);
}

/** `string[range]`: a substring, reversed for a high-to-low range. */
export function stringGetRange(text: string, range: GRange): string {
  const borders = rangeBorders(range, text.length);
  if (borders.from < 0 || borders.to > text.length || borders.from > borders.to) {
    throw new RuleException(
      "StringIndexOutOfBoundsException",
      `begin ${borders.from}, end ${borders.to}, length ${text.length}`,
    );
  }
  const part = text.slice(borders.from, borders.to);
  return borders.reverse ? [...part].reverse().join("") : part;
}

defineMethods("Range", {
  size: (_ctx, self: GRange, args) => {
    expectArgs(self, "size", args, 0);
    return rangeSize(self);
  },
  contains: (_ctx, self: GRange, args) => {
    expectArgs(self, "contains", args, 1);
    return rangeContains(self, args[0]!);
  },
  getFrom: (_ctx, self: GRange, args) => {
    expectArgs(self, "getFrom", args, 0);
    return rangeFrom(self);
  },
  getTo: (_ctx, self: GRange, args) => {
    expectArgs(self, "getTo", args, 0);
    return rangeTo(self);
  },
  isReverse: (_ctx, self: GRange, args) => {
    expectArgs(self, "isReverse", args, 0);
    return walkOf(self).step === -1n;
  },
  reverse: (_ctx, self: GRange, args) => {
    expectArgs(self, "reverse", args, 0);
    return reverseRange(self);
  },
  step: (ctx, self: GRange, args) => {
    expectArgs(self, "step", args, 1, 2);
    const values = stepRange(ctx, self, indexArg(self, "step", args, 0));
    if (args.length === 1) return values;
    const closure = closureArg(self, "step", args, 1);
    for (const value of values) callWith(ctx, closure, value);
    return null;
  },
  toString: (_ctx: ExecutionContext, self: GRange, args: Value[]) => {
    expectArgs(self, "toString", args, 0);
    return rangeToString(self);
  },
});
