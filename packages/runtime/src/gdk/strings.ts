/**
 * `java.lang.String` instance methods, with Java's semantics and exception
 * messages (JDK 17). The Groovy additions are in `strings-gdk.ts` and the
 * regex-based methods in `strings-regex.ts`.
 *
 * The runtime has no char type, so `charAt` returns a one-character String
 * and `toCharArray()` and `getChars()` return lists of one-character strings.
 * `getBytes()` returns a list of Integers, the signed UTF-8 bytes.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { javaHashCode } from "./collections/hash.ts";
import { defineMethods, type MethodImpl } from "../registry.ts";
import { type Value } from "../values.ts";
import { toGroovyString } from "../ops.ts";
import { arity, intArg, stringArg } from "./args.ts";
import { missingMethod } from "../exceptions.ts";
import { trimJava } from "../numbers/parse.ts";
import { markJavaArray } from "../dispatch/types.ts";

/** Java's `Character.isWhitespace` for a UTF-16 code unit. */
export function isJavaWhitespace(code: number): boolean {
  if (code <= 32) return (code >= 9 && code <= 13) || (code >= 28 && code <= 32);
  if (code === 0x00a0 || code === 0x2007 || code === 0x202f) return false;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000;
}

/** Java's `String.strip()`, `stripLeading()` and `stripTrailing()`. */
export function stripJava(text: string, leading = true, trailing = true): string {
  let start = 0;
  let end = text.length;
  if (leading) while (start < end && isJavaWhitespace(text.charCodeAt(start))) start++;
  if (trailing) while (end > start && isJavaWhitespace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function outOfRange(message: string): never {
  throw new RuleException("StringIndexOutOfBoundsException", message);
}

/** Java's `substring(begin, end)` with its bounds check. */
export function substring(text: string, begin: number, end = text.length): string {
  if (begin < 0 || end > text.length || begin > end) outOfRange(`begin ${begin}, end ${end}, length ${text.length}`);
  return text.slice(begin, end);
}

/** Java's `replace(CharSequence, CharSequence)`: every literal occurrence, left to right. */
export function replaceLiteral(text: string, target: string, replacement: string): string {
  if (target === "") {
    if (text.length === 0) return replacement;
    return replacement + Array.from({ length: text.length }, (_, i) => text[i]!).join(replacement) + replacement;
  }
  // replaceAll gives `$` in a string replacement a special meaning, so a replacement with `$` is joined instead.
  return replacement.includes("$") ? text.split(target).join(replacement) : text.replaceAll(target, replacement);
}

/** `a.compareTo(b)`: difference of the first differing UTF-16 units, else of the lengths. */
export function compareJava(a: string, b: string, ignoreCase = false): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (ignoreCase && x !== y) {
      x = foldCase(x);
      y = foldCase(y);
    }
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

function foldCase(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  const lower = (upper.length === 1 ? upper : String.fromCharCode(code)).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Reads a `CharSequence` argument; null raises NullPointerException like in Java. */
function textArg(self: string, name: string, args: Value[], index: number): string {
  const value = args[index];
  if (value === null) throw new RuleException("NullPointerException", `Cannot invoke "java.lang.CharSequence.toString()" because the argument of ${name}() is null`);
  return stringArg(self, name, args, index);
}

/** Java's `String.getBytes()` in UTF-8, as signed bytes. */
function utf8Bytes(text: string): Value[] {
  return [...new TextEncoder().encode(text)].map((b) => (b << 24) >> 24);
}

/** Methods whose only check is the argument count. */
function simple(methods: Record<string, [number, (self: string, args: Value[]) => Value]>): Record<string, MethodImpl> {
  const result: Record<string, MethodImpl> = {};
  for (const [name, [count, impl]] of Object.entries(methods)) {
    result[name] = (_ctx, self: string, args) => {
      arity(self, name, args, count);
      return impl(self, args);
    };
  }
  return result;
}

defineMethods(
  "String",
  simple({
    length: [0, (s) => s.length],
    isEmpty: [0, (s) => s.length === 0],
    isBlank: [0, (s) => stripJava(s) === ""],
    trim: [0, (s) => trimJava(s)],
    strip: [0, (s) => stripJava(s)],
    stripLeading: [0, (s) => stripJava(s, true, false)],
    stripTrailing: [0, (s) => stripJava(s, false, true)],
    toUpperCase: [0, (s) => s.toUpperCase()],
    toLowerCase: [0, (s) => s.toLowerCase()],
    intern: [0, (s) => s],
    hashCode: [0, (s) => javaHashCode(s)],
    toCharArray: [0, (s) => markJavaArray(Array.from({ length: s.length }, (_, i) => s[i]!), "char")],
    getChars: [0, (s) => markJavaArray(Array.from({ length: s.length }, (_, i) => s[i]!), "char")],
    getBytes: [0, (s) => markJavaArray(utf8Bytes(s), "byte")],
    concat: [1, (s, args) => s + textArg(s, "concat", args, 0)],
    contains: [1, (s, args) => s.includes(textArg(s, "contains", args, 0))],
    endsWith: [1, (s, args) => s.endsWith(textArg(s, "endsWith", args, 0))],
    equalsIgnoreCase: [1, (s, args) => typeof args[0] === "string" && args[0].length === s.length && compareJava(s, args[0], true) === 0],
    compareTo: [1, (s, args) => compareJava(s, textArg(s, "compareTo", args, 0))],
    compareToIgnoreCase: [1, (s, args) => compareJava(s, textArg(s, "compareToIgnoreCase", args, 0), true)],
    contentEquals: [1, (s, args) => s === toGroovyString(args[0]!)],
  }),
);

defineMethods("String", {
  charAt: (_ctx, self: string, args) => {
    arity(self, "charAt", args, 1);
    const index = intArg(self, "charAt", args, 0);
    if (index < 0 || index >= self.length) outOfRange(`String index out of range: ${index}`);
    return self[index]!;
  },
  codePointAt: (_ctx, self: string, args) => {
    arity(self, "codePointAt", args, 1);
    const index = intArg(self, "codePointAt", args, 0);
    if (index < 0 || index >= self.length) outOfRange(`String index out of range: ${index}`);
    return self.codePointAt(index)!;
  },
  substring: (_ctx, self: string, args) => {
    arity(self, "substring", args, 1, 2);
    const begin = intArg(self, "substring", args, 0);
    return substring(self, begin, args.length === 2 ? intArg(self, "substring", args, 1) : self.length);
  },
  subSequence: (_ctx, self: string, args) => {
    arity(self, "subSequence", args, 2);
    return substring(self, intArg(self, "subSequence", args, 0), intArg(self, "subSequence", args, 1));
  },
  indexOf: (_ctx, self: string, args) => searchIndex(self, "indexOf", args),
  lastIndexOf: (_ctx, self: string, args) => searchIndex(self, "lastIndexOf", args),
  startsWith: (_ctx, self: string, args) => {
    arity(self, "startsWith", args, 1, 2);
    const prefix = textArg(self, "startsWith", args, 0);
    const offset = args.length === 2 ? intArg(self, "startsWith", args, 1) : 0;
    return offset >= 0 && offset <= self.length && self.startsWith(prefix, offset);
  },
  replace: (_ctx, self: string, args) => {
    arity(self, "replace", args, 2);
    return replaceLiteral(self, textArg(self, "replace", args, 0), textArg(self, "replace", args, 1));
  },
  repeat: (ctx, self: string, args) => {
    arity(self, "repeat", args, 1);
    const count = intArg(self, "repeat", args, 0);
    if (count < 0) throw new RuleException("IllegalArgumentException", `count is negative: ${count}`);
    ctx.checkString(self.length * count);
    return self.repeat(count);
  },
  // `toString` needs explicit parameter types: TypeScript types that key from Object.prototype.
  toString: (_ctx: ExecutionContext, self: string, args: Value[]) => {
    arity(self, "toString", args, 0);
    return self;
  },
  equals: (_ctx, self: string, args) => {
    arity(self, "equals", args, 1);
    return self === args[0];
  },
});

/** `indexOf` / `lastIndexOf` with a String or a character code, and an optional start index. */
function searchIndex(self: string, name: "indexOf" | "lastIndexOf", args: Value[]): number {
  arity(self, name, args, 1, 2);
  const [target] = args;
  let needle: string;
  if (typeof target === "string") needle = target;
  else if (typeof target === "number") needle = String.fromCodePoint(target);
  else throw missingMethod(self, name, args);
  if (args.length === 1) return name === "indexOf" ? self.indexOf(needle) : self.lastIndexOf(needle);
  const from = intArg(self, name, args, 1);
  if (name === "indexOf") return self.indexOf(needle, Math.max(from, 0));
  return from < 0 ? -1 : self.lastIndexOf(needle, from);
}
