/**
 * Exceptions as values: construction, the object a `catch (e)` binds,
 * `throw`, and catching by type along the Java class hierarchy. Expected
 * strings come from Groovy 2.4 runs on JDK 17.
 */

import { describe, expect, test } from "vitest";
import {
  RuleException,
  callMethod,
  exceptionMatches,
  exceptionValue,
  getProperty,
  newInstance,
  resolveClass,
  toThrowable,
  type Value,
} from "../../src/index.ts";
import { context, expectRuleError } from "./helpers.ts";

const ctx = context();
const make = (name: string, ...args: Value[]) => newInstance(ctx, resolveClass(name)!, args);

describe("exception values", () => {
  test("message, getMessage, toString, class and cause", () => {
    const e = make("Exception", "m");
    expect(getProperty(ctx, e, "message")).toBe("m");
    expect(callMethod(ctx, e, "getMessage", [])).toBe("m");
    expect(callMethod(ctx, e, "toString", [])).toBe("java.lang.Exception: m");
    expect(getProperty(ctx, getProperty(ctx, e, "class"), "simpleName")).toBe("Exception");
    expect(getProperty(ctx, e, "cause")).toBe(null);
  });

  test("a cause and the message built from it", () => {
    const inner = make("IllegalStateException", "inner");
    const outer = make("RuntimeException", "outer", inner);
    expect(getProperty(ctx, getProperty(ctx, outer, "cause"), "message")).toBe("inner");
    expect(callMethod(ctx, outer, "toString", [])).toBe("java.lang.RuntimeException: outer");
    expect(getProperty(ctx, make("RuntimeException", inner), "message")).toBe("java.lang.IllegalStateException: inner");
  });

  test("no message", () => {
    const e = make("Exception");
    expect(callMethod(ctx, e, "toString", [])).toBe("java.lang.Exception");
    expect(getProperty(ctx, e, "message")).toBe(null);
  });

  test("IssueTrackerException by simple and qualified name", () => {
    const simple = make("IssueTrackerException", "blocked");
    const qualified = make("com.exalate.api.exception.IssueTrackerException", "blocked");
    expect(callMethod(ctx, simple, "toString", [])).toBe("com.exalate.api.exception.IssueTrackerException: blocked");
    expect(callMethod(ctx, qualified, "toString", [])).toBe("com.exalate.api.exception.IssueTrackerException: blocked");
  });

  test("constructor arguments are checked", () => {
    expectRuleError(() => make("Exception", 1), "GroovyRuntimeException", /Could not find matching constructor for: java\.lang\.Exception\(java\.lang\.Integer\)/);
  });
});

describe("throw and catch", () => {
  test("throwing and catching keeps the same object", () => {
    const e = make("IllegalArgumentException", "bad");
    const err = toThrowable(ctx, e);
    expect(err).toBeInstanceOf(RuleException);
    expect(err.javaClass).toBe("IllegalArgumentException");
    expect(err.ruleMessage).toBe("bad");
    expect(exceptionValue(err)).toBe(e);
  });

  test("runtime errors bind an exception value with Groovy's message", () => {
    let caught: RuleException | undefined;
    try {
      callMethod(ctx, null, "foo", []);
    } catch (err) {
      caught = err as RuleException;
    }
    const value = exceptionValue(caught!);
    expect(getProperty(ctx, value, "message")).toBe("Cannot invoke method foo() on null object");
    expect(callMethod(ctx, value, "toString", [])).toBe("java.lang.NullPointerException: Cannot invoke method foo() on null object");
    expect(exceptionValue(caught!)).toBe(value);
  });

  test("throwing a value that is not an exception", () => {
    expect(toThrowable(ctx, "abc").javaClass).toBe("GroovyCastException");
    expect(toThrowable(ctx, "abc").ruleMessage).toBe("Cannot cast object 'abc' with class 'java.lang.String' to class 'java.lang.Throwable'");
    expect(toThrowable(ctx, null).javaClass).toBe("NullPointerException");
  });

  const hierarchy: [string, string, boolean][] = [
    ["NumberFormatException", "IllegalArgumentException", true],
    ["NumberFormatException", "RuntimeException", true],
    ["NumberFormatException", "Exception", true],
    ["NumberFormatException", "Throwable", true],
    ["NumberFormatException", "java.lang.Exception", true],
    ["NullPointerException", "IllegalArgumentException", false],
    ["IllegalStateException", "RuntimeException", true],
    ["ArithmeticException", "RuntimeException", true],
    ["StringIndexOutOfBoundsException", "IndexOutOfBoundsException", true],
    ["MissingPropertyException", "GroovyRuntimeException", true],
    ["MissingMethodException", "RuntimeException", true],
    ["GroovyCastException", "ClassCastException", true],
    ["IssueTrackerException", "Exception", true],
    ["IssueTrackerException", "RuntimeException", false],
    ["PatternSyntaxException", "IllegalArgumentException", true],
    ["AssertionError", "Exception", false],
    ["AssertionError", "Throwable", true],
    ["SomethingElseException", "RuntimeException", true],
  ];
  test.each(hierarchy)("catch (%s) by %s", (thrown, caught, expected) => {
    expect(exceptionMatches(new RuleException(thrown, "x"), caught)).toBe(expected);
  });

  test("instanceof follows the same hierarchy", () => {
    const e = make("NumberFormatException", "x");
    expect(callMethod(ctx, resolveClass("IllegalArgumentException")!, "isInstance", [e])).toBe(true);
    expect(callMethod(ctx, resolveClass("IllegalStateException")!, "isInstance", [e])).toBe(false);
  });
});
