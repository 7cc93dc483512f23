/** Constant values of number literals, with Groovy's choice of type. */

import { GBigDecimal, GBigInteger, GDouble, GFloat, GLong, type Value } from "@twinsync/runtime";
import type * as A from "../syntax/ast.ts";

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Result of converting a literal: the value, or a message when it is out of range. */
export type LiteralResult = { value: Value } | { error: string };

function parseInteger(text: string, radix: number): bigint {
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : radix === 2 ? "0b" : "";
  const magnitude = BigInt(prefix + (digits === "" ? "0" : digits));
  return negative ? -magnitude : magnitude;
}

/**
 * Splits a decimal literal such as `1.50` or `-1.5e3` into BigDecimal's unscaled
 * value and scale, the way `new BigDecimal(String)` does.
 */
export function parseBigDecimal(text: string): GBigDecimal {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) return new GBigDecimal(0n, 0);
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const unscaled = BigInt((sign === "-" ? "-" : "") + ((whole + fraction).replace(/^0+(?=\d)/, "") || "0"));
  return new GBigDecimal(unscaled, fraction.length - Number(exponent));
}

export function numberLiteralValue(node: A.NumberLiteral): LiteralResult {
  const { numberKind, text, radix } = node;
  switch (numberKind) {
    case "int": {
      const n = parseInteger(text, radix);
      if (n >= INT_MIN && n <= INT_MAX) return { value: Number(n) };
      // Groovy widens an integer literal that does not fit in an int.
      if (n >= LONG_MIN && n <= LONG_MAX) return { value: new GLong(n) };
      return { value: new GBigInteger(n) };
    }
    case "long": {
      const n = parseInteger(text, radix);
      if (n < LONG_MIN || n > LONG_MAX) return { error: `number ${text}L is out of the range of a long` };
      return { value: new GLong(n) };
    }
    case "bigInteger":
      return { value: new GBigInteger(parseInteger(text, radix)) };
    case "bigDecimal":
      return { value: parseBigDecimal(text) };
    case "double": {
      const d = Number(text);
      if (!Number.isFinite(d)) return { error: `number ${text} is out of the range of a double` };
      return { value: new GDouble(d) };
    }
    case "float": {
      const f = Math.fround(Number(text));
      if (!Number.isFinite(f)) return { error: `number ${text} is out of the range of a float` };
      return { value: new GFloat(f) };
    }
  }
}
