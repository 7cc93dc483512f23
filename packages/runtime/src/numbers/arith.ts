/**
 * Groovy's numeric tower (`NumberMath`): the result type of `a op b` is
 * Double when either side is a Float or Double, else BigDecimal when either is
 * a BigDecimal, else BigInteger, else Long, else Integer. Integer and Long
 * arithmetic wraps on overflow like Java; `/` on integral values divides as
 * BigDecimal.
 */

import { RuleException } from "../errors.ts";
import { GBigDecimal, GBigInteger, GDouble, GFloat, GLong } from "../values.ts";
import {
  decimalAdd,
  decimalCompare,
  decimalDivide,
  decimalMultiply,
  decimalNegate,
  decimalRemainder,
  decimalSubtract,
} from "./decimal.ts";
import {
  INT_MAX,
  INT_MIN,
  LONG_MAX,
  LONG_MIN,
  int,
  integerOrBig,
  isFloating,
  long,
  numberKind,
  numberToString,
  toBigInt,
  toDecimal,
  toDouble,
  toIntBits,
  toLongBits,
  type NumberValue,
} from "./kinds.ts";

/** The arithmetic that applies to a pair of operands. */
export type NumberMath = "Integer" | "Long" | "BigInteger" | "BigDecimal" | "Double";

export function mathOf(a: NumberValue, b: NumberValue): NumberMath {
  if (isFloating(a) || isFloating(b)) return "Double";
  const ka = numberKind(a);
  const kb = numberKind(b);
  if (ka === "BigDecimal" || kb === "BigDecimal") return "BigDecimal";
  if (ka === "BigInteger" || kb === "BigInteger") return "BigInteger";
  if (ka === "Long" || kb === "Long") return "Long";
  return "Integer";
}

function unaryMath(a: NumberValue): NumberMath {
  return mathOf(a, 0);
}

function javaClass(value: NumberValue): string {
  const kind = numberKind(value);
  return kind === "BigDecimal" || kind === "BigInteger" ? `java.math.${kind}` : `java.lang.${kind}`;
}

/** Groovy's UnsupportedOperationException for an operator that a number type lacks. */
function unsupported(operation: string, left: NumberValue): never {
  throw new RuleException(
    "UnsupportedOperationException",
    `Cannot use ${operation}() on this number type: ${javaClass(left)} with value: ${numberToString(left)}`,
  );
}

function divisionByZero(): never {
  throw new RuleException("ArithmeticException", "/ by zero");
}

/** Both operands are Integers: the common case, which skips the type dispatch. */
function bothInts(a: NumberValue, b: NumberValue): boolean {
  return typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b && !Object.is(a, -0) && !Object.is(b, -0);
}

export function numberAdd(a: NumberValue, b: NumberValue): NumberValue {
  if (bothInts(a, b)) return ((a as number) + (b as number)) | 0;
  switch (mathOf(a, b)) {
    case "Integer":
      return int(toIntBits(a) + toIntBits(b));
    case "Long":
      return long(toLongBits(a) + toLongBits(b));
    case "BigInteger":
      return new GBigInteger(toBigInt(a) + toBigInt(b));
    case "BigDecimal":
      return decimalAdd(toDecimal(a), toDecimal(b));
    case "Double":
      return new GDouble(toDouble(a) + toDouble(b));
  }
}

export function numberSubtract(a: NumberValue, b: NumberValue): NumberValue {
  if (bothInts(a, b)) return ((a as number) - (b as number)) | 0;
  switch (mathOf(a, b)) {
    case "Integer":
      return int(toIntBits(a) - toIntBits(b));
    case "Long":
      return long(toLongBits(a) - toLongBits(b));
    case "BigInteger":
      return new GBigInteger(toBigInt(a) - toBigInt(b));
    case "BigDecimal":
      return decimalSubtract(toDecimal(a), toDecimal(b));
    case "Double":
      return new GDouble(toDouble(a) - toDouble(b));
  }
}

export function numberMultiply(a: NumberValue, b: NumberValue): NumberValue {
  if (bothInts(a, b)) return Math.imul(a as number, b as number);
  switch (mathOf(a, b)) {
    case "Integer":
      return Math.imul(toIntBits(a), toIntBits(b));
    case "Long":
      return long(toLongBits(a) * toLongBits(b));
    case "BigInteger":
      return new GBigInteger(toBigInt(a) * toBigInt(b));
    case "BigDecimal":
      return decimalMultiply(toDecimal(a), toDecimal(b));
    case "Double":
      return new GDouble(toDouble(a) * toDouble(b));
  }
}

/** Groovy `/`: Double for floating operands, BigDecimal otherwise (`1/3` is `0.3333333333`). */
export function numberDivide(a: NumberValue, b: NumberValue): NumberValue {
  if (mathOf(a, b) === "Double") return new GDouble(toDouble(a) / toDouble(b));
  return decimalDivide(toDecimal(a), toDecimal(b));
}

