/**
 * Helpers for the collection tests: a context, closures written in JS, calls
 * through the real dispatcher, and Groovy's string form for comparisons with
 * output printed by Groovy.
 */

import "../../src/gdk/index.ts";
import { ExecutionContext } from "../../src/context.ts";
import { callMethod, getProperty } from "../../src/dispatch.ts";
import { RuleException } from "../../src/errors.ts";
import { newMap } from "../../src/map.ts";
import { binary, compare, toGroovyString, truthy } from "../../src/ops.ts";
import { GBigDecimal, GClosure, GLong, GMap, type Value } from "../../src/values.ts";

export const ctx = new ExecutionContext({ timeZone: "UTC" });

/** Builds a closure `{ a, b -> ... }` with `params` declared parameters. */
export function fn(params: number, body: (...args: Value[]) => Value): GClosure {
  return new GClosure(params, false, (_ctx, args) => body(...args));
}

/** Builds a closure written without parameters, which takes `it`. */
export function it(body: (it: Value) => Value): GClosure {
  return new GClosure(0, true, (_ctx, args) => body(args[0] ?? null));
}

/** `receiver.method(args)` through the runtime's dispatcher. */
export function call(receiver: Value, method: string, ...args: Value[]): Value {
  return callMethod(ctx, receiver, method, args);
}

/** Groovy's `toString()` of a value, as `println` prints it. */
export function show(value: Value): string {
  return toGroovyString(value);
}

/** Builds a map with string keys, in the given order. */
export function map(entries: Record<string, Value>): GMap {
  return newMap(Object.entries(entries));
}

/** Builds a BigDecimal from its literal text, such as `2.50`. */
export function decimal(text: string): GBigDecimal {
  const [whole, fraction = ""] = text.split(".");
  return new GBigDecimal(BigInt(whole! + fraction), fraction.length);
}

export function long(value: number): GLong {
  return new GLong(BigInt(value));
}

export const plus = (a: Value, b: Value): Value => binary(ctx, "+", a, b);
export const times = (a: Value, b: Value): Value => binary(ctx, "*", a, b);
export const cmp = (a: Value, b: Value): number => compare(ctx, a, b);
export const isTrue = (value: Value): boolean => truthy(value);
export const get = (obj: Value, name: string): Value => getProperty(ctx, obj, name);

/** The Java class and message of the RuleException `action` raises. */
export function failure(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleException) return `${error.javaClass}: ${error.ruleMessage}`;
    throw error;
  }
  return "no exception";
}
