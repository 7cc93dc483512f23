/**
 * Rule code can only reach runtime values: names such as `constructor`,
 * `__proto__` and `prototype` are plain property names, and every lookup
 * yields plain data or a RuleException, never a JS object or function.
 */

import { describe, expect, test } from "vitest";
import {
  GClass,
  GClosure,
  GMap,
  RuleException,
  callMethod,
  callStatic,
  fromJsonValue,
  getAt,
  getProperty,
  getStaticProperty,
  mapGet,
  newInstance,
  putAt,
  resolveClass,
  setProperty,
  toGroovyString,
  type Value,
} from "../../src/index.ts";
import { context, map } from "./helpers.ts";

const ctx = context();
const dangerous = ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "call", "apply", "bind"];

/** A value that is allowed to escape into rule code. */
function isRuntimeData(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value === "function" || value === undefined || typeof value === "symbol") return false;
  if (Array.isArray(value)) return value.every(isRuntimeData);
  return value instanceof Object && Object.getPrototypeOf(value) !== Object.prototype;
}

/** Runs `fn`; it must return runtime data or throw a RuleException. */
function safely(fn: () => Value): void {
  try {
    const result = fn();
    expect(isRuntimeData(result), `${String(result)} leaked`).toBe(true);
    expect(typeof result).not.toBe("function");
  } catch (err) {
    expect(err).toBeInstanceOf(RuleException);
  }
}

const receivers: [string, Value][] = [
  ["list", [1, 2]],
  ["string", "x"],
  ["number", 1],
  ["map", map({ a: 1 })],
  ["closure", new GClosure(0, true, () => null)],
  ["class", new GClass("String", "java.lang.String")],
  ["boolean", true],
];

describe.each(receivers)("member names on a %s", (_label, receiver) => {
  test.each(dangerous)("getProperty %s", (name) => safely(() => getProperty(ctx, receiver, name)));
  test.each(dangerous)("callMethod %s", (name) => safely(() => callMethod(ctx, receiver, name, [])));
  test.each(dangerous)("getAt %s", (name) => safely(() => getAt(ctx, receiver, name)));
});

describe("specific escapes", () => {
  test("list.constructor is a GPath over the elements, not Array", () => {
    expect(() => getProperty(ctx, [1, 2], "constructor")).toThrow(RuleException);
    expect(getProperty(ctx, [map({ constructor: 1 })], "constructor")).toEqual([1]);
  });

  test("'x'.constructor() is a MissingMethodException", () => {
    expect(() => callMethod(ctx, "x", "constructor", [])).toThrow(/No signature of method: java\.lang\.String\.constructor\(\)/);
  });

  test("obj.prototype is a missing property", () => {
    expect(() => getProperty(ctx, 1, "prototype")).toThrow(/No such property: prototype for class: java\.lang\.Integer/);
    expect(() => getStaticProperty(ctx, resolveClass("Math")!, "prototype")).toThrow(RuleException);
    expect(() => callStatic(ctx, resolveClass("Math")!, "constructor", [])).toThrow(RuleException);
  });

  test("__proto__ keys in JSON and maps are plain entries", () => {
    const value = fromJsonValue(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}')) as GMap;
    expect(toGroovyString(value)).toBe("[__proto__:[polluted:true], constructor:[prototype:1]]");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const m = map({});
    setProperty(ctx, m, "__proto__", "plain");
    putAt(ctx, m, "constructor", "also plain");
    expect(mapGet(m, "__proto__")).toBe("plain");
    expect(getProperty(ctx, m, "constructor")).toBe("also plain");
    expect(getProperty(ctx, map({}), "__proto__")).toBe(null);
  });

  test("unknown classes cannot be constructed or called", () => {
    expect(resolveClass("java.lang.Runtime")).toBe(null);
    expect(resolveClass("Function")).toBe(null);
    expect(resolveClass("constructor")).toBe(null);
    expect(() => newInstance(ctx, new GClass("Runtime", "java.lang.Runtime"), [])).toThrow(RuleException);
    expect(() => callStatic(ctx, new GClass("Process", "process"), "exit", [])).toThrow(RuleException);
  });

  test("System exposes no host environment", () => {
    expect(callStatic(ctx, resolveClass("System")!, "getenv", ["PATH"])).toBe(null);
    expect(callStatic(ctx, resolveClass("System")!, "getProperty", ["user.home"])).toBe(null);
  });
});
