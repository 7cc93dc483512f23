/**
 * Classification and conversion of the numeric values: which Java type a
 * value is and how it widens to another.
 */

import { RuleException } from "../errors.ts";
import { GBigDecimal, GBigInteger, GDouble, GFloat, GLong, type Value } from "../values.ts";
import { decimalToBigInt, decimalToNumber, decimalToString, parseDecimal } from "./decimal.ts";
import { javaDoubleToString, javaFloatToString } from "./format.ts";

export type NumberValue = number | GLong | GBigInteger | GBigDecimal | GDouble | GFloat;

/** The Java class of a number. A JS number that is not an int32 counts as a Double. */
export type NumberKind = "Integer" | "Long" | "BigInteger" | "BigDecimal" | "Float" | "Double";

export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;
export const LONG_MIN = -(2n ** 63n);
export const LONG_MAX = 2n ** 63n - 1n;

export function isNumber(value: Value): value is NumberValue {
  return (
    typeof value === "number" ||
    value instanceof GLong ||
    value instanceof GBigInteger ||
    value instanceof GBigDecimal ||
    value instanceof GDouble ||
    value instanceof GFloat
  );
}

export function isInt32(value: number): boolean {
  return (value | 0) === value && !Object.is(value, -0);
}

export function numberKind(value: NumberValue): NumberKind {
  if (typeof value === "number") return isInt32(value) ? "Integer" : "Double";
  if (value instanceof GLong) return "Long";
  if (value instanceof GBigInteger) return "BigInteger";
  if (value instanceof GBigDecimal) return "BigDecimal";
  if (value instanceof GFloat) return "Float";
  return "Double";
}

export function isIntegral(value: NumberValue): boolean {
  const kind = numberKind(value);
  return kind === "Integer" || kind === "Long" || kind === "BigInteger";
}

export function isFloating(value: NumberValue): boolean {
  const kind = numberKind(value);
  return kind === "Float" || kind === "Double";
}

/** A Long value, wrapped to 64 bits like a Java `long`. */
export function long(value: bigint): GLong {
  return new GLong(BigInt.asIntN(64, value));
}

/** An Integer value, wrapped to 32 bits like a Java `int`. */
export function int(value: number | bigint): number {
  if (typeof value === "bigint") return Number(BigInt.asIntN(32, value));
  return value | 0;
}

/** Java `doubleValue()`. */
export function toDouble(value: NumberValue): number {
  if (typeof value === "number") return value;
  if (value instanceof GLong || value instanceof GBigInteger) return Number(value.value);
  if (value instanceof GBigDecimal) return decimalToNumber(value);
  return value.value;
}

/** The integer value, truncating toward zero (`toBigInteger()`); NaN and infinities raise NumberFormatException. */
export function toBigInt(value: NumberValue): bigint {
  if (typeof value === "number" && isInt32(value)) return BigInt(value);
  if (value instanceof GLong || value instanceof GBigInteger) return value.value;
  if (value instanceof GBigDecimal) return decimalToBigInt(value);
  const double = toDouble(value);
  if (!Number.isFinite(double)) {
    throw new RuleException("NumberFormatException", `Character ${double} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`);
  }
  return BigInt(Math.trunc(double));
}

/** Java `longValue()`: wraps BigInteger and BigDecimal to 64 bits, saturates doubles. */
export function toLongBits(value: NumberValue): bigint {
  if (isFloating(value) || (typeof value === "number" && !isInt32(value))) {
    const double = toDouble(value);
    if (Number.isNaN(double)) return 0n;
    if (double >= 9.223372036854776e18) return LONG_MAX;
    if (double <= -9.223372036854776e18) return LONG_MIN;
    return BigInt(Math.trunc(double));
  }
  return BigInt.asIntN(64, toBigInt(value));
}

/** Java `intValue()`: wraps integral values to 32 bits, saturates doubles. */
export function toIntBits(value: NumberValue): number {
  if (typeof value === "number" && isInt32(value)) return value;
  if (isFloating(value) || (typeof value === "number" && !isInt32(value))) {
    const double = toDouble(value);
    if (Number.isNaN(double)) return 0;
    if (double >= INT_MAX) return INT_MAX;
    if (double <= INT_MIN) return INT_MIN;
    return Math.trunc(double) | 0;
  }
  return int(toBigInt(value));
}

/** Groovy's `NumberMath.toBigDecimal`: doubles convert through their `toString()` text. */
export function toDecimal(value: NumberValue): GBigDecimal {
  if (value instanceof GBigDecimal) return value;
  if (typeof value === "number" && isInt32(value)) return new GBigDecimal(BigInt(value), 0);
  if (value instanceof GLong || value instanceof GBigInteger) return new GBigDecimal(value.value, 0);
  const double = toDouble(value);
  if (!Number.isFinite(double)) {
    throw new RuleException("NumberFormatException", `Infinite or NaN: ${javaDoubleToString(double)} cannot be converted to BigDecimal`);
  }
  const text = value instanceof GFloat ? javaFloatToString(double) : javaDoubleToString(double);
  return parseDecimal(text)!;
}

/** Java's `toString()` of a number. */
export function numberToString(value: NumberValue): string {
  if (typeof value === "number") return isInt32(value) ? String(value) : javaDoubleToString(value);
  if (value instanceof GLong || value instanceof GBigInteger) return value.value.toString();
  if (value instanceof GBigDecimal) return decimalToString(value);
  if (value instanceof GFloat) return javaFloatToString(value.value);
  return javaDoubleToString(value.value);
}

/** Narrows an exact integer result to Integer when it fits, otherwise BigInteger (Groovy's `power` rule). */
export function integerOrBig(value: bigint): number | GBigInteger {
  return value >= BigInt(INT_MIN) && value <= BigInt(INT_MAX) ? Number(value) : new GBigInteger(value);
}
