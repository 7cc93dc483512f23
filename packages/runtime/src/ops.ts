/**
 * Groovy operators over runtime values: truth, equality, comparison,
 * arithmetic on the numeric tower, string rendering.
 *
 * CONTRACT (compiled code calls these; keep the signatures):
 */

import type { ExecutionContext } from "./context.ts";
import type { Value } from "./values.ts";

export type BinaryOperator =
  | "+" | "-" | "*" | "/" | "%" | "**"
  | "<<" | ">>" | ">>>" | "&" | "|" | "^"
  | "<" | "<=" | ">" | ">=" | "==" | "!=" | "<=>" | "===" | "!=="
  | "in" | "!in" | "=~" | "==~" | ".." | "..<";

export type UnaryOperator = "-" | "+" | "!" | "~";

/** Groovy truth: null, false, 0, empty string, empty collection and empty map are false. */
export function truthy(_value: Value): boolean {
  throw new Error("not implemented");
}

/** Groovy `==`. */
export function equals(_a: Value, _b: Value): boolean {
  throw new Error("not implemented");
}

/** Groovy `<=>`; throws a RuleException when the values cannot be compared. */
export function compare(_ctx: ExecutionContext, _a: Value, _b: Value): number {
  throw new Error("not implemented");
}

/** Every binary operator except `&&`, `||`, `?:` and assignment, which the compiler handles. */
export function binary(_ctx: ExecutionContext, _op: BinaryOperator, _a: Value, _b: Value): Value {
  throw new Error("not implemented");
}

export function unary(_ctx: ExecutionContext, _op: UnaryOperator, _value: Value): Value {
  throw new Error("not implemented");
}

/** `++` (delta 1) and `--` (delta -1): `next()`/`previous()` of numbers, strings and dates. */
export function increment(_ctx: ExecutionContext, _value: Value, _delta: 1 | -1): Value {
  throw new Error("not implemented");
}

/** Groovy `toString()` of any value (`[1, 2]`, `[a:1]`, `null`, `1.50`, `1.0`). */
export function toGroovyString(_value: Value): string {
  throw new Error("not implemented");
}
