/**
 * Shared helpers for the collection, map and range methods: reading the
 * receiver as a list, checking arguments, calling closures and building the
 * Java-style errors Groovy raises.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { callClosure, callClosureWith } from "../../dispatch.ts";
import {
  GBigDecimal,
  GBigInteger,
  GClass,
  GClosure,
  GDate,
  GDouble,
  GFloat,
  GLong,
  GMap,
  GRange,
  RuntimeObject,
  type Value,
} from "../../values.ts";
import { iterateRange, rangeValues } from "../ranges.ts";
import { isSet, setKind } from "./sets.ts";

/** A receiver of a List or Collection method: a JS array (list or set) or a range. */
export type ListLike = Value[] | GRange;

/**
 * Returns the elements of a list-like receiver. Arrays are returned as they
 * are (callers must not mutate them unless the method mutates in Groovy);
 * ranges are expanded, which counts against the collection size limit.
 */
export function itemsOf(ctx: ExecutionContext, self: ListLike): Value[] {
  if (Array.isArray(self)) return self;
  return rangeValues(ctx, self);
}

/**
 * Returns the elements to iterate over: a copy of an array, so a closure may
 * change the list safely, or a lazy walk of a range, so iterating a large
 * range does not build it.
 */
export function snapshot(ctx: ExecutionContext, self: ListLike): Iterable<Value> {
  return Array.isArray(self) ? [...self] : iterateRange(self);
}

/** Returns the receiver as an array that a mutating method may change, or raises like Java does. */
export function mutableList(self: ListLike, method: string): Value[] {
  if (!Array.isArray(self)) {
    throw new RuleException("UnsupportedOperationException", `${method}() is not supported on a range: ranges cannot be changed; call toList() first`);
  }
  if (Object.isFrozen(self)) {
    throw new RuleException("UnsupportedOperationException", `${method}() is not supported on an immutable list; copy it with toList() first`);
  }
  return self;
}

/** Raises UnsupportedOperationException when `list` was made immutable with asImmutable(). */
export function checkMutable(list: Value[], method: string): void {
  mutableList(list, method);
}

/** The Java class name Groovy prints for a value in error messages. */
export function javaTypeName(value: Value): string {
  if (value === null) return "null";
  if (typeof value === "string") return "java.lang.String";
  if (typeof value === "number") return "java.lang.Integer";
  if (typeof value === "boolean") return "java.lang.Boolean";
  if (Array.isArray(value)) {
    const kind = isSet(value) ? setKind(value) : undefined;
    if (kind === "hash") return "java.util.HashSet";
    if (kind === "linked") return "java.util.LinkedHashSet";
    if (kind === "tree") return "java.util.TreeSet";
    return "java.util.ArrayList";
  }
  if (value instanceof GLong) return "java.lang.Long";
  if (value instanceof GBigInteger) return "java.math.BigInteger";
  if (value instanceof GBigDecimal) return "java.math.BigDecimal";
  if (value instanceof GDouble) return "java.lang.Double";
  if (value instanceof GFloat) return "java.lang.Float";
  if (value instanceof GMap) return "java.util.LinkedHashMap";
  if (value instanceof GRange) return typeof value.from === "string" ? "groovy.lang.ObjectRange" : "groovy.lang.IntRange";
  if (value instanceof GClosure) return "groovy.lang.Closure";
  if (value instanceof GDate) return value.timestamp ? "java.sql.Timestamp" : "java.util.Date";
  if (value instanceof GClass) return "java.lang.Class";
  if (value instanceof RuntimeObject) return value.className;
  return "java.lang.Object";
}

/** Raises Groovy's MissingMethodException for a call whose arguments match no overload. */
export function noSignature(self: Value, method: string, args: Value[]): never {
  const types = args.map((a) => (a === null ? "null" : javaTypeName(a))).join(", ");
  throw new RuleException(
    "MissingMethodException",
    `No signature of method: ${javaTypeName(self)}.${method}() is applicable for argument types: (${types})`,
  );
}

/** Checks that a method received between `min` and `max` arguments. */
export function expectArgs(self: Value, method: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) noSignature(self, method, args);
}

/** Returns `args[index]` as a closure, or raises MissingMethodException. */
export function closureArg(self: Value, method: string, args: Value[], index: number): GClosure {
  const value = args[index];
  if (value instanceof GClosure) return value;
  return noSignature(self, method, args);
}

/** How many arguments a closure takes: 1 for `{ it }`, the declared count otherwise. */
export function arity(closure: GClosure): number {
  return closure.implicitIt ? 1 : closure.params;
}

/** Calls a closure for one element of an iteration (callClosure counts the step). */
export function call(ctx: ExecutionContext, closure: GClosure, args: Value[]): Value {
  return callClosure(ctx, closure, args);
}

/** Calls a closure with one element, without an argument array when the closure allows it. */
export function callWith(ctx: ExecutionContext, closure: GClosure, item: Value): Value {
  return callClosureWith(ctx, closure, item);
}

/** Converts any Groovy number to a JS number (precision may be lost for big values). */
export function toJsNumber(value: Value): number | undefined {
  if (typeof value === "number") return value;
  if (value instanceof GLong || value instanceof GBigInteger) return Number(value.value);
  if (value instanceof GDouble || value instanceof GFloat) return value.value;
  if (value instanceof GBigDecimal) return Number(value.unscaled) / 10 ** value.scale;
  return undefined;
}

/**
 * Converts an index argument (Integer or Long) to a JS integer, raising
 * MissingMethodException for anything else.
 */
export function indexArg(self: Value, method: string, args: Value[], index: number): number {
  const value = args[index] ?? null;
  if (typeof value === "number") return value;
  if (value instanceof GLong) return Number(value.value);
  return noSignature(self, method, args);
}

/**
 * Converts the result of a comparator closure to Java's `int` the way Groovy
 * casts it: numbers are truncated, anything else raises GroovyCastException.
 */
export function comparatorResult(value: Value): number {
  const n = toJsNumber(value);
  if (n === undefined || Number.isNaN(n)) {
    const shown = value === null ? "null" : String(value instanceof RuntimeObject ? value.className : value);
    throw new RuleException(
      "GroovyCastException",
      `Cannot cast object '${shown}' with class '${javaTypeName(value)}' to class 'int': a comparator closure must return a number`,
    );
  }
  return Math.trunc(n);
}

/** Raises IndexOutOfBoundsException with Java's message. */
export function indexOutOfBounds(index: number, length: number): never {
  throw new RuleException("IndexOutOfBoundsException", `Index ${index} out of bounds for length ${length}`);
}

/** Counts `size` against the collection limit and returns it. */
export function grow(ctx: ExecutionContext, size: number): number {
  ctx.checkCollection(size);
  return size;
}
