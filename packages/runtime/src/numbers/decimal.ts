/**
 * Java `BigDecimal` arithmetic on {@link GBigDecimal} (`unscaled * 10^-scale`):
 * exact addition, subtraction and multiplication, rounding with Java's
 * rounding modes, Groovy's division rule, and Java's `toString`.
 */

import { RuleException } from "../errors.ts";
import { GBigDecimal } from "../values.ts";

/** `java.math.RoundingMode` constants. */
export type RoundingMode = "UP" | "DOWN" | "CEILING" | "FLOOR" | "HALF_UP" | "HALF_DOWN" | "HALF_EVEN" | "UNNECESSARY";

export const ROUNDING_MODES: readonly RoundingMode[] = ["UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY"];

/**
 * Extra digits and minimum scale of Groovy's `/` when the exact quotient does
 * not terminate (Groovy's `groovy.division.extra.precision` and
 * `groovy.division.min.scale` defaults).
 */
const DIVISION_EXTRA_PRECISION = 10;
const DIVISION_MIN_SCALE = 10;

const powersOfTen: bigint[] = [1n];
const CACHED_POWERS = 64;

export function tenPow(exponent: number): bigint {
  if (exponent < 0) throw new RangeError(`negative power of ten: ${exponent}`);
  if (exponent > 100_000) {
    throw new RuleException("ArithmeticException", `decimal scale out of range: 10^${exponent} is too large to compute`);
  }
  if (exponent >= CACHED_POWERS) return 10n ** BigInt(exponent);
  while (powersOfTen.length <= exponent) powersOfTen.push(powersOfTen[powersOfTen.length - 1]! * 10n);
  return powersOfTen[exponent]!;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Number of decimal digits of the unscaled value (Java's `precision()`; 1 for zero). */
export function precisionOf(unscaled: bigint): number {
  return abs(unscaled).toString().length;
}

export function decimal(unscaled: bigint, scale: number): GBigDecimal {
  if (!Number.isSafeInteger(scale) || Math.abs(scale) > 1_000_000) {
    throw new RuleException("ArithmeticException", `decimal scale out of range: ${scale}`);
  }
  return new GBigDecimal(unscaled, scale);
}

export function decimalFromBigInt(value: bigint): GBigDecimal {
  return new GBigDecimal(value, 0);
}

/** Returns both unscaled values brought to the larger scale. */
function align(a: GBigDecimal, b: GBigDecimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.unscaled, b.unscaled, a.scale];
  if (a.scale > b.scale) return [a.unscaled, b.unscaled * tenPow(a.scale - b.scale), a.scale];
  return [a.unscaled * tenPow(b.scale - a.scale), b.unscaled, b.scale];
}

export function decimalAdd(a: GBigDecimal, b: GBigDecimal): GBigDecimal {
  const [x, y, scale] = align(a, b);
  return decimal(x + y, scale);
}

export function decimalSubtract(a: GBigDecimal, b: GBigDecimal): GBigDecimal {
  const [x, y, scale] = align(a, b);
  return decimal(x - y, scale);
}

export function decimalMultiply(a: GBigDecimal, b: GBigDecimal): GBigDecimal {
  return decimal(a.unscaled * b.unscaled, a.scale + b.scale);
}

export function decimalNegate(a: GBigDecimal): GBigDecimal {
  return new GBigDecimal(-a.unscaled, a.scale);
}

export function decimalCompare(a: GBigDecimal, b: GBigDecimal): number {
  const [x, y] = align(a, b);
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

export function decimalSignum(a: GBigDecimal): number {
  if (a.unscaled === 0n) return 0;
  return a.unscaled < 0n ? -1 : 1;
}

/**
 * Divides two integers and rounds the quotient with a Java rounding mode.
 * `UNNECESSARY` raises ArithmeticException when the division is inexact.
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n !== denominator < 0n;
  const awayFromZero = negative ? quotient - 1n : quotient + 1n;
  const twiceRemainder = abs(remainder) * 2n;
  const divisor = abs(denominator);
  switch (mode) {
    case "UP":
      return awayFromZero;
    case "DOWN":
      return quotient;
    case "CEILING":
      return negative ? quotient : awayFromZero;
    case "FLOOR":
      return negative ? awayFromZero : quotient;
    case "HALF_UP":
      return twiceRemainder >= divisor ? awayFromZero : quotient;
    case "HALF_DOWN":
      return twiceRemainder > divisor ? awayFromZero : quotient;
    case "HALF_EVEN":
      if (twiceRemainder !== divisor) return twiceRemainder > divisor ? awayFromZero : quotient;
      return quotient % 2n === 0n ? quotient : awayFromZero;
    case "UNNECESSARY":
      throw new RuleException("ArithmeticException", "Rounding necessary");
  }
}

/** Java's `setScale(newScale, mode)`. */
export function decimalSetScale(a: GBigDecimal, newScale: number, mode: RoundingMode = "UNNECESSARY"): GBigDecimal {
  if (newScale === a.scale) return a;
  if (newScale > a.scale) return decimal(a.unscaled * tenPow(newScale - a.scale), newScale);
  return decimal(divideRounded(a.unscaled, tenPow(a.scale - newScale), mode), newScale);
}

/** Rounds to at most `precision` significant digits, like `round(new MathContext(precision, mode))`. */
export function decimalRoundToPrecision(a: GBigDecimal, precision: number, mode: RoundingMode): GBigDecimal {
  if (precision <= 0) return a;
  let result = a;
  for (;;) {
    const drop = precisionOf(result.unscaled) - precision;
    if (drop <= 0) return result;
    result = decimal(divideRounded(result.unscaled, tenPow(drop), mode), result.scale - drop);
  }
}

/** Java's `stripTrailingZeros()`. */
export function decimalStripTrailingZeros(a: GBigDecimal): GBigDecimal {
  if (a.unscaled === 0n) return new GBigDecimal(0n, 0);
  let unscaled = a.unscaled;
  let scale = a.scale;
  while (unscaled % 10n === 0n) {
    unscaled /= 10n;
    scale--;
  }
  return new GBigDecimal(unscaled, scale);
}

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Java's exact `divide(divisor)`: the exact quotient with the scale closest to
 * `a.scale - b.scale`, or null when the decimal expansion does not terminate.
 */
export function decimalDivideExact(a: GBigDecimal, b: GBigDecimal): GBigDecimal | null {
  const divisor = gcd(a.unscaled, b.unscaled) || 1n;
  let numerator = a.unscaled / divisor;
  let denominator = b.unscaled / divisor;
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  // The quotient terminates exactly when the reduced denominator is 2^x * 5^y.
  let twos = 0;
  let fives = 0;
  let rest = denominator;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest !== 1n) return null;

  const shift = Math.max(twos, fives);
  const preferredScale = a.scale - b.scale;
  let unscaled = (numerator * tenPow(shift)) / denominator;
  let scale = shift + preferredScale;
  while (scale > preferredScale && unscaled % 10n === 0n && unscaled !== 0n) {
    unscaled /= 10n;
    scale--;
  }
  if (unscaled === 0n) scale = preferredScale;
  return decimal(unscaled, scale);
}

/** Java's `divide(divisor, new MathContext(precision, mode))` for a quotient that does not terminate. */
export function decimalDivideToPrecision(a: GBigDecimal, b: GBigDecimal, precision: number, mode: RoundingMode): GBigDecimal {
  // value = (a.u / b.u) * 10^(b.scale - a.scale); choose the result scale so that
  // the rounded quotient has `precision` digits, correcting the estimate once if needed.
  const magnitude = precisionOf(a.unscaled) - a.scale - (precisionOf(b.unscaled) - b.scale);
  let scale = precision - magnitude;
  for (let attempt = 0; attempt < 3; attempt++) {
    const quotient = scaledQuotient(a, b, scale, "DOWN");
    const digits = precisionOf(quotient);
    if (quotient !== 0n && digits !== precision) {
      scale += precision - digits;
      continue;
    }
    break;
  }
  const rounded = decimal(scaledQuotient(a, b, scale, mode), scale);
  return decimalRoundToPrecision(rounded, precision, mode);
}

/** round(a / b * 10^scale) as an integer. */
function scaledQuotient(a: GBigDecimal, b: GBigDecimal, scale: number, mode: RoundingMode): bigint {
  const exponent = scale - a.scale + b.scale;
  let numerator = a.unscaled;
  let denominator = b.unscaled;
  if (exponent >= 0) numerator *= tenPow(exponent);
  else denominator *= tenPow(-exponent);
  return divideRounded(numerator, denominator, mode);
}

/** Groovy's `/` on BigDecimal (and on integers, which Groovy divides as BigDecimal). */
export function decimalDivide(a: GBigDecimal, b: GBigDecimal): GBigDecimal {
  if (b.unscaled === 0n) {
    throw new RuleException("ArithmeticException", a.unscaled === 0n ? "Division undefined" : "Division by zero");
  }
  const exact = decimalDivideExact(a, b);
  if (exact !== null) return exact;
  const precision = Math.max(precisionOf(a.unscaled), precisionOf(b.unscaled)) + DIVISION_EXTRA_PRECISION;
  const result = decimalDivideToPrecision(a, b, precision, "HALF_UP");
  const scale = Math.max(a.scale, b.scale, DIVISION_MIN_SCALE);
  return result.scale > scale ? decimalSetScale(result, scale, "HALF_UP") : result;
}

/** Java's `divide(divisor, scale, mode)`. */
export function decimalDivideToScale(a: GBigDecimal, b: GBigDecimal, scale: number, mode: RoundingMode): GBigDecimal {
  if (b.unscaled === 0n) {
    throw new RuleException("ArithmeticException", a.unscaled === 0n ? "Division undefined" : "Division by zero");
  }
  return decimal(scaledQuotient(a, b, scale, mode), scale);
}

/**
 * Java's `remainder(divisor)`: `this - divideToIntegralValue(divisor) * divisor`,
 * with the sign of the dividend and Java's result scale.
 */
export function decimalRemainder(a: GBigDecimal, b: GBigDecimal): GBigDecimal {
  if (b.unscaled === 0n) throw new RuleException("ArithmeticException", a.unscaled === 0n ? "Division undefined" : "Division by zero");
  const [x, y] = align(a, b);
  const quotient = x / y;
  // divideToIntegralValue prefers scale a.scale - b.scale but never drops non-zero digits of the quotient.
  let quotientScale = a.scale - b.scale;
  if (quotientScale < 0) quotientScale = Math.max(quotientScale, -trailingZeros(quotient));
  const product = decimalMultiply(new GBigDecimal(quotientScale >= 0 ? quotient * tenPow(quotientScale) : quotient / tenPow(-quotientScale), quotientScale), b);
  return decimalSubtract(a, product);
}

function trailingZeros(value: bigint): number {
  if (value === 0n) return Number.MAX_SAFE_INTEGER;
  let count = 0;
  while (value % 10n === 0n) {
    value /= 10n;
    count++;
  }
  return count;
}

/** Returns the integer part, truncated toward zero (`toBigInteger()`). */
export function decimalToBigInt(a: GBigDecimal): bigint {
  if (a.scale <= 0) return a.unscaled * tenPow(-a.scale);
  return a.unscaled / tenPow(a.scale);
}

/** Java's `BigDecimal.toString()`: plain notation unless the exponent is small or the scale negative. */
export function decimalToString(a: GBigDecimal): string {
  const sign = a.unscaled < 0n ? "-" : "";
  const digits = abs(a.unscaled).toString();
  if (a.scale === 0) return sign + digits;
  const adjusted = -a.scale + (digits.length - 1);
  if (a.scale > 0 && adjusted >= -6) return sign + insertPoint(digits, a.scale);
  const mantissa = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? "+" : ""}${adjusted}`;
}

/** Java's `toPlainString()`. */
export function decimalToPlainString(a: GBigDecimal): string {
  const sign = a.unscaled < 0n ? "-" : "";
  const digits = abs(a.unscaled).toString();
  if (a.scale <= 0) return sign + digits + (a.unscaled === 0n ? "" : "0".repeat(-a.scale));
  return sign + insertPoint(digits, a.scale);
}

function insertPoint(digits: string, scale: number): string {
  if (digits.length > scale) return digits.slice(0, digits.length - scale) + "." + digits.slice(digits.length - scale);
  return "0." + "0".repeat(scale - digits.length) + digits;
}

const DECIMAL_SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses Java's `new BigDecimal(String)` syntax (`1.50`, `-3`, `.5`, `1e3`); null when invalid. */
export function parseDecimal(text: string): GBigDecimal | null {
  const match = DECIMAL_SYNTAX.exec(text);
  if (match === null) return null;
  const [, sign, whole = "", fraction = "", exponent] = match;
  if (whole === "" && fraction === "") return null;
  const exponentValue = exponent === undefined ? 0 : Number(exponent);
  if (!Number.isSafeInteger(exponentValue) || Math.abs(exponentValue) > 1_000_000) return null;
  let unscaled = BigInt((whole + fraction).replace(/^0+(?=\d)/, "") || "0");
  if (sign === "-") unscaled = -unscaled;
  return new GBigDecimal(unscaled, fraction.length - exponentValue);
}

/** Returns the nearest double (`doubleValue()`). */
export function decimalToNumber(a: GBigDecimal): number {
  return Number(decimalToString(a));
}
