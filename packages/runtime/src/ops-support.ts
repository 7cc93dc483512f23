/**
 * Helpers shared by the operators: list views of lists and ranges, string
 * stepping for `++`/`--`, and value descriptions for error messages.
 */

import type { ExecutionContext } from "./context.ts";
import { RuleException } from "./errors.ts";
import { iterateRange, rangeSize, rangeValues } from "./gdk/ranges.ts";
import { javaClassName } from "./dispatch/types.ts";
import { toGroovyString } from "./ops-format.ts";
import { GRange, type Value } from "./values.ts";

/** A list or a range: the values Groovy treats as a `List`. */
export function isListLike(value: Value): value is Value[] | GRange {
  return Array.isArray(value) || value instanceof GRange;
}

/** Number of elements of a list or range, without expanding the range. */
export function sizeOf(value: Value[] | GRange): number {
  return Array.isArray(value) ? value.length : rangeSize(value);
}

/** The elements of a list or range, lazily for a range. */
export function elementsOf(value: Value[] | GRange): Iterable<Value> {
  return Array.isArray(value) ? value : iterateRange(value);
}

/** The elements as an array; a range is expanded and counted against the collection limit. */
export function itemsOf(ctx: ExecutionContext, value: Value[] | GRange): Value[] {
  return Array.isArray(value) ? value : rangeValues(ctx, value);
}

/** `"java.util.ArrayList with value '[1]'"`, as Groovy describes operands in errors. */
export function describeValue(value: Value): string {
  return `${javaClassName(value)} with value '${toGroovyString(value)}'`;
}

/**
 * Groovy's `String.next()` and `previous()`: the last character moves by one;
 * `next()` of an empty string is `"\u0000"`, and `previous()` drops a last `"\u0000"`.
 */
export function stringStep(text: string, delta: 1 | -1): string {
  if (text.length === 0) {
    if (delta === 1) return "\u0000";
    throw new RuleException("IllegalArgumentException", "the string is empty: previous() needs at least one character");
  }
  const last = text.charCodeAt(text.length - 1);
  const head = text.slice(0, -1);
  if (delta === 1) return last === 0xffff ? text + "\u0000" : head + String.fromCharCode(last + 1);
  return last === 0 ? head : head + String.fromCharCode(last - 1);
}
