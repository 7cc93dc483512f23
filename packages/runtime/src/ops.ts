/**
 * Groovy operators over runtime values: truth, equality, comparison,
 * arithmetic on the numeric tower, string rendering.
 *
 * CONTRACT (compiled code calls these; keep the signatures):
 *
 * Runtime objects take part in operators through optional methods (see
 * {@link OperatorHooks}); `+`, `-`, `<<` and the other arithmetic operators
 * on values that have no built-in meaning call the Groovy method behind the
 * operator (`plus`, `minus`, `leftShift`...) through `callMethod`, so method
 * tables can define them (for example `date + 1`).
 */

import type { ExecutionContext } from "./context.ts";
import { RuleException } from "./errors.ts";
import { nullMethodError } from "./exceptions.ts";
import { callMethod, isCase } from "./dispatch.ts";
import { MatcherObject, PatternObject, regexOf } from "./gdk/regex-objects.ts";
import { MapEntry } from "./gdk/collections/map-entry.ts";
import { isSet } from "./gdk/collections/sets.ts";
import { mapEntries, mapKeyOf, mapOriginalKey, mapPut, newMap } from "./map.ts";
import {
  numberAdd,
  numberBitwise,
  numberBitwiseNegate,
  numberCompare,
  numberDivide,
  numberMod,
  numberMultiply,
  numberNegate,
  numberPower,
  numberShift,
  numberStep,
  numberSubtract,
} from "./numbers/arith.ts";
import { isNumber, numberToString, toIntBits, type NumberValue } from "./numbers/kinds.ts";
import { describeValue, elementsOf, isListLike, itemsOf, sizeOf, stringStep } from "./ops-support.ts";
import { GClass, GDate, GMap, GRange, RuntimeObject, type Value } from "./values.ts";

export type BinaryOperator =
  | "+" | "-" | "*" | "/" | "%" | "**"
  | "<<" | ">>" | ">>>" | "&" | "|" | "^"
  | "<" | "<=" | ">" | ">=" | "==" | "!=" | "<=>" | "===" | "!=="
  | "in" | "!in" | "=~" | "==~" | ".." | "..<";

export type UnaryOperator = "-" | "+" | "!" | "~";

/**
 * Optional methods a {@link RuntimeObject} subclass implements to take part
 * in Groovy truth, `==` and `<=>`. Objects without them are true, equal only
 * to themselves and not comparable.
 */
export interface OperatorHooks {
  groovyTruth?(): boolean;
  groovyEquals?(other: Value): boolean;
  /** A negative, zero or positive number, or undefined when `other` cannot be compared. */
  groovyCompare?(other: Value): number | undefined;
}

function hooks(value: RuntimeObject): OperatorHooks {
  return value as RuntimeObject & OperatorHooks;
}

export { setDateRenderer, toGroovyString, toGroovyStringIn, type DateRenderer } from "./ops-format.ts";
import { toGroovyString, toGroovyStringIn } from "./ops-format.ts";

/** Groovy truth: null, false, 0, empty string, empty collection and empty map are false. */
export function truthy(value: Value): boolean {
  if (value === null) return false;
  switch (typeof value) {
    case "boolean":
      return value;
    case "number":
      return value !== 0;
    case "string":
      return value.length > 0;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (isNumber(value)) return numberCompare(value, 0) !== 0;
  if (value instanceof GMap) return value.size > 0;
  if (value instanceof GRange) return sizeOf(value) > 0;
  if (value instanceof RuntimeObject) return hooks(value).groovyTruth?.() ?? true;
  return true;
}

/** Returns the code of a one-character string, which Groovy compares with numbers as a `char`. */
function charCode(value: Value): number | undefined {
  return typeof value === "string" && value.length === 1 ? value.charCodeAt(0) : undefined;
}

/** Groovy `==`. */
export function equals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === "string" && typeof b === "string") return false;
  if (isNumber(a)) {
    if (isNumber(b)) return numberCompare(a, b) === 0;
    const code = charCode(b);
    return code !== undefined && numberCompare(a, code) === 0;
  }
  if (isNumber(b)) {
    const code = charCode(a);
    return code !== undefined && numberCompare(code, b) === 0;
  }
  if (typeof a === "string" || typeof b === "string" || typeof a === "boolean" || typeof b === "boolean") return false;
  if (isListLike(a) && isListLike(b)) return listEquals(a, b);
  if (a instanceof GMap && b instanceof GMap) return mapEquals(a, b);
  if (a instanceof GDate && b instanceof GDate) return a.time === b.time;
  if (a instanceof GClass && b instanceof GClass) return a.qualifiedName === b.qualifiedName;
  if (a instanceof MapEntry && b instanceof MapEntry) return mapKeyOf(a.key) === mapKeyOf(b.key) && equals(a.value, b.value);
  if (a instanceof RuntimeObject) {
    const own = hooks(a).groovyEquals;
    if (own !== undefined) return own.call(a, b);
  }
  return false;
}

