/** Shared helpers for the core runtime tests: value builders and Groovy-style result descriptions. */

import { expect } from "vitest";
import {
  ExecutionContext,
  GBigDecimal,
  GBigInteger,
  GClosure,
  GDouble,
  GFloat,
  GLong,
  RuleException,
  javaSimpleName,
  newMap,
  toGroovyString,
  type ContextOptions,
  type Value,
} from "../../src/index.ts";
import { parseDecimal } from "../../src/numbers/decimal.ts";

export function context(options: ContextOptions = {}): ExecutionContext {
  return new ExecutionContext({ clock: () => 1_700_000_000_000, ...options });
}

export const long = (n: number | bigint) => new GLong(BigInt(n));
export const bigInt = (n: number | bigint) => new GBigInteger(BigInt(n));
export const double = (n: number) => new GDouble(n);
export const float = (n: number) => new GFloat(Math.fround(n));
export const decimal = (text: string) => parseDecimal(text)! as GBigDecimal;
export const map = (entries: Record<string, Value>) => newMap(Object.entries(entries));

/** A closure from a JS function; `params` < 0 makes an implicit-`it` closure. */
export function closure(params: number, body: (...args: Value[]) => Value): GClosure {
  return new GClosure(Math.max(params, 0), params < 0, (_ctx, args) => body(...args));
}

/** `SimpleName: toString()`, the way the Groovy probes printed results. */
export function shape(value: Value): string {
  return value === null ? "null" : `${javaSimpleName(value)}: ${toGroovyString(value)}`;
}

/** Runs `fn` and returns `THROW Class: message`, or the result's shape. */
export function outcome(fn: () => Value): string {
  try {
    return shape(fn());
  } catch (err) {
    if (err instanceof RuleException) return `THROW ${err.javaClass}: ${err.ruleMessage}`;
    throw err;
  }
}

export function expectRuleError(fn: () => unknown, javaClass: string, message?: string | RegExp): RuleException {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RuleException);
    const rule = err as RuleException;
    expect(rule.javaClass).toBe(javaClass);
    if (typeof message === "string") expect(rule.ruleMessage).toBe(message);
    else if (message !== undefined) expect(rule.ruleMessage).toMatch(message);
    return rule;
  }
  throw new Error(`expected ${javaClass} but nothing was thrown`);
}
