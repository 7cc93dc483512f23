/**
 * String methods that take a regular expression (a String in Java syntax or
 * a Pattern): matches, find, findAll, replaceAll, replaceFirst, split and
 * eachMatch. A closure given to find, findAll or replaceAll receives the
 * matched text, or the list of groups when the pattern has groups.
 */

import type { ExecutionContext } from "../context.ts";
import { missingMethod } from "../exceptions.ts";
import { toGroovyString, truthy } from "../ops.ts";
import { defineMethods } from "../registry.ts";
import { GClosure, type Value } from "../values.ts";
import { callClosure } from "../dispatch/calls.ts";
import { markJavaArray } from "../dispatch/types.ts";
import { arity, intArg } from "./args.ts";
import { PatternObject, matchValue } from "./regex-objects.ts";
import { allMatches, compileRegex, expandReplacement, replaceMatches, splitByRegex, type CompiledRegex, type RegexMatch } from "./regex.ts";

/** The pattern argument of a regex method: a Pattern or a String (a Java regex). */
function patternArg(self: string, name: string, args: Value[], index: number): CompiledRegex {
  const value = args[index];
  if (value instanceof PatternObject) return value.regex;
  if (typeof value === "string") return compileRegex(value);
  throw missingMethod(self, name, args);
}

/** Calls the closure for one match and renders its result with `toString`, as Groovy does. */
function closureReplacement(ctx: ExecutionContext, closure: GClosure, regex: CompiledRegex, match: RegexMatch): string {
  return toGroovyString(callClosure(ctx, closure, [matchValue(regex, match)]));
}

function replace(ctx: ExecutionContext, self: string, name: "replaceAll" | "replaceFirst", args: Value[]): string {
  arity(self, name, args, 2);
  const regex = patternArg(self, name, args, 0);
  const replacement = args[1]!;
  const firstOnly = name === "replaceFirst";
  if (replacement instanceof GClosure) {
    return replaceMatches(ctx, regex, self, (m) => closureReplacement(ctx, replacement, regex, m), firstOnly);
  }
  if (typeof replacement !== "string") throw missingMethod(self, name, args);
  return replaceMatches(ctx, regex, self, (m) => expandReplacement(regex, replacement, m), firstOnly);
}

/** Java's `StringTokenizer` on whitespace: what Groovy's `split()` without arguments returns. */
function splitOnWhitespace(text: string): string[] {
  return text.split(/[ \t\n\r\f]+/).filter((part) => part !== "");
}

defineMethods("String", {
  matches: (_ctx, self: string, args) => {
    arity(self, "matches", args, 1);
    return patternArg(self, "matches", args, 0).matchEntire(self) !== null;
  },
  find: (ctx, self: string, args) => {
    arity(self, "find", args, 1, 2);
    if (args.length === 1 && args[0] instanceof GClosure) return findCharacters(ctx, self, args[0], true);
    const regex = patternArg(self, "find", args, 0);
    const match = regex.find(self, 0);
    if (match === null) return null;
    if (args.length === 1) return match.groups[0]!;
    const closure = args[1];
    if (!(closure instanceof GClosure)) throw missingMethod(self, "find", args);
    return closureReplacement(ctx, closure, regex, match);
  },
  findAll: (ctx, self: string, args) => {
    arity(self, "findAll", args, 1, 2);
    if (args.length === 1 && args[0] instanceof GClosure) return findCharacters(ctx, self, args[0], false);
    const regex = patternArg(self, "findAll", args, 0);
    const closure = args[1];
    if (args.length === 2 && !(closure instanceof GClosure)) throw missingMethod(self, "findAll", args);
    const results: Value[] = [];
    for (const match of allMatches(ctx, regex, self)) {
      results.push(closure instanceof GClosure ? callClosure(ctx, closure, [matchValue(regex, match)]) : match.groups[0]!);
      ctx.checkCollection(results.length);
    }
    return results;
  },
  eachMatch: (ctx, self: string, args) => {
    arity(self, "eachMatch", args, 2);
    const regex = patternArg(self, "eachMatch", args, 0);
    const closure = args[1];
    if (!(closure instanceof GClosure)) throw missingMethod(self, "eachMatch", args);
    for (const match of allMatches(ctx, regex, self)) callClosure(ctx, closure, [matchValue(regex, match)]);
    return self;
  },
  replaceAll: (ctx, self: string, args) => replace(ctx, self, "replaceAll", args),
  replaceFirst: (ctx, self: string, args) => replace(ctx, self, "replaceFirst", args),
  split: (ctx, self: string, args) => {
    arity(self, "split", args, 0, 2);
    if (args.length === 0) return markJavaArray(splitOnWhitespace(self), "java.lang.String");
    const limit = args.length === 2 ? intArg(self, "split", args, 1) : 0;
    return markJavaArray(splitByRegex(ctx, patternArg(self, "split", args, 0), self, limit), "java.lang.String");
  },
});

/**
 * `find { }` and `findAll { }` with only a closure iterate the characters
 * (DefaultGroovyMethods.find(Object, Closure)): the first accepted character, or all of them.
 */
function findCharacters(ctx: ExecutionContext, self: string, closure: GClosure, firstOnly: boolean): Value {
  const found: Value[] = [];
  for (let i = 0; i < self.length; i++) {
    const c = self[i]!;
    if (!truthy(callClosure(ctx, closure, [c]))) continue;
    if (firstOnly) return c;
    found.push(c);
  }
  return firstOnly ? null : found;
}