/** Groovy `intdiv`: integer division truncating toward zero; not defined for BigDecimal and Double. */
export function numberIntdiv(a: NumberValue, b: NumberValue): NumberValue {
  const math = mathOf(a, b);
  if (math === "Double" || math === "BigDecimal") unsupported("intdiv", a);
  const divisor = toBigInt(b);
  if (divisor === 0n) divisionByZero();
  if (math === "Integer") return int(BigInt(toIntBits(a)) / divisor);
  if (math === "Long") return long(toLongBits(a) / divisor);
  return new GBigInteger(toBigInt(a) / divisor);
}

/**
 * Groovy `%`: Java's remainder for Integer, Long, Double and (since Groovy 4)
 * BigDecimal; BigInteger uses `mod`, which is never negative.
 */
export function numberMod(a: NumberValue, b: NumberValue): NumberValue {
  switch (mathOf(a, b)) {
    case "Integer": {
      const divisor = toIntBits(b);
      if (divisor === 0) divisionByZero();
      return (toIntBits(a) % divisor) | 0;
    }
    case "Long": {
      const divisor = toLongBits(b);
      if (divisor === 0n) divisionByZero();
      return long(toLongBits(a) % divisor);
    }
    case "BigInteger": {
      const modulus = toBigInt(b);
      if (modulus <= 0n) throw new RuleException("ArithmeticException", "BigInteger: modulus not positive");
      const remainder = toBigInt(a) % modulus;
      return new GBigInteger(remainder < 0n ? remainder + modulus : remainder);
    }
    case "BigDecimal":
      return decimalRemainder(toDecimal(a), toDecimal(b));
    case "Double":
      return new GDouble(toDouble(a) % toDouble(b));
  }
}

/** Java's `Double.compare` semantics for floating operands; exact comparison otherwise. */
export function numberCompare(a: NumberValue, b: NumberValue): number {
  if (bothInts(a, b)) {
    if (a === b) return 0;
    return (a as number) < (b as number) ? -1 : 1;
  }
  switch (mathOf(a, b)) {
    case "Double":
      return compareDoubles(toDouble(a), toDouble(b));
    case "BigDecimal":
      return decimalCompare(toDecimal(a), toDecimal(b));
    default: {
      const x = toBigInt(a);
      const y = toBigInt(b);
      if (x === y) return 0;
      return x < y ? -1 : 1;
    }
  }
}

/** Java's `Double.compare`: -0.0 is below 0.0 and NaN is above everything, including itself equal. */
export function compareDoubles(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) {
    if (x !== 0) return 0;
    const xNegativeZero = Object.is(x, -0);
    const yNegativeZero = Object.is(y, -0);
    if (xNegativeZero === yNegativeZero) return 0;
    return xNegativeZero ? -1 : 1;
  }
  const xNaN = Number.isNaN(x);
  const yNaN = Number.isNaN(y);
  if (xNaN === yNaN) return 0;
  return xNaN ? 1 : -1;
}

export type BitOperator = "&" | "|" | "^";

const BIT_NAMES: Record<BitOperator, string> = { "&": "and", "|": "or", "^": "xor" };

function applyBits(op: BitOperator, x: bigint, y: bigint): bigint {
  if (op === "&") return x & y;
  if (op === "|") return x | y;
  return x ^ y;
}

/** `&`, `|`, `^` on integral numbers. */
export function numberBitwise(op: BitOperator, a: NumberValue, b: NumberValue): NumberValue {
  const math = mathOf(a, b);
  if (math === "Double" || math === "BigDecimal") unsupported(BIT_NAMES[op], a);
  const result = applyBits(op, toBigInt(a), toBigInt(b));
  if (math === "Integer") return int(result);
  if (math === "Long") return long(result);
  return new GBigInteger(result);
}

export type ShiftOperator = "<<" | ">>" | ">>>";

const SHIFT_NAMES: Record<ShiftOperator, string> = { "<<": "leftShift", ">>": "rightShift", ">>>": "rightShiftUnsigned" };

/** Shifts keep the type of the left operand (Integer stays Integer), like Java. */
export function numberShift(op: ShiftOperator, a: NumberValue, b: NumberValue): NumberValue {
  if (isFloating(b) || b instanceof GBigDecimal) {
    throw new RuleException(
      "UnsupportedOperationException",
      `Shift distance must be an integral type, but ${numberToString(b)} (${javaClass(b)}) was supplied`,
    );
  }
  const math = unaryMath(a);
  if (math === "Double" || math === "BigDecimal") unsupported(SHIFT_NAMES[op], a);
  const distance = toIntBits(b);
  if (math === "Integer") {
    const x = toIntBits(a);
    if (op === "<<") return x << distance;
    if (op === ">>") return x >> distance;
    return int(x >>> distance);
  }
  if (math === "Long") {
    const x = toLongBits(a);
    const bits = BigInt(distance & 63);
    if (op === "<<") return long(x << bits);
    if (op === ">>") return long(x >> bits);
    return long(BigInt.asUintN(64, x) >> bits);
  }
  if (op === ">>>") unsupported(SHIFT_NAMES[op], a);
  const x = toBigInt(a);
  // A negative distance shifts the other way, like BigInteger.shiftLeft and shiftRight.
  const left = op === "<<" ? BigInt(distance) : -BigInt(distance);
  return new GBigInteger(left >= 0n ? x << left : x >> -left);
}