function listEquals(a: Value[] | GRange, b: Value[] | GRange): boolean {
  const setA = Array.isArray(a) && isSet(a);
  const setB = Array.isArray(b) && isSet(b);
  if (setA !== setB) return false;
  if (sizeOf(a) !== sizeOf(b)) return false;
  if (setA) return (a as Value[]).every((item) => (b as Value[]).some((other) => equals(item, other)));
  const right = elementsOf(b)[Symbol.iterator]();
  for (const item of elementsOf(a)) {
    if (!equals(item, right.next().value as Value)) return false;
  }
  return true;
}

function mapEquals(a: GMap, b: GMap): boolean {
  if (a.size !== b.size) return false;
  for (const [canonical, value] of a) {
    const other = b.get(canonical);
    if (other === undefined || !equals(value, other)) return false;
  }
  return true;
}

function sign(n: number): number {
  if (n === 0) return 0;
  return n < 0 ? -1 : 1;
}

/** Groovy `<=>`; throws a RuleException when the values cannot be compared. Null sorts first. */
export function compare(_ctx: ExecutionContext, a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (isNumber(a)) {
    if (isNumber(b)) return numberCompare(a, b);
    const code = charCode(b);
    if (code !== undefined) return numberCompare(a, code);
  } else if (isNumber(b)) {
    const code = charCode(a);
    if (code !== undefined) return numberCompare(code, b);
  } else if (typeof a === "string" && typeof b === "string") {
    // JS compares strings by UTF-16 code units, like String.compareTo.
    return a < b ? -1 : 1;
  } else if (typeof a === "boolean" && typeof b === "boolean") {
    return a ? 1 : -1;
  } else if (a instanceof GDate && b instanceof GDate) {
    return sign(a.time - b.time);
  } else if (a instanceof RuntimeObject) {
    const result = hooks(a).groovyCompare?.call(a, b);
    if (result !== undefined) return sign(result);
  }
  throw new RuleException(
    "IllegalArgumentException",
    `Cannot compare ${describeValue(a)} and ${describeValue(b)}: only numbers, strings, booleans, dates and other comparable values can be ordered`,
  );
}

const OPERATOR_METHODS: Partial<Record<BinaryOperator, string>> = {
  "+": "plus",
  "-": "minus",
  "*": "multiply",
  "/": "div",
  "%": "mod",
  "**": "power",
  "<<": "leftShift",
  ">>": "rightShift",
  ">>>": "rightShiftUnsigned",
  "&": "and",
  "|": "or",
  "^": "xor",
};

/** Evaluates every binary operator except `&&`, `||`, `?:` and assignment, which the compiler handles. */
export function binary(ctx: ExecutionContext, op: BinaryOperator, a: Value, b: Value): Value {
  switch (op) {
    case "==":
      return equals(a, b);
    case "!=":
      return !equals(a, b);
    case "<":
      return compare(ctx, a, b) < 0;
    case "<=":
      return compare(ctx, a, b) <= 0;
    case ">":
      return compare(ctx, a, b) > 0;
    case ">=":
      return compare(ctx, a, b) >= 0;
    case "<=>":
      return compare(ctx, a, b);
    case "===":
      return identical(a, b);
    case "!==":
      return !identical(a, b);
    case "in":
      return isCase(ctx, b, a);
    case "!in":
      return !isCase(ctx, b, a);
    case "=~":
      return new MatcherObject(regexOf(b), requireText(a, "=~"));
    case "==~":
      return regexOf(b).matchEntire(requireText(a, "==~")) !== null;
    case "..":
    case "..<":
      return new GRange(a, b, op === "..<");
  }
  if (isNumber(a) && isNumber(b)) return numeric(op, a, b);
  const builtIn = operatorOn(ctx, op, a, b);
  if (builtIn !== undefined) return builtIn;
  if (a === null) {
    if (op === "+") throw new RuleException("NullPointerException", `Cannot execute null+${toGroovyStringIn(ctx, b)}`);
    throw nullMethodError(OPERATOR_METHODS[op]!);
  }
  return callMethod(ctx, a, OPERATOR_METHODS[op]!, [b]);
}

/** Groovy `===` (`is`): the same object; primitives of the same type and value count as the same. */
function identical(a: Value, b: Value): boolean {
  return a === b;
}

function requireText(value: Value, op: string): string {
  if (value === null) throw new RuleException("NullPointerException", `Cannot apply ${op} to null: the left side must be a string`);
  return toGroovyString(value);
}

function numeric(op: BinaryOperator, a: NumberValue, b: NumberValue): Value {
  switch (op) {
    case "+":
      return numberAdd(a, b);
    case "-":
      return numberSubtract(a, b);
    case "*":
      return numberMultiply(a, b);
    case "/":
      return numberDivide(a, b);
    case "%":
      return numberMod(a, b);
    case "**":
      return numberPower(a, b);
    case "<<":
    case ">>":
    case ">>>":
      return numberShift(op, a, b);
    case "&":
    case "|":
    case "^":
      return numberBitwise(op, a, b);
    default:
      throw new RuleException("UnsupportedOperationException", `operator ${op} is not defined for numbers`);
  }
}

