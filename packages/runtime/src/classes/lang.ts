/**
 * The `java.lang` and `java.util` classes rule code may name, with their
 * static members: Integer, Long, Double, Float, Short, Byte, Boolean, String,
 * Character, System, Objects and UUID.
 *
 * `System.currentTimeMillis()` and `nanoTime()` read the run's clock
 * (`ctx.clock`). `System.getProperty` returns only `line.separator` and
 * `System.getenv` returns null, so rules cannot read the host's settings.
 */

import { randomUUID } from "node:crypto";
import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingMethodOn } from "../exceptions.ts";
import { javaEquals, javaHashCode } from "../gdk/collections/hash.ts";
import { formatJava } from "../gdk/format.ts";
import { compareDoubles, numberCompare } from "../numbers/arith.ts";
import { INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, isNumber, long, numberToString, toDouble, toIntBits, toLongBits, type NumberValue } from "../numbers/kinds.ts";
import { parseJavaDouble, parseJavaInt, parseJavaLong } from "../numbers/parse.ts";
import { toGroovyString, toGroovyStringIn } from "../ops.ts";
import { defineClass, type StaticImpl } from "../registry.ts";
import { GDouble, GFloat, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { isJavaWhitespace } from "../gdk/strings.ts";

function fail(className: string, name: string, args: Value[]): never {
  throw missingMethodOn(`static ${className}`, name, args);
}

/** A static method taking a String and an optional radix (parseInt, valueOf). */
function parser(className: string, name: string, parse: (text: string, radix: number) => Value): StaticImpl {
  return (_ctx, args) => {
    const [text, radix = 10] = args;
    if (args.length > 2 || typeof radix !== "number") fail(className, name, args);
    if (text === null) throw new RuleException("NumberFormatException", "Cannot parse null string: null");
    if (typeof text === "string") return parse(text, radix);
    if (name === "valueOf" && args.length === 1 && text !== undefined && isNumber(text)) return parse(numberToString(text), 10);
    return fail(className, name, args);
  };
}

function toStringStatic(className: string, render: (value: NumberValue, radix: number) => string): StaticImpl {
  return (_ctx, args) => {
    const [value, radix = 10] = args;
    if (args.length < 1 || args.length > 2 || value === undefined || !isNumber(value) || typeof radix !== "number") {
      fail(className, "toString", args);
    }
    return render(value, radix);
  };
}

function compareStatic(className: string): StaticImpl {
  return (_ctx, args) => {
    const [a, b] = twoNumbers(className, "compare", args);
    return Math.sign(numberCompare(a, b));
  };
}

function oneNumber(className: string, name: string, args: Value[]): NumberValue {
  const [value] = args;
  if (args.length !== 1 || value === undefined || !isNumber(value)) fail(className, name, args);
  return value;
}

function twoNumbers(className: string, name: string, args: Value[]): [NumberValue, NumberValue] {
  const [a, b] = args;
  if (args.length !== 2 || a === undefined || b === undefined || !isNumber(a) || !isNumber(b)) fail(className, name, args);
  return [a, b];
}

function radixString(value: bigint, radix: number): string {
  return value.toString(radix >= 2 && radix <= 36 ? radix : 10);
}

defineClass("java.lang.Integer", {
  supertypes: ["Number", "Comparable"],
  statics: {
    parseInt: parser("java.lang.Integer", "parseInt", parseJavaInt),
    valueOf: parser("java.lang.Integer", "valueOf", parseJavaInt),
    toString: toStringStatic("java.lang.Integer", (v, radix) => radixString(BigInt(toIntBits(v)), radix)),
    toHexString: (_ctx, args) => (toIntBits(oneNumber("java.lang.Integer", "toHexString", args)) >>> 0).toString(16),
    toBinaryString: (_ctx, args) => (toIntBits(oneNumber("java.lang.Integer", "toBinaryString", args)) >>> 0).toString(2),
    compare: compareStatic("java.lang.Integer"),
    max: (_ctx, args) => Math.max(...twoNumbers("java.lang.Integer", "max", args).map(toIntBits)),
    min: (_ctx, args) => Math.min(...twoNumbers("java.lang.Integer", "min", args).map(toIntBits)),
    sum: (_ctx, args) => twoNumbers("java.lang.Integer", "sum", args).reduce<number>((total, n) => (total + toIntBits(n)) | 0, 0),
  },
  staticProperties: { MAX_VALUE: () => INT_MAX, MIN_VALUE: () => INT_MIN, SIZE: () => 32 },
});

defineClass("java.lang.Long", {
  supertypes: ["Number", "Comparable"],
  statics: {
    parseLong: parser("java.lang.Long", "parseLong", parseJavaLong),
    valueOf: parser("java.lang.Long", "valueOf", parseJavaLong),
    toString: toStringStatic("java.lang.Long", (v, radix) => radixString(toLongBits(v), radix)),
    compare: compareStatic("java.lang.Long"),
    max: (_ctx, args) => {
      const [a, b] = twoNumbers("java.lang.Long", "max", args);
      return long(toLongBits(numberCompare(a, b) >= 0 ? a : b));
    },
    min: (_ctx, args) => {
      const [a, b] = twoNumbers("java.lang.Long", "min", args);
      return long(toLongBits(numberCompare(a, b) <= 0 ? a : b));
    },
  },
  staticProperties: { MAX_VALUE: () => long(LONG_MAX), MIN_VALUE: () => long(LONG_MIN), SIZE: () => 64 },
});

function doubleParser(name: string, wrap: (n: number) => Value): StaticImpl {
  return (_ctx, args) => {
    const [text] = args;
    if (args.length !== 1) fail("java.lang.Double", name, args);
    if (text === null) throw new RuleException("NullPointerException", `Cannot invoke ${name}() with null: the argument must be a string`);
    if (typeof text === "string") return wrap(parseJavaDouble(text));
    if (text !== undefined && isNumber(text)) return wrap(toDouble(text));
    return fail("java.lang.Double", name, args);
  };
}

const wrapDouble = (n: number) => new GDouble(n);
const wrapFloat = (n: number) => new GFloat(Math.fround(n));

defineClass("java.lang.Double", {
  supertypes: ["Number", "Comparable"],
  statics: {
    parseDouble: doubleParser("parseDouble", wrapDouble),
    valueOf: doubleParser("valueOf", wrapDouble),
    toString: toStringStatic("java.lang.Double", (v) => numberToString(new GDouble(toDouble(v)))),
    isNaN: (_ctx, args) => Number.isNaN(toDouble(oneNumber("java.lang.Double", "isNaN", args))),
    isInfinite: (_ctx, args) => Math.abs(toDouble(oneNumber("java.lang.Double", "isInfinite", args))) === Infinity,
    compare: (_ctx, args) => {
      const [a, b] = twoNumbers("java.lang.Double", "compare", args);
      return compareDoubles(toDouble(a), toDouble(b));
    },
  },
  staticProperties: {
    MAX_VALUE: () => new GDouble(Number.MAX_VALUE),
    MIN_VALUE: () => new GDouble(Number.MIN_VALUE),
    NaN: () => new GDouble(NaN),
    POSITIVE_INFINITY: () => new GDouble(Infinity),
    NEGATIVE_INFINITY: () => new GDouble(-Infinity),
  },
});

defineClass("java.lang.Float", {
  supertypes: ["Number", "Comparable"],
  statics: {
    parseFloat: doubleParser("parseFloat", wrapFloat),
    valueOf: doubleParser("valueOf", wrapFloat),
  },
  staticProperties: {
    MAX_VALUE: () => new GFloat(3.4028234663852886e38),
    MIN_VALUE: () => new GFloat(1.401298464324817e-45),
    NaN: () => new GFloat(NaN),
  },
});

/** Short and Byte values are Integers in the runtime; these parse with the narrower range check. */
function narrowParser(className: string, bits: number): StaticImpl {
  return parser(className, "parse", (text, radix) => {
    const value = parseJavaInt(text, radix);
    const limit = 2 ** (bits - 1);
    if (value < -limit || value >= limit) throw new RuleException("NumberFormatException", `Value out of range. Value:"${text}" Radix:${radix}`);
    return value;
  });
}

defineClass("java.lang.Short", {
  supertypes: ["Number", "Comparable"],
  statics: { parseShort: narrowParser("java.lang.Short", 16), valueOf: narrowParser("java.lang.Short", 16) },
  staticProperties: { MAX_VALUE: () => 32767, MIN_VALUE: () => -32768 },
});

defineClass("java.lang.Byte", {
  supertypes: ["Number", "Comparable"],
  statics: { parseByte: narrowParser("java.lang.Byte", 8), valueOf: narrowParser("java.lang.Byte", 8) },
  staticProperties: { MAX_VALUE: () => 127, MIN_VALUE: () => -128 },
});

defineClass("java.lang.Number", { supertypes: ["Serializable"] });
defineClass("java.lang.Object");

defineClass("java.lang.Boolean", {
  supertypes: ["Comparable"],
  statics: {
    parseBoolean: (_ctx, args) => (args.length === 1 ? typeof args[0] === "string" && args[0].toLowerCase() === "true" : fail("java.lang.Boolean", "parseBoolean", args)),
    valueOf: (_ctx: ExecutionContext, args: Value[]) => {
      if (args.length !== 1) fail("java.lang.Boolean", "valueOf", args);
      const [value] = args;
      return typeof value === "boolean" ? value : typeof value === "string" && value.toLowerCase() === "true";
    },
    toString: (_ctx: ExecutionContext, args: Value[]) => (args.length === 1 && typeof args[0] === "boolean" ? String(args[0]) : fail("java.lang.Boolean", "toString", args)),
  },
  staticProperties: { TRUE: () => true, FALSE: () => false },
});

defineClass("java.lang.String", {
  supertypes: ["CharSequence", "Comparable"],
  construct: (_ctx, args) => {
    if (args.length === 0) return "";
    const [value] = args;
    if (args.length === 1 && typeof value === "string") return value;
    if (args.length === 1 && Array.isArray(value) && value.every((c) => typeof c === "string")) return value.join("");
    throw new RuleException("GroovyRuntimeException", "Could not find matching constructor for: java.lang.String; pass nothing, a string or a list of characters");
  },
  statics: {
    valueOf: (ctx: ExecutionContext, args: Value[]) => {
      if (args.length !== 1) fail("java.lang.String", "valueOf", args);
      const [value] = args;
      return Array.isArray(value) && value.every((c) => typeof c === "string" && c.length === 1) ? value.join("") : toGroovyStringIn(ctx, value!);
    },
    format: (ctx, args) => {
      const [format, ...rest] = args;
      if (typeof format !== "string") fail("java.lang.String", "format", args);
      // A single list argument is Java varargs passed as an array.
      const values = rest.length === 1 && Array.isArray(rest[0]) ? rest[0] : rest;
      return formatJava(ctx, format, values);
    },
    join: (ctx, args) => {
      const [separator, ...rest] = args;
      if (typeof separator !== "string" || rest.length === 0) fail("java.lang.String", "join", args);
      const parts = rest.length === 1 && Array.isArray(rest[0]) ? rest[0] : rest;
      const result = parts.map((part) => toGroovyStringIn(ctx, part)).join(separator);
      ctx.checkString(result.length);
      return result;
    },
  },
  staticProperties: { CASE_INSENSITIVE_ORDER: () => null },
});

/** Reads a character argument: a one-character String or a character code. */
function charArgument(name: string, args: Value[]): string {
  const [value] = args;
  if (args.length === 1 && typeof value === "string" && value.length === 1) return value;
  if (args.length === 1 && typeof value === "number") return String.fromCodePoint(value);
  return fail("java.lang.Character", name, args);
}

function characterTest(name: string, test: (c: string) => boolean): StaticImpl {
  return (_ctx, args) => test(charArgument(name, args));
}

defineClass("java.lang.Character", {
  supertypes: ["Comparable"],
  statics: {
    isDigit: characterTest("isDigit", (c) => /\p{Nd}/u.test(c)),
    isLetter: characterTest("isLetter", (c) => /\p{L}/u.test(c)),
    isLetterOrDigit: characterTest("isLetterOrDigit", (c) => /[\p{L}\p{Nd}]/u.test(c)),
    isAlphabetic: characterTest("isAlphabetic", (c) => /[\p{L}\p{Nl}]/u.test(c)),
    isUpperCase: characterTest("isUpperCase", (c) => /\p{Lu}/u.test(c)),
    isLowerCase: characterTest("isLowerCase", (c) => /\p{Ll}/u.test(c)),
    isWhitespace: characterTest("isWhitespace", (c) => isJavaWhitespace(c.charCodeAt(0))),
    isSpaceChar: characterTest("isSpaceChar", (c) => /[\p{Zs}\p{Zl}\p{Zp}]/u.test(c)),
    toUpperCase: (_ctx, args) => {
      const c = charArgument("toUpperCase", args);
      const upper = c.toUpperCase();
      return upper.length === c.length ? upper : c;
    },
    toLowerCase: (_ctx, args) => {
      const c = charArgument("toLowerCase", args);
      const lower = c.toLowerCase();
      return lower.length === c.length ? lower : c;
    },
    getNumericValue: (_ctx, args) => {
      const c = charArgument("getNumericValue", args);
      const digit = parseInt(c, 36);
      return Number.isNaN(digit) ? -1 : digit;
    },
  },
});

defineClass("java.lang.System", {
  statics: {
    currentTimeMillis: (ctx, args) => (args.length === 0 ? long(BigInt(Math.trunc(ctx.clock()))) : fail("java.lang.System", "currentTimeMillis", args)),
    nanoTime: (ctx, args) => (args.length === 0 ? long(BigInt(Math.trunc(ctx.clock())) * 1_000_000n) : fail("java.lang.System", "nanoTime", args)),
    lineSeparator: (_ctx, args) => (args.length === 0 ? "\n" : fail("java.lang.System", "lineSeparator", args)),
    getProperty: (_ctx, args) => {
      const [key, fallback = null] = args;
      if (typeof key !== "string" || args.length > 2) fail("java.lang.System", "getProperty", args);
      return key === "line.separator" ? "\n" : fallback;
    },
    getenv: (_ctx, args) => (args.length === 1 && typeof args[0] === "string" ? null : fail("java.lang.System", "getenv", args)),
    identityHashCode: (_ctx, args) => (args.length === 1 ? javaHashCode(args[0]!) : fail("java.lang.System", "identityHashCode", args)),
  },
});

defineClass("java.util.Objects", {
  statics: {
    equals: (_ctx: ExecutionContext, args: Value[]) => (args.length === 2 ? javaEquals(args[0]!, args[1]!) : fail("java.util.Objects", "equals", args)),
    isNull: (_ctx, args) => (args.length === 1 ? args[0] === null : fail("java.util.Objects", "isNull", args)),
    nonNull: (_ctx, args) => (args.length === 1 ? args[0] !== null : fail("java.util.Objects", "nonNull", args)),
    requireNonNull: (_ctx, args) => {
      if (args.length < 1 || args.length > 2) fail("java.util.Objects", "requireNonNull", args);
      const [value, message = null] = args;
      if (value !== null) return value!;
      throw new RuleException("NullPointerException", typeof message === "string" ? message : null);
    },
    toString: (_ctx: ExecutionContext, args: Value[]) => {
      if (args.length < 1 || args.length > 2) fail("java.util.Objects", "toString", args);
      const [value, fallback] = args;
      return value === null && fallback !== undefined ? fallback : toGroovyString(value!);
    },
    hashCode: (_ctx: ExecutionContext, args: Value[]) => (args.length === 1 ? javaHashCode(args[0]!) : fail("java.util.Objects", "hashCode", args)),
    hash: (_ctx, args) => args.reduce<number>((hash, value) => (Math.imul(hash, 31) + javaHashCode(value)) | 0, 1),
  },
});

/** A `java.util.UUID`. */
export class UuidObject extends RuntimeObject {
  readonly className = "java.util.UUID";

  constructor(readonly text: string) {
    super();
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (name === "toString" && args.length === 0) return this.text;
    if (name === "equals" && args.length === 1) return args[0] instanceof UuidObject && args[0].text === this.text;
    return NOT_FOUND;
  }

  groovyEquals(other: Value): boolean {
    return other instanceof UuidObject && other.text === this.text;
  }

  override toString(): string {
    return this.text;
  }
}

defineClass("java.util.UUID", {
  supertypes: ["Comparable"],
  statics: {
    randomUUID: (_ctx, args) => (args.length === 0 ? new UuidObject(randomUUID()) : fail("java.util.UUID", "randomUUID", args)),
    fromString: (_ctx, args) => {
      const [text] = args;
      if (typeof text !== "string") fail("java.util.UUID", "fromString", args);
      if (!/^[0-9a-fA-F]{1,8}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,12}$/.test(text)) {
        throw new RuleException("IllegalArgumentException", `Invalid UUID string: ${text}`);
      }
      return new UuidObject(text.toLowerCase());
    },
  },
});