/** Unary minus. Integer and Long wrap (`-Integer.MIN_VALUE` is itself). */
export function numberNegate(a: NumberValue): NumberValue {
  switch (numberKind(a)) {
    case "Integer":
      return int(-toIntBits(a));
    case "Long":
      return long(-toLongBits(a));
    case "BigInteger":
      return new GBigInteger(-toBigInt(a));
    case "BigDecimal":
      return decimalNegate(a as GBigDecimal);
    case "Float":
      return new GFloat(-toDouble(a));
    case "Double":
      return new GDouble(-toDouble(a));
  }
}

/** `~n` on integral numbers. */
export function numberBitwiseNegate(a: NumberValue): NumberValue {
  switch (numberKind(a)) {
    case "Integer":
      return ~toIntBits(a);
    case "Long":
      return long(~toLongBits(a));
    case "BigInteger":
      return new GBigInteger(~toBigInt(a));
    default:
      return unsupported("bitwiseNegate", a);
  }
}

/** `abs()` keeps the type; Integer and Long wrap for their minimum value like `Math.abs`. */
export function numberAbs(a: NumberValue): NumberValue {
  return numberSignum(a) < 0 ? numberNegate(a) : a;
}

export function numberSignum(a: NumberValue): number {
  return numberCompare(a, 0);
}

/** Exponents above this are rejected: the result would not fit in memory. */
const MAX_EXACT_EXPONENT = 100_000;

/**
 * Groovy `**`. With a non-negative Integer exponent the result is exact: an
 * Integer base gives Integer when the result fits and BigInteger otherwise, a
 * Long base gives Long or BigInteger, and BigDecimal and BigInteger bases keep
 * their type. Every other case goes through `Math.pow`, and a whole result
 * narrows to Integer or Long.
 */
export function numberPower(base: NumberValue, exponent: NumberValue): NumberValue {
  const baseKind = numberKind(base);
  if (numberKind(exponent) === "Integer" && (exponent as number) >= 0) {
    const n = exponent as number;
    if (baseKind === "Integer" || baseKind === "Long" || baseKind === "BigInteger" || baseKind === "BigDecimal") {
      checkExactPower(base, n);
    }
    if (baseKind === "Integer") return integerOrBig(toBigInt(base) ** BigInt(n));
    if (baseKind === "Long") {
      const result = toBigInt(base) ** BigInt(n);
      return result >= LONG_MIN && result <= LONG_MAX ? new GLong(result) : new GBigInteger(result);
    }
    if (baseKind === "BigInteger") return new GBigInteger(toBigInt(base) ** BigInt(n));
    if (baseKind === "BigDecimal") {
      const d = base as GBigDecimal;
      return new GBigDecimal(d.unscaled ** BigInt(n), d.scale * n);
    }
  }
  if (baseKind === "BigInteger" && numberKind(exponent) === "BigInteger") {
    const n = toBigInt(exponent);
    if (n >= 0n && n <= BigInt(INT_MAX)) {
      checkExactPower(base, Number(n));
      return new GBigInteger(toBigInt(base) ** n);
    }
  }
  const answer = Math.pow(toDouble(base), toDouble(exponent));
  if (Number.isInteger(answer) && answer >= INT_MIN && answer <= INT_MAX) return answer | 0;
  // Java narrows with `(long) answer`, which saturates, so exactly 2^63 becomes Long.MAX_VALUE.
  if (Number.isInteger(answer) && Math.abs(answer) <= 9.223372036854776e18) {
    return new GLong(answer === 9.223372036854776e18 ? LONG_MAX : BigInt(answer));
  }
  return new GDouble(answer);
}

function checkExactPower(base: NumberValue, exponent: number): void {
  const magnitude = toDouble(base);
  if (exponent > MAX_EXACT_EXPONENT && Math.abs(magnitude) !== 1 && magnitude !== 0) {
    throw new RuleException("ArithmeticException", `exponent ${exponent} is too large: the result of ${numberToString(base)} ** ${exponent} would have too many digits`);
  }
  if (base instanceof GBigDecimal && Math.abs(base.scale * exponent) > 1_000_000) {
    throw new RuleException("ArithmeticException", `Overflow: the scale of ${numberToString(base)} ** ${exponent} is out of range`);
  }
}

/** `x.next()` / `x.previous()`: Groovy adds or subtracts Integer 1, so a Float steps to a Double. */
export function numberStep(a: NumberValue, delta: 1 | -1): NumberValue {
  return delta === 1 ? numberAdd(a, 1) : numberSubtract(a, 1);
}