/** Applies an operator's built-in meaning on strings, lists, maps and booleans, or returns undefined. */
function operatorOn(ctx: ExecutionContext, op: BinaryOperator, a: Value, b: Value): Value | undefined {
  if (typeof a === "string") return stringOperator(ctx, op, a, b);
  if (a === null && op === "+" && typeof b === "string") return concat(ctx, "null", b);
  if (isNumber(a) && op === "+" && typeof b === "string") return concat(ctx, numberToString(a), b);
  if (typeof a === "boolean" && typeof b === "boolean") {
    if (op === "&") return a && b;
    if (op === "|") return a || b;
    if (op === "^") return a !== b;
  }
  if (isListLike(a) && !(Array.isArray(a) && isSet(a))) return listOperator(ctx, op, a, b);
  if (a instanceof GMap) return mapOperator(ctx, op, a, b);
  return undefined;
}

function concat(ctx: ExecutionContext, left: string, right: string): string {
  ctx.checkString(left.length + right.length);
  return left + right;
}

function stringOperator(ctx: ExecutionContext, op: BinaryOperator, a: string, b: Value): Value | undefined {
  switch (op) {
    case "+":
      return concat(ctx, a, toGroovyStringIn(ctx, b));
    case "-": {
      if (b instanceof PatternObject) {
        const match = b.regex.find(a, 0);
        return match === null ? a : a.slice(0, match.start) + a.slice(match.end);
      }
      const target = toGroovyString(b);
      const at = a.indexOf(target);
      return at < 0 ? a : a.slice(0, at) + a.slice(at + target.length);
    }
    case "*": {
      if (!isNumber(b)) return undefined;
      const times = toIntBits(b);
      if (times < 0) {
        throw new RuleException("IllegalArgumentException", `multiply() should be called with a number of 0 or greater not: ${times}`);
      }
      ctx.checkString(a.length * times);
      return a.repeat(times);
    }
    case "<<":
      return callMethod(ctx, a, "leftShift", [b]);
    default:
      return undefined;
  }
}

function listOperator(ctx: ExecutionContext, op: BinaryOperator, a: Value[] | GRange, b: Value): Value | undefined {
  const items = itemsOf(ctx, a);
  switch (op) {
    case "+": {
      const extra = isListLike(b) ? itemsOf(ctx, b) : [b];
      ctx.checkCollection(items.length + extra.length);
      return [...items, ...extra];
    }
    case "-": {
      const removed = isListLike(b) ? itemsOf(ctx, b) : [b];
      return items.filter((item) => !removed.some((r) => equals(item, r)));
    }
    case "*": {
      if (!isNumber(b)) return undefined;
      const times = toIntBits(b);
      if (times < 0) throw new RuleException("IllegalArgumentException", `multiply() should be called with a number of 0 or greater not: ${times}`);
      ctx.checkCollection(items.length * times);
      const result: Value[] = [];
      for (let i = 0; i < times; i++) result.push(...items);
      return result;
    }
    case "<<": {
      if (!Array.isArray(a)) return undefined;
      if (Object.isFrozen(a)) throw new RuleException("UnsupportedOperationException", "leftShift() is not supported on an immutable list");
      ctx.checkCollection(a.length + 1);
      a.push(b);
      return a;
    }
    default:
      return undefined;
  }
}

function mapOperator(ctx: ExecutionContext, op: BinaryOperator, a: GMap, b: Value): Value | undefined {
  if (!(b instanceof GMap)) return undefined;
  switch (op) {
    case "+": {
      const result = newMap(mapEntries(a));
      for (const [k, v] of mapEntries(b)) mapPut(result, k, v);
      ctx.checkCollection(result.size);
      return result;
    }
    case "-": {
      const result = newMap();
      for (const [canonical, v] of a) {
        const other = b.get(canonical);
        if (other === undefined || !equals(v, other)) mapPut(result, mapOriginalKey(a, canonical), v);
      }
      return result;
    }
    case "<<":
      for (const [k, v] of [...mapEntries(b)]) mapPut(a, k, v);
      ctx.checkCollection(a.size);
      return a;
    default:
      return undefined;
  }
}

const UNARY_METHODS = { "-": "negative", "+": "positive", "~": "bitwiseNegate" } as const;

export function unary(ctx: ExecutionContext, op: UnaryOperator, value: Value): Value {
  if (op === "!") return !truthy(value);
  if (isNumber(value)) {
    if (op === "-") return numberNegate(value);
    if (op === "+") return value;
    return numberBitwiseNegate(value);
  }
  if (op === "~" && typeof value === "string") return new PatternObject(value);
  if (op === "-" && Array.isArray(value)) return value.map((item) => unary(ctx, "-", item));
  const method = UNARY_METHODS[op];
  if (value === null) throw nullMethodError(method);
  return callMethod(ctx, value, method, []);
}

/** `++` (delta 1) and `--` (delta -1): `next()`/`previous()` of numbers, strings and dates. */
export function increment(ctx: ExecutionContext, value: Value, delta: 1 | -1): Value {
  const method = delta === 1 ? "next" : "previous";
  if (value === null) throw nullMethodError(method);
  if (isNumber(value)) return numberStep(value, delta);
  if (typeof value === "string") return stringStep(value, delta);
  return callMethod(ctx, value, method, []);
}
