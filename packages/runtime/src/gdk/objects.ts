/**
 * Methods every value has (`DefaultGroovyMethods` on Object and the methods
 * of `java.lang.Object`): toString, equals, hashCode, is, getClass, inspect,
 * with, tap, asBoolean, asType, isCase, and iteration over any value (`each`,
 * `collect`, `find`... visit characters of a string, matches of a matcher,
 * and a single other value as a one-element collection).
 *
 * `hashCode()` follows Java for strings, numbers, booleans, dates, lists and
 * maps; other values hash by identity.
 */

import type { ExecutionContext } from "../context.ts";
import { missingMethod } from "../exceptions.ts";
import { javaHashCode } from "./collections/hash.ts";
import { asType, callClosure, isCase, iterate } from "../dispatch.ts";
import { classOf } from "../dispatch/types.ts";
import { mapEntries } from "../map.ts";
import { equals, toGroovyString, toGroovyStringIn, truthy } from "../ops.ts";
import { defineMethods, type MethodImpl } from "../registry.ts";
import { GClass, GMap, type Value } from "../values.ts";
import { arity, closureArg } from "./args.ts";

function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\f/g, "\\f").replace(/'/g, "\\'");
}

/** Groovy's `inspect()`: like `toString()` but strings are quoted and escaped, also inside lists and maps. */
export function inspectValue(value: Value, open: object[] = []): string {
  if (typeof value === "string") return `'${escapeText(value)}'`;
  if (Array.isArray(value)) {
    if (open.includes(value)) return "(this Collection)";
    open.push(value);
    const text = `[${value.map((item) => inspectValue(item, open)).join(", ")}]`;
    open.pop();
    return text;
  }
  if (value instanceof GMap) {
    if (value.size === 0) return "[:]";
    if (open.includes(value)) return "(this Map)";
    open.push(value);
    const parts = [...mapEntries(value)].map(([k, v]) => `${inspectValue(k, open)}:${inspectValue(v, open)}`);
    open.pop();
    return `[${parts.join(", ")}]`;
  }
  return toGroovyString(value);
}

function noArgs(name: string, fn: (ctx: ExecutionContext, self: Value) => Value): MethodImpl {
  return (ctx, self, args) => {
    arity(self, name, args, 0);
    return fn(ctx, self);
  };
}

/** Collects what `iterate` yields: a string's characters, a matcher's matches, or the value itself. */
function elements(ctx: ExecutionContext, self: Value): Value[] {
  const items = [...iterate(ctx, self)];
  ctx.checkCollection(items.length);
  return items;
}

defineMethods("Object", {
  toString: (ctx: ExecutionContext, self: Value, args: Value[]) => {
    arity(self, "toString", args, 0);
    return toGroovyStringIn(ctx, self);
  },
  equals: (_ctx, self, args) => {
    arity(self, "equals", args, 1);
    return equals(self, args[0]!);
  },
  is: (_ctx, self, args) => {
    arity(self, "is", args, 1);
    // Strings, Integers and booleans are JS primitives, so equal values count as the same object.
    return self === args[0];
  },
  hashCode: noArgs("hashCode", (_ctx, self) => javaHashCode(self)),
  getClass: noArgs("getClass", (_ctx, self) => classOf(self)),
  inspect: noArgs("inspect", (_ctx, self) => inspectValue(self)),
  asBoolean: noArgs("asBoolean", (_ctx, self) => truthy(self)),
  with: (ctx, self, args) => {
    arity(self, "with", args, 1);
    return callClosure(ctx, closureArg(self, "with", args, 0), [self]);
  },
  tap: (ctx, self, args) => {
    arity(self, "tap", args, 1);
    callClosure(ctx, closureArg(self, "tap", args, 0), [self]);
    return self;
  },
  identity: (ctx, self, args) => {
    arity(self, "identity", args, 1);
    return callClosure(ctx, closureArg(self, "identity", args, 0), [self]);
  },
  asType: (ctx, self, args) => {
    arity(self, "asType", args, 1);
    const [type] = args;
    if (!(type instanceof GClass)) throw missingMethod(self, "asType", args);
    return asType(ctx, self, type.qualifiedName);
  },
  isCase: (ctx, self, args) => {
    arity(self, "isCase", args, 1);
    return isCase(ctx, self, args[0]!);
  },
  each: (ctx, self, args) => {
    arity(self, "each", args, 1);
    const closure = closureArg(self, "each", args, 0);
    for (const item of iterate(ctx, self)) callClosure(ctx, closure, [item]);
    return self;
  },
  eachWithIndex: (ctx, self, args) => {
    arity(self, "eachWithIndex", args, 1);
    const closure = closureArg(self, "eachWithIndex", args, 0);
    let index = 0;
    for (const item of iterate(ctx, self)) callClosure(ctx, closure, [item, index++]);
    return self;
  },
  collect: (ctx, self, args) => {
    arity(self, "collect", args, 0, 1);
    if (args.length === 0) return elements(ctx, self);
    const closure = closureArg(self, "collect", args, 0);
    return elements(ctx, self).map((item) => callClosure(ctx, closure, [item]));
  },
  find: (ctx, self, args) => {
    arity(self, "find", args, 0, 1);
    const closure = args.length === 1 ? closureArg(self, "find", args, 0) : undefined;
    for (const item of iterate(ctx, self)) {
      if (closure === undefined ? truthy(item) : truthy(callClosure(ctx, closure, [item]))) return item;
    }
    return null;
  },
  findAll: (ctx, self, args) => {
    arity(self, "findAll", args, 0, 1);
    const closure = args.length === 1 ? closureArg(self, "findAll", args, 0) : undefined;
    return elements(ctx, self).filter((item) => (closure === undefined ? truthy(item) : truthy(callClosure(ctx, closure, [item]))));
  },
  any: (ctx, self, args) => {
    arity(self, "any", args, 0, 1);
    const closure = args.length === 1 ? closureArg(self, "any", args, 0) : undefined;
    for (const item of iterate(ctx, self)) {
      if (closure === undefined ? truthy(item) : truthy(callClosure(ctx, closure, [item]))) return true;
    }
    return false;
  },
  every: (ctx, self, args) => {
    arity(self, "every", args, 0, 1);
    const closure = args.length === 1 ? closureArg(self, "every", args, 0) : undefined;
    for (const item of iterate(ctx, self)) {
      if (!(closure === undefined ? truthy(item) : truthy(callClosure(ctx, closure, [item])))) return false;
    }
    return true;
  },
  grep: (ctx, self, args) => {
    arity(self, "grep", args, 0, 1);
    const filter = args[0];
    return elements(ctx, self).filter((item) => (filter === undefined ? truthy(item) : isCase(ctx, filter, item)));
  },
  inject: (ctx, self, args) => {
    arity(self, "inject", args, 1, 2);
    const closure = closureArg(self, "inject", args, args.length - 1);
    const items = elements(ctx, self);
    let accumulator: Value = args.length === 2 ? args[0]! : (items.shift() ?? null);
    for (const item of items) accumulator = callClosure(ctx, closure, [accumulator, item]);
    return accumulator;
  },
});

