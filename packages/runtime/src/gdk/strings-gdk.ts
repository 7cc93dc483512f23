/**
 * Groovy's additions to String (`StringGroovyMethods`): padding, lines,
 * tokenizing, number checks and conversions, margins and indentation,
 * take/drop, and the method forms of the string operators.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingMethod } from "../exceptions.ts";
import { parseDecimal } from "../numbers/decimal.ts";
import { parseJavaBigDecimal, parseJavaBigInteger, parseJavaDouble, parseJavaFloat, parseJavaInt, parseJavaLong, trimJava } from "../numbers/parse.ts";
import { binary, increment, toGroovyStringIn, truthy, unary } from "../ops.ts";
import { defineMethods } from "../registry.ts";
import { GClass, GDouble, type Value } from "../values.ts";
import { asType, callStatic, isCase } from "../dispatch.ts";
import { getAt } from "../dispatch/subscript.ts";
import { newHashSet } from "./collections/sets.ts";
import { arity, closureArg, intArg, numberArg, stringArg } from "./args.ts";
import { isJavaWhitespace } from "./strings.ts";
import { StringBuilderObject } from "../classes/string-builder.ts";
import { toIntBits } from "../numbers/kinds.ts";
import { callClosure } from "../dispatch/calls.ts";

/** Splits text into lines like `BufferedReader.readLine`: at `\n`, `\r\n` or `\r`, with no empty last line. */
export function linesOf(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

/** `padding` repeated and cut to `length` characters. */
function paddingOf(padding: string, length: number): string {
  if (padding.length === 0) throw new RuleException("IllegalArgumentException", "the padding string must not be empty");
  return padding.repeat(Math.ceil(length / padding.length)).slice(0, length);
}

function pad(ctx: ExecutionContext, self: string, name: string, args: Value[]): string {
  arity(self, name, args, 1, 2);
  const width = toIntBits(numberArg(self, name, args, 0));
  const padding = args.length === 2 ? stringArg(self, name, args, 1) : " ";
  if (width <= self.length) return self;
  ctx.checkString(width);
  const extra = width - self.length;
  if (name === "padLeft") return paddingOf(padding, extra) + self;
  if (name === "padRight") return self + paddingOf(padding, extra);
  const half = paddingOf(padding, Math.floor(extra / 2) + (extra % 2));
  return extra % 2 === 0 ? half + self + half : half.slice(0, Math.floor(extra / 2)) + self + half;
}

/** Java's StringTokenizer: non-empty runs between any of the delimiter characters. */
function tokenize(text: string, delimiters: string): string[] {
  const tokens: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (delimiters.includes(c)) {
      if (current !== "") tokens.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  if (current !== "") tokens.push(current);
  return tokens;
}

function isAllWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isJavaWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Rejoins processed lines; the last line break stays only if the text ended with one. */
function joinLines(text: string, lines: string[]): string {
  const joined = lines.map((line) => line + "\n").join("");
  return text.endsWith("\n") ? joined : joined.slice(0, -1);
}

function stripMargin(text: string, margin: string): string {
  if (text.length === 0) return text;
  const lines = linesOf(text).map((line) => {
    let index = 0;
    while (index < line.length && line.charCodeAt(index) <= 32) index++;
    return index < line.length && line[index] === margin ? line.slice(index + 1) : line;
  });
  return joinLines(text, lines);
}

function stripIndent(text: string, count?: number): string {
  if (text.length === 0) return text;
  let indent = count;
  if (indent === undefined) {
    let running = -1;
    for (const line of linesOf(text)) {
      if (isAllWhitespace(line)) continue;
      if (running === -1) running = line.length;
      let index = 0;
      while (index < line.length && index < running && isJavaWhitespace(line.charCodeAt(index))) index++;
      running = index;
      if (running === 0) break;
    }
    indent = running === -1 ? 0 : running;
  }
  if (indent <= 0) return text;
  const width = indent;
  const stripped = linesOf(text).map((line) => {
    // Blank lines become empty; shorter lines lose all their characters, like Groovy.
    if (isAllWhitespace(line)) return "";
    return width <= line.length ? line.slice(width) : "";
  });
  return joinLines(text, stripped);
}

/** Groovy's `count`: occurrences found by searching again one character after each match start. */
function countOccurrences(text: string, target: string): number {
  let answer = 0;
  for (let index = 0; ; index++) {
    index = text.indexOf(target, index);
    if (index < answer) break;
    answer++;
  }
  return answer;
}

function succeeds(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch (err) {
    if (err instanceof RuleException) return false;
    throw err;
  }
}

const NUMBER_CHECKS: Record<string, (text: string) => unknown> = {
  isInteger: (t) => parseJavaInt(trimJava(t)),
  isLong: (t) => parseJavaLong(trimJava(t)),
  isBigInteger: (t) => parseJavaBigInteger(trimJava(t)),
  isDouble: (t) => parseJavaDouble(t),
  isFloat: (t) => parseJavaDouble(t),
  isBigDecimal: (t) => parseJavaBigDecimal(trimJava(t)),
  isNumber: (t) => parseJavaBigDecimal(trimJava(t)),
};

const CONVERSIONS: Record<string, (text: string) => Value> = {
  toInteger: (t) => parseJavaInt(trimJava(t)),
  toLong: (t) => parseJavaLong(trimJava(t)),
  toShort: (t) => {
    const value = parseJavaInt(trimJava(t));
    if (value < -32768 || value > 32767) throw new RuleException("NumberFormatException", `Value out of range. Value:"${trimJava(t)}" Radix:10`);
    return value;
  },
  toBigInteger: (t) => parseJavaBigInteger(trimJava(t)),
  toBigDecimal: (t) => bigDecimalOf(trimJava(t)),
  toDouble: (t) => new GDouble(parseJavaDouble(t)),
  toFloat: (t) => parseJavaFloat(t),
};

/** `new BigDecimal(text)` with Java's message for the first invalid character. */
function bigDecimalOf(text: string): Value {
  const value = parseDecimal(text);
  if (value !== null) return value;
  const bad = [...text].find((c) => !/[0-9.eE+-]/.test(c));
  throw new RuleException(
    "NumberFormatException",
    bad === undefined ? null : `Character ${bad} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
  );
}

/** Expands `a-e` ranges in a `tr` character set; a hyphen at either end stays literal. */
function expandHyphens(set: string): string {
  return set.replace(/(.)-(.)/g, (_match, start: string, end: string) => {
    const from = start.charCodeAt(0);
    const to = end.charCodeAt(0);
    const step = from <= to ? 1 : -1;
    let expanded = "";
    for (let code = from; code !== to + step; code += step) expanded += String.fromCharCode(code);
    return expanded;
  });
}

/** Groovy's `tr`: each character of `source` becomes the character at the same position of `replacement`. */
function translate(text: string, source: string, replacement: string): string {
  if (text === "" || source === "" || replacement === "") return text;
  const from = expandHyphens(source);
  let to = expandHyphens(replacement);
  if (to.length < from.length) to = to.padEnd(from.length, to[to.length - 1]);
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const position = from.lastIndexOf(text[i]!);
    result += position >= 0 ? to[position] : text[i];
  }
  return result;
}

const methods: Parameters<typeof defineMethods>[1] = {
  tr: (_ctx, self: string, args) => {
    arity(self, "tr", args, 2);
    return translate(self, stringArg(self, "tr", args, 0), stringArg(self, "tr", args, 1));
  },
  // Groovy lets an instance call the static String.format, and the receiver is ignored.
  format: (ctx, _self: string, args) => callStatic(ctx, new GClass("String", "java.lang.String"), "format", args),
  size: (_ctx, self: string, args) => {
    arity(self, "size", args, 0);
    return self.length;
  },
  padLeft: (ctx, self: string, args) => pad(ctx, self, "padLeft", args),
  padRight: (ctx, self: string, args) => pad(ctx, self, "padRight", args),
  center: (ctx, self: string, args) => pad(ctx, self, "center", args),
  capitalize: (_ctx, self: string, args) => {
    arity(self, "capitalize", args, 0);
    return self.length === 0 ? "" : self[0]!.toUpperCase().slice(0, 1) + self.slice(1);
  },
  uncapitalize: (_ctx, self: string, args) => {
    arity(self, "uncapitalize", args, 0);
    return self.length === 0 ? "" : self[0]!.toLowerCase().slice(0, 1) + self.slice(1);
  },
  reverse: (_ctx, self: string, args) => {
    arity(self, "reverse", args, 0);
    return Array.from(self).reverse().join("");
  },
  take: (_ctx, self: string, args) => {
    arity(self, "take", args, 1);
    const n = intArg(self, "take", args, 0);
    return n < 0 ? "" : self.slice(0, n);
  },
  takeRight: (_ctx, self: string, args) => {
    arity(self, "takeRight", args, 1);
    const n = intArg(self, "takeRight", args, 0);
    return n <= 0 ? "" : self.slice(Math.max(self.length - n, 0));
  },
  drop: (_ctx, self: string, args) => {
    arity(self, "drop", args, 1);
    const n = intArg(self, "drop", args, 0);
    return n <= 0 ? self : self.slice(n);
  },
  dropRight: (_ctx, self: string, args) => {
    arity(self, "dropRight", args, 1);
    const n = intArg(self, "dropRight", args, 0);
    return n <= 0 ? self : self.slice(0, Math.max(self.length - n, 0));
  },
  takeWhile: (ctx, self: string, args) => {
    arity(self, "takeWhile", args, 1);
    const closure = closureArg(self, "takeWhile", args, 0);
    let end = 0;
    while (end < self.length && truthy(callClosure(ctx, closure, [self[end]!]))) end++;
    return self.slice(0, end);
  },
  dropWhile: (ctx, self: string, args) => {
    arity(self, "dropWhile", args, 1);
    const closure = closureArg(self, "dropWhile", args, 0);
    let start = 0;
    while (start < self.length && truthy(callClosure(ctx, closure, [self[start]!]))) start++;
    return self.slice(start);
  },
  tokenize: (_ctx, self: string, args) => {
    arity(self, "tokenize", args, 0, 1);
    return tokenize(self, args.length === 0 ? " \t\n\r\f" : stringArg(self, "tokenize", args, 0));
  },
  readLines: (_ctx, self: string, args) => {
    arity(self, "readLines", args, 0);
    return linesOf(self);
  },
  eachLine: (ctx, self: string, args) => {
    arity(self, "eachLine", args, 1, 2);
    const closure = closureArg(self, "eachLine", args, args.length - 1);
    const first = args.length === 2 ? intArg(self, "eachLine", args, 0) : 0;
    const takesNumber = !closure.implicitIt && closure.params >= 2;
    let result: Value = null;
    linesOf(self).forEach((line, i) => {
      result = callClosure(ctx, closure, takesNumber ? [line, first + i] : [line]);
    });
    return result;
  },
  stripMargin: (_ctx, self: string, args) => {
    arity(self, "stripMargin", args, 0, 1);
    const margin = args.length === 1 ? stringArg(self, "stripMargin", args, 0) : "|";
    return stripMargin(self, margin.length === 0 ? "|" : margin[0]!);
  },
  stripIndent: (_ctx, self: string, args) => {
    arity(self, "stripIndent", args, 0, 1);
    return stripIndent(self, args.length === 1 ? intArg(self, "stripIndent", args, 0) : undefined);
  },
  count: (_ctx, self: string, args) => {
    arity(self, "count", args, 1);
    return countOccurrences(self, stringArg(self, "count", args, 0));
  },
  normalize: (_ctx, self: string, args) => {
    arity(self, "normalize", args, 0);
    return self.replace(/\r\n?/g, "\n");
  },
  denormalize: (_ctx, self: string, args) => {
    arity(self, "denormalize", args, 0);
    // The line separator of the runtime's platform is "\n" (Linux), so denormalize only unifies endings.
    return self.replace(/\r\n?/g, "\n");
  },
  toBoolean: (_ctx, self: string, args) => {
    arity(self, "toBoolean", args, 0);
    const trimmed = trimJava(self);
    return trimmed.toLowerCase() === "true" || trimmed.toLowerCase() === "y" || trimmed === "1";
  },
  toCharacter: (_ctx, self: string, args) => {
    arity(self, "toCharacter", args, 0);
    if (self.length === 0) throw new RuleException("StringIndexOutOfBoundsException", "String index out of range: 0");
    return self[0]!;
  },
  isAllWhitespace: (_ctx, self: string, args) => {
    arity(self, "isAllWhitespace", args, 0);
    return isAllWhitespace(self);
  },
  containsIgnoreCase: (_ctx, self: string, args) => {
    arity(self, "containsIgnoreCase", args, 1);
    return self.toLowerCase().includes(stringArg(self, "containsIgnoreCase", args, 0).toLowerCase());
  },
  startsWithIgnoreCase: (_ctx, self: string, args) => {
    arity(self, "startsWithIgnoreCase", args, 1);
    return self.toLowerCase().startsWith(stringArg(self, "startsWithIgnoreCase", args, 0).toLowerCase());
  },
  endsWithIgnoreCase: (_ctx, self: string, args) => {
    arity(self, "endsWithIgnoreCase", args, 1);
    return self.toLowerCase().endsWith(stringArg(self, "endsWithIgnoreCase", args, 0).toLowerCase());
  },
  startsWithAny: (_ctx, self: string, args) => args.some((_, i) => self.startsWith(stringArg(self, "startsWithAny", args, i))),
  endsWithAny: (_ctx, self: string, args) => args.some((_, i) => self.endsWith(stringArg(self, "endsWithAny", args, i))),
  toList: (_ctx, self: string, args) => {
    arity(self, "toList", args, 0);
    return Array.from({ length: self.length }, (_, i) => self[i]!);
  },
  toSet: (ctx, self: string, args) => {
    arity(self, "toSet", args, 0);
    return newHashSet(ctx, Array.from({ length: self.length }, (_, i) => self[i]!));
  },
  multiply: (ctx, self: string, args) => {
    arity(self, "multiply", args, 1);
    return binary(ctx, "*", self, numberArg(self, "multiply", args, 0));
  },
  plus: (ctx, self: string, args) => {
    arity(self, "plus", args, 1);
    return binary(ctx, "+", self, args[0]!);
  },
  minus: (ctx, self: string, args) => {
    arity(self, "minus", args, 1);
    return binary(ctx, "-", self, args[0]!);
  },
  next: (ctx, self: string, args) => {
    arity(self, "next", args, 0);
    return increment(ctx, self, 1);
  },
  previous: (ctx, self: string, args) => {
    arity(self, "previous", args, 0);
    return increment(ctx, self, -1);
  },
  getAt: (ctx, self: string, args) => {
    arity(self, "getAt", args, 1);
    return getAt(ctx, self, args[0]!);
  },
  isCase: (ctx, self: string, args) => {
    arity(self, "isCase", args, 1);
    return isCase(ctx, self, args[0]!);
  },
  bitwiseNegate: (ctx, self: string, args) => {
    arity(self, "bitwiseNegate", args, 0);
    return unary(ctx, "~", self);
  },
  leftShift: (ctx, self: string, args) => {
    arity(self, "leftShift", args, 1);
    const buffer = new StringBuilderObject("StringBuffer", self);
    buffer.append(ctx, toGroovyStringIn(ctx, args[0]!));
    return buffer;
  },
  asType: (ctx, self: string, args) => {
    arity(self, "asType", args, 1);
    const [type] = args;
    if (!(type instanceof GClass)) throw missingMethod(self, "asType", args);
    return asType(ctx, self, type.qualifiedName);
  },
};

for (const [name, check] of Object.entries(NUMBER_CHECKS)) {
  methods[name] = (_ctx, self: string, args) => {
    arity(self, name, args, 0);
    return succeeds(() => check(self));
  };
}
for (const [name, convert] of Object.entries(CONVERSIONS)) {
  methods[name] = (_ctx, self: string, args) => {
    arity(self, name, args, 0);
    return convert(self);
  };
}

defineMethods("String", methods);
