/**
 * Java's number parsing (`Integer.parseInt`, `Long.parseLong`,
 * `Double.parseDouble`, `new BigDecimal(String)`, `new BigInteger(String)`)
 * with Java's NumberFormatException messages.
 */

import { RuleException } from "../errors.ts";
import { GBigDecimal, GBigInteger, GDouble, GFloat, GLong } from "../values.ts";
import { parseDecimal } from "./decimal.ts";
import { INT_MAX, INT_MIN, LONG_MAX, LONG_MIN } from "./kinds.ts";

function numberFormat(message: string): RuleException {
  return new RuleException("NumberFormatException", message);
}

function forInput(text: string, radix = 10): RuleException {
  return numberFormat(`For input string: "${text}"${radix === 10 ? "" : ` under radix ${radix}`}`);
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Parses Java's integer syntax (`-12`, `+7`) in a radix; undefined when invalid. */
function parseIntegerText(text: string, radix: number): bigint | undefined {
  if (radix < 2 || radix > 36) return undefined;
  let i = 0;
  let negative = false;
  if (text[0] === "-" || text[0] === "+") {
    negative = text[0] === "-";
    i = 1;
  }
  if (i >= text.length) return undefined;
  let value = 0n;
  const base = BigInt(radix);
  for (; i < text.length; i++) {
    const digit = DIGITS.indexOf(text[i]!.toLowerCase());
    if (digit < 0 || digit >= radix) return undefined;
    value = value * base + BigInt(digit);
  }
  return negative ? -value : value;
}

/** `Integer.parseInt(text, radix)`. */
export function parseJavaInt(text: string, radix = 10): number {
  if (text.length === 0) throw numberFormat(`For input string: ""${radix === 10 ? "" : ` under radix ${radix}`}`);
  const value = parseIntegerText(text, radix);
  if (value === undefined || value < BigInt(INT_MIN) || value > BigInt(INT_MAX)) throw forInput(text, radix);
  return Number(value);
}

/** `Long.parseLong(text, radix)`. */
export function parseJavaLong(text: string, radix = 10): GLong {
  if (text.length === 0) throw numberFormat(`For input string: ""${radix === 10 ? "" : ` under radix ${radix}`}`);
  const value = parseIntegerText(text, radix);
  if (value === undefined || value < LONG_MIN || value > LONG_MAX) throw forInput(text, radix);
  return new GLong(value);
}

/** `new BigInteger(text, radix)`. */
export function parseJavaBigInteger(text: string, radix = 10): GBigInteger {
  if (text.length === 0) throw numberFormat("Zero length BigInteger");
  const value = parseIntegerText(text, radix);
  if (value === undefined) throw forInput(text, radix);
  return new GBigInteger(value);
}

/** `new BigDecimal(text)`. */
export function parseJavaBigDecimal(text: string): GBigDecimal {
  const value = parseDecimal(text);
  if (value === null) {
    throw numberFormat(`Character array is missing "exponent" mark 'e' or 'E'.: "${text}" is not a valid BigDecimal`);
  }
  return value;
}

const DOUBLE_SYNTAX = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+[fFdD]?)$/;

/** `Double.parseDouble(text)`: Java's syntax, surrounding whitespace ignored. */
export function parseJavaDouble(text: string): number {
  const trimmed = trimJava(text);
  if (trimmed.length === 0) throw numberFormat(text.length === 0 ? "empty String" : `For input string: "${text}"`);
  if (!DOUBLE_SYNTAX.test(trimmed)) throw forInput(text);
  const body = trimmed.replace(/[fFdD]$/, "");
  if (/^[+-]?0[xX]/.test(body)) return parseHexDouble(body);
  return Number(body);
}

export function parseJavaFloat(text: string): GFloat {
  return new GFloat(Math.fround(parseJavaDouble(text)));
}

export function parseJavaDoubleValue(text: string): GDouble {
  return new GDouble(parseJavaDouble(text));
}

function parseHexDouble(text: string): number {
  const match = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(text)!;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const mantissa = parseInt((whole + fraction) || "0", 16);
  const value = mantissa * Math.pow(2, Number(exponent) - 4 * fraction.length);
  return sign === "-" ? -value : value;
}

/** Java's `String.trim()`: removes characters up to U+0020 from both ends. */
export function trimJava(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return text.slice(start, end);
}
