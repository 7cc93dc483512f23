/**
 * `String.format` with the common `java.util.Formatter` conversions:
 * `%s %S %b %c %d %x %X %o %f %e %E %g %n %%`, flags `- 0 + , ( #` and space,
 * width, precision and argument indexes (`%2$s`, `%<s`). Numbers print in
 * the US locale (`1,234.50`). Date/time conversions (`%t`) are not supported
 * and raise UnknownFormatConversionException.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { decimalSetScale, decimalToPlainString } from "../numbers/decimal.ts";
import { isNumber, numberKind, toBigInt, toDecimal, toDouble, type NumberValue } from "../numbers/kinds.ts";
import { toGroovyStringIn } from "../ops.ts";
import { javaClassName } from "../dispatch/types.ts";
import { GBigDecimal, type Value } from "../values.ts";

const SPECIFIER_SOURCE = /%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/.source;

interface Spec {
  text: string;
  flags: string;
  width: number | undefined;
  precision: number | undefined;
  conversion: string;
}

function formatError(javaClass: string, message: string): never {
  throw new RuleException(javaClass, message);
}

function conversionMismatch(spec: Spec, arg: Value): never {
  return formatError("IllegalFormatConversionException", `${spec.conversion} != ${javaClassName(arg)}`);
}

/** Inserts US-locale thousands separators into the integer part of a plain number. */
function group(digits: string): string {
  const [whole = "", fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Applies sign flags, grouping and zero padding to a magnitude's digits. */
function signed(spec: Spec, negative: boolean, magnitude: string): string {
  const digits = spec.flags.includes(",") ? group(magnitude) : magnitude;
  let prefix = negative ? "-" : spec.flags.includes("+") ? "+" : spec.flags.includes(" ") ? " " : "";
  let suffix = "";
  if (negative && spec.flags.includes("(")) {
    prefix = "(";
    suffix = ")";
  }
  if (spec.flags.includes("0") && spec.width !== undefined) {
    const zeros = spec.width - prefix.length - digits.length - suffix.length;
    if (zeros > 0) return prefix + "0".repeat(zeros) + digits + suffix;
  }
  return prefix + digits + suffix;
}

function integral(spec: Spec, arg: Value): string {
  if (!isNumber(arg) || !["Integer", "Long", "BigInteger"].includes(numberKind(arg))) conversionMismatch(spec, arg);
  const value = toBigInt(arg);
  if (spec.conversion === "d") return signed(spec, value < 0n, (value < 0n ? -value : value).toString());
  const radix = spec.conversion === "o" ? 8 : 16;
  let unsigned = value;
  if (value < 0n && numberKind(arg) !== "BigInteger") unsigned = BigInt.asUintN(numberKind(arg) === "Long" ? 64 : 32, value);
  let text = (unsigned < 0n ? "-" + (-unsigned).toString(radix) : unsigned.toString(radix));
  if (spec.flags.includes("#")) text = (radix === 16 ? "0x" : "0") + text;
  if (spec.flags.includes("0") && spec.width !== undefined) text = text.padStart(spec.width, "0");
  return spec.conversion === "X" ? text.toUpperCase() : text;
}

/** Converts a floating conversion argument to a decimal; doubles go through their shortest decimal form, as in Java. */
function decimalOf(spec: Spec, arg: Value): GBigDecimal | number {
  if (!isNumber(arg) || ["Integer", "Long", "BigInteger"].includes(numberKind(arg))) conversionMismatch(spec, arg);
  const kind = numberKind(arg as NumberValue);
  if (kind !== "BigDecimal" && !Number.isFinite(toDouble(arg as NumberValue))) return toDouble(arg as NumberValue);
  return toDecimal(arg as NumberValue);
}

function nonFinite(spec: Spec, value: number): string {
  if (Number.isNaN(value)) return "NaN";
  return signed(spec, value < 0, "Infinity");
}

function fixedPoint(spec: Spec, arg: Value): string {
  const value = decimalOf(spec, arg);
  if (typeof value === "number") return nonFinite(spec, value);
  const rounded = decimalSetScale(value, spec.precision ?? 6, "HALF_UP");
  const text = decimalToPlainString(rounded);
  return signed(spec, text.startsWith("-"), text.replace(/^-/, ""));
}

function scientific(spec: Spec, arg: Value, precision = spec.precision ?? 6): string {
  const value = decimalOf(spec, arg);
  if (typeof value === "number") return nonFinite(spec, value);
  const negative = value.unscaled < 0n;
  const digits = (negative ? -value.unscaled : value.unscaled).toString();
  let exponent = value.unscaled === 0n ? 0 : digits.length - 1 - value.scale;
  let mantissa = decimalSetScale(new GBigDecimal(negative ? -value.unscaled : value.unscaled, digits.length - 1), precision, "HALF_UP");
  if (decimalToPlainString(mantissa).startsWith("10")) {
    mantissa = decimalSetScale(new GBigDecimal(mantissa.unscaled, mantissa.scale + 1), precision, "HALF_UP");
    exponent++;
  }
  const exponentText = `${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  const text = `${decimalToPlainString(mantissa)}e${exponentText}`;
  const result = signed({ ...spec, flags: spec.flags.replace(",", "") }, negative, text);
  return spec.conversion === "E" ? result.toUpperCase() : result;
}

function general(spec: Spec, arg: Value): string {
  const value = decimalOf(spec, arg);
  if (typeof value === "number") return nonFinite(spec, value);
  const precision = spec.precision === 0 ? 1 : spec.precision ?? 6;
  const magnitude = Math.abs(toDouble(value));
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 10 ** precision)) {
    return scientific({ ...spec, conversion: spec.conversion === "G" ? "E" : "e" }, arg, precision - 1);
  }
  const exponent = magnitude === 0 ? 0 : Math.floor(Math.log10(magnitude));
  return fixedPoint({ ...spec, precision: Math.max(precision - exponent - 1, 0) }, arg);
}

function convert(ctx: ExecutionContext, spec: Spec, arg: Value): string {
  switch (spec.conversion) {
    case "s":
    case "S": {
      let text = arg === null ? "null" : toGroovyStringIn(ctx, arg);
      if (spec.precision !== undefined) text = text.slice(0, spec.precision);
      return spec.conversion === "S" ? text.toUpperCase() : text;
    }
    case "b":
    case "B": {
      // Java prints false for null, the value for a Boolean and true for anything else.
      const truth = typeof arg === "boolean" ? arg : arg !== null;
      const text = String(truth);
      return spec.conversion === "B" ? text.toUpperCase() : text;
    }
    case "c":
    case "C": {
      if (arg === null) return "null";
      let text: string;
      if (typeof arg === "string" && arg.length === 1) text = arg;
      else if (typeof arg === "number") text = String.fromCodePoint(arg);
      else text = conversionMismatch(spec, arg);
      return spec.conversion === "C" ? text.toUpperCase() : text;
    }
    case "d":
    case "x":
    case "X":
    case "o":
      return arg === null ? "null" : integral(spec, arg);
    case "f":
      return arg === null ? "null" : fixedPoint(spec, arg);
    case "e":
    case "E":
      return arg === null ? "null" : scientific(spec, arg);
    case "g":
    case "G":
      return arg === null ? "null" : general(spec, arg);
    default:
      return formatError("UnknownFormatConversionException", `Conversion = '${spec.conversion}'`);
  }
}

function pad(spec: Spec, text: string): string {
  if (spec.width === undefined || text.length >= spec.width) return text;
  return spec.flags.includes("-") ? text.padEnd(spec.width) : text.padStart(spec.width);
}

/** Java's `String.format(format, args...)`. */
export function formatJava(ctx: ExecutionContext, format: string, args: Value[]): string {
  let ordinary = 0;
  let last = -1;
  let copied = 0;
  let result = "";
  // A fresh global regex per call, so that a nested format call cannot move this loop's position.
  const specifier = new RegExp(SPECIFIER_SOURCE, "g");
  for (let match = specifier.exec(format); match !== null; match = specifier.exec(format)) {
    const [text, index, flags = "", width, precision, conversion = ""] = match;
    checkLiteral(format.slice(copied, match.index));
    result += format.slice(copied, match.index);
    copied = match.index + text.length;
    const spec: Spec = {
      text,
      flags,
      width: width === undefined ? undefined : Number(width),
      precision: precision === undefined ? undefined : Number(precision),
      conversion,
    };
    if (conversion === "%") result += pad(spec, "%");
    else if (conversion === "n") result += "\n";
    else {
      let position: number;
      if (index === "<") position = last;
      else if (index !== undefined) position = Number(index.slice(0, -1)) - 1;
      else position = ordinary++;
      if (position < 0 || position >= args.length) formatError("MissingFormatArgumentException", `Format specifier '${text}'`);
      last = position;
      result += pad(spec, convert(ctx, spec, args[position]!));
    }
    ctx.checkString(result.length);
  }
  checkLiteral(format.slice(copied));
  return result + format.slice(copied);
}

/** Text between specifiers may not contain a `%` that starts no valid specifier. */
function checkLiteral(text: string): void {
  const stray = text.indexOf("%");
  if (stray >= 0) formatError("UnknownFormatConversionException", `Conversion = '${text[stray + 1] ?? "%"}'`);
}
