/**
 * Property access, subscripts, method calls on null and on maps, closures,
 * and Groovy's Missing*Exception messages. Expected values come from Groovy
 * 2.4 runs on JDK 17.
 */

import { describe, expect, test } from "vitest";
import {
  GClass,
  GClosure,
  GRange,
  NOT_FOUND,
  RuntimeObject,
  callClosure,
  callMethod,
  callStatic,
  getAt,
  getProperty,
  getStaticProperty,
  newInstance,
  putAt,
  resolveClass,
  setMinimumArguments,
  setProperty,
  toGroovyString,
  type ExecutionContext,
  type Value,
} from "../../src/index.ts";
import { closure, context, expectRuleError, map, outcome } from "./helpers.ts";

const ctx = context();

describe("method calls on null", () => {
  const cases: [string, () => Value, string][] = [
    ["null.toString()", () => callMethod(ctx, null, "toString", []), "String: null"],
    ["null.equals(null)", () => callMethod(ctx, null, "equals", [null]), "Boolean: true"],
    ["null.is(null)", () => callMethod(ctx, null, "is", [null]), "Boolean: true"],
    ["null.asBoolean()", () => callMethod(ctx, null, "asBoolean", []), "Boolean: false"],
    ["null.inspect()", () => callMethod(ctx, null, "inspect", []), "String: null"],
    ["null.collect { it }", () => callMethod(ctx, null, "collect", [closure(-1, (x) => x)]), "ArrayList: []"],
    ["null.find { it }", () => callMethod(ctx, null, "find", [closure(-1, (x) => x)]), "null"],
    ["null.any { it }", () => callMethod(ctx, null, "any", [closure(-1, (x) => x)]), "Boolean: false"],
    ["null.every { it }", () => callMethod(ctx, null, "every", [closure(-1, (x) => x)]), "Boolean: true"],
    ["null.with { 1 }", () => callMethod(ctx, null, "with", [closure(-1, () => 1)]), "Integer: 1"],
    ["null.inject(0) { a, b -> a }", () => callMethod(ctx, null, "inject", [0, closure(2, (a) => a)]), "Integer: 0"],
    ["null.size()", () => callMethod(ctx, null, "size", []), "THROW NullPointerException: Cannot invoke method size() on null object"],
    ["null.trim()", () => callMethod(ctx, null, "trim", []), "THROW NullPointerException: Cannot invoke method trim() on null object"],
    ["null.hashCode()", () => callMethod(ctx, null, "hashCode", []), "THROW NullPointerException: Cannot invoke method hashCode() on null object"],
    ["null[0]", () => getAt(ctx, null, 0), "THROW NullPointerException: Cannot invoke method getAt() on null object"],
    ["null.class", () => getProperty(ctx, null, "class"), "THROW NullPointerException: Cannot get property 'class' on null object"],
    ["null.email", () => getProperty(ctx, null, "email"), "THROW NullPointerException: Cannot get property 'email' on null object"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("setting a property on null", () => {
    expectRuleError(() => setProperty(ctx, null, "summary", "x"), "NullPointerException", "Cannot set property 'summary' on null object");
  });
});

describe("properties", () => {
  const cases: [string, () => Value, string][] = [
    ["[a:1].class is an entry", () => getProperty(ctx, map({ a: 1 }), "class"), "null"],
    ["[a:1].empty is an entry", () => getProperty(ctx, map({ a: 1 }), "empty"), "null"],
    ["[1].empty", () => getProperty(ctx, [1], "empty"), "Boolean: false"],
    ["[1].class", () => getProperty(ctx, [1], "class"), "Class: class java.util.ArrayList"],
    ["GPath skips null elements, keeps null results", () => getProperty(ctx, [map({ a: 1 }), map({ a: 2 }), null, map({ b: 1 })], "a"), "ArrayList: [1, 2, null]"],
    ["nested GPath", () => getProperty(ctx, [[map({ a: 1 })], [map({ a: 2 })]], "a"), "ArrayList: [[1], [2]]"],
    ["''.empty", () => getProperty(ctx, "", "empty"), "Boolean: true"],
    ["'ab'.class", () => getProperty(ctx, "ab", "class"), "Class: class java.lang.String"],
    ["1.class", () => getProperty(ctx, 1, "class"), "Class: class java.lang.Integer"],
    ["'ab'.length", () => getProperty(ctx, "ab", "length"), "THROW MissingPropertyException: No such property: length for class: java.lang.String"],
    [
      "['ab','c'].size",
      () => getProperty(ctx, ["ab", "c"], "size"),
      "THROW MissingPropertyException: Exception evaluating property 'size' for java.util.ArrayList, Reason: groovy.lang.MissingPropertyException: No such property: size for class: java.lang.String",
    ],
    ["(3..1).from", () => getProperty(ctx, new GRange(3, 1, false), "from"), "Integer: 1"],
    ["(3..1).reverse", () => getProperty(ctx, new GRange(3, 1, false), "reverse"), "Boolean: true"],
    ["String.name", () => getProperty(ctx, resolveClass("String")!, "name"), "String: java.lang.String"],
    ["String.simpleName", () => getProperty(ctx, resolveClass("java.lang.String")!, "simpleName"), "String: String"],
    ["Integer.MAX_VALUE", () => getStaticProperty(ctx, resolveClass("Integer")!, "MAX_VALUE"), "Integer: 2147483647"],
    ["Integer.NOPE", () => getStaticProperty(ctx, resolveClass("Integer")!, "NOPE"), "THROW MissingPropertyException: No such property: NOPE for class: java.lang.Integer"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("setting a map property puts the entry", () => {
    const m = map({});
    setProperty(ctx, m, "class", "x");
    expect(toGroovyString(m)).toBe("[class:x]");
  });

  test("setting a property on a list sets it on each element", () => {
    const list = [map({ a: 1 }), map({ a: 2 }), null];
    setProperty(ctx, list, "a", 5);
    expect(toGroovyString(list)).toBe("[[a:5], [a:5], null]");
  });

  test("read-only and unknown properties of scalars", () => {
    expectRuleError(() => setProperty(ctx, "abc", "empty", true), "ReadOnlyPropertyException", "Cannot set readonly property: empty for class: java.lang.String");
    expectRuleError(() => setProperty(ctx, "abc", "nope", 1), "MissingPropertyException", "No such property: nope for class: java.lang.String");
  });
});

describe("subscripts", () => {
  const cases: [string, () => Value, string][] = [
    ["[1,2][-1]", () => getAt(ctx, [1, 2], -1), "Integer: 2"],
    ["[1,2][-3]", () => getAt(ctx, [1, 2], -3), "THROW ArrayIndexOutOfBoundsException: Negative array index [-3] too large for array size 2"],
    ["[1,2][5]", () => getAt(ctx, [1, 2], 5), "null"],
    ["[1,2,3][1..2]", () => getAt(ctx, [1, 2, 3], new GRange(1, 2, false)), "ArrayList: [2, 3]"],
    ["[1,2,3][2..1]", () => getAt(ctx, [1, 2, 3], new GRange(2, 1, false)), "ArrayList: [3, 2]"],
    ["[1,2,3][1..5]", () => getAt(ctx, [1, 2, 3], new GRange(1, 5, false)), "THROW IndexOutOfBoundsException: toIndex = 6"],
    ["[1,2,3][-2..-1]", () => getAt(ctx, [1, 2, 3], new GRange(-2, -1, false)), "ArrayList: [2, 3]"],
    ["[1,2,3][0,2] as [[0,2]]", () => getAt(ctx, [1, 2, 3], [0, 2]), "ArrayList: [1, 3]"],
    ["[1,2,3][0,5]", () => getAt(ctx, [1, 2, 3], [0, 5]), "ArrayList: [1, null]"],
    ["[[a:1]]['a']", () => getAt(ctx, [map({ a: 1 })], "a"), "ArrayList: [1]"],
    ["'abc'[1]", () => getAt(ctx, "abc", 1), "String: b"],
    ["'abc'[-1]", () => getAt(ctx, "abc", -1), "String: c"],
    ["'abc'[5]", () => getAt(ctx, "abc", 5), "THROW StringIndexOutOfBoundsException: begin 5, end 6, length 3"],
    ["'abc'[1..2]", () => getAt(ctx, "abc", new GRange(1, 2, false)), "String: bc"],
    ["'abc'[2..0]", () => getAt(ctx, "abc", new GRange(2, 0, false)), "String: cba"],
    ["'abc'[0,2]", () => getAt(ctx, "abc", [0, 2]), "String: ac"],
    ["'abc'[1..5]", () => getAt(ctx, "abc", new GRange(1, 5, false)), "THROW StringIndexOutOfBoundsException: begin 1, end 6, length 3"],
    ["'abc'[1..<1]", () => getAt(ctx, "abc", new GRange(1, 1, true)), "String: "],
    ["[a:1]['a']", () => getAt(ctx, map({ a: 1 }), "a"), "Integer: 1"],
    ["[a:1]['b']", () => getAt(ctx, map({ a: 1 }), "b"), "null"],
    ["5[0]", () => getAt(ctx, 5, 0), "THROW MissingMethodException: No signature of method: java.lang.Integer.getAt() is applicable for argument types: (java.lang.Integer) values: [0]"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("writing past the end pads with nulls", () => {
    const list: Value[] = [1];
    putAt(ctx, list, 3, 4);
    expect(toGroovyString(list)).toBe("[1, null, null, 4]");
  });

  test("negative writes count from the end", () => {
    const list: Value[] = [1, 2];
    putAt(ctx, list, -1, 4);
    expect(list).toEqual([1, 4]);
    expectRuleError(() => putAt(ctx, list, -3, 4), "ArrayIndexOutOfBoundsException", "Negative array index [-3] too large for array size 2");
  });

  test("map and string subscript writes", () => {
    const m = map({});
    putAt(ctx, m, 1, "one");
    expect(toGroovyString(m)).toBe("[1:one]");
    expectRuleError(() => putAt(ctx, "abc", 0, "x"), "MissingMethodException", /java\.lang\.String\.putAt\(\)/);
  });
});

describe("method dispatch", () => {
  test("unknown methods list the argument types and values", () => {
    expectRuleError(
      () => callMethod(ctx, "abc", "foo", [1, "x", null]),
      "MissingMethodException",
      "No signature of method: java.lang.String.foo() is applicable for argument types: (java.lang.Integer, java.lang.String, null) values: [1, x, null]",
    );
    expectRuleError(
      () => callStatic(ctx, resolveClass("Math")!, "foo", [1]),
      "MissingMethodException",
      "No signature of method: static java.lang.Math.foo() is applicable for argument types: (java.lang.Integer) values: [1]",
    );
  });

  test("a closure stored in a map is called like a method", () => {
    const m = map({ foo: closure(0, () => 42), twice: closure(-1, (x) => (x as number) * 2) });
    expect(callMethod(ctx, m, "foo", [])).toBe(42);
    expect(callMethod(ctx, m, "twice", [4])).toBe(8);
  });

  test("map methods take precedence over entries", () => {
    const m = map({ size: closure(0, () => 99) });
    expect(callMethod(ctx, m, "size", [])).toBe(1);
  });

  test("class literals answer Class methods and statics", () => {
    const integer = resolveClass("Integer")!;
    expect(callMethod(ctx, integer, "getSimpleName", [])).toBe("Integer");
    expect(callMethod(ctx, integer, "isInstance", [5])).toBe(true);
    expect(callMethod(ctx, integer, "parseInt", ["12"])).toBe(12);
  });

  test("unknown constructors", () => {
    expectRuleError(
      () => newInstance(ctx, new GClass("Foo", "com.example.Foo"), ["a"]),
      "GroovyRuntimeException",
      "Could not find matching constructor for: com.example.Foo(java.lang.String)",
    );
  });

  test("runtime objects answer through their own members first", () => {
    class Greeter extends RuntimeObject {
      readonly className = "com.example.Greeter";
      override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
        return name === "name" ? "Ann" : NOT_FOUND;
      }
      age = 30;
      override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
        if (name === "greet") return `hi ${args[0]}`;
        if (name === "getAge" && args.length === 0) return this.age;
        if (name === "setAge" && args.length === 1) {
          this.age = args[0] as number;
          return null;
        }
        if (name === "isAdult" && args.length === 0) return this.age >= 18;
        return NOT_FOUND;
      }
    }
    const greeter = new Greeter();
    expect(getProperty(ctx, greeter, "name")).toBe("Ann");
    expect(callMethod(ctx, greeter, "greet", ["Bo"])).toBe("hi Bo");
    expect(callMethod(ctx, greeter, "toString", [])).toBe("com.example.Greeter");
    expect(callMethod(ctx, greeter, "with", [closure(-1, (g) => getProperty(ctx, g, "name"))])).toBe("Ann");
    expect(getProperty(ctx, greeter, "adult")).toBe(true);
    setProperty(ctx, greeter, "age", 12);
    expect(getProperty(ctx, greeter, "age")).toBe(12);
    expectRuleError(() => getProperty(ctx, greeter, "height"), "MissingPropertyException", "No such property: height for class: com.example.Greeter");
    expectRuleError(() => setProperty(ctx, greeter, "name", "x"), "ReadOnlyPropertyException", "Cannot set readonly property: name for class: com.example.Greeter");
    expectRuleError(() => callMethod(ctx, greeter, "wave", []), "MissingMethodException", /com\.example\.Greeter\.wave\(\)/);
  });
});

describe("closures", () => {
  const sum = closure(2, (a, b) => (a as number) + (b as number));
  const cases: [string, () => Value, string][] = [
    ["{ it }.call()", () => callClosure(ctx, closure(-1, (x) => x), []), "null"],
    ["{ it }.call(1)", () => callClosure(ctx, closure(-1, (x) => x), [1]), "Integer: 1"],
    ["{ a -> a }.call()", () => callClosure(ctx, closure(1, (a) => a), []), "null"],
    ["{ a -> a }.call([1,2])", () => callClosure(ctx, closure(1, (a) => a), [[1, 2]]), "ArrayList: [1, 2]"],
    ["{ a, b -> a + b }.call([1,2])", () => callClosure(ctx, sum, [[1, 2]]), "Integer: 3"],
    ["{ a, b -> a + b }.call(1, 2)", () => callClosure(ctx, sum, [1, 2]), "Integer: 3"],
    [
      "{ it }.call(1,2)",
      () => callClosure(ctx, closure(-1, (x) => x), [1, 2]),
      "THROW MissingMethodException: No signature of method: groovy.lang.Closure.call() is applicable for argument types: (java.lang.Integer, java.lang.Integer) values: [1, 2]\nThe closure takes 0 or 1 argument, but was called with 2.",
    ],
    [
      "{ a, b -> }.call(1)",
      () => callClosure(ctx, sum, [1]),
      "THROW MissingMethodException: No signature of method: groovy.lang.Closure.call() is applicable for argument types: (java.lang.Integer) values: [1]\nThe closure takes 2 arguments, but was called with 1.",
    ],
    ["{ -> 1 }.call(1)", () => callClosure(ctx, closure(0, () => 1), [1]), "THROW MissingMethodException: No signature of method: groovy.lang.Closure.call() is applicable for argument types: (java.lang.Integer) values: [1]\nThe closure takes 0 arguments, but was called with 1."],
    ["{ a, b -> }.call([1,2,3])", () => callClosure(ctx, sum, [[1, 2, 3]]), "THROW MissingMethodException: No signature of method: groovy.lang.Closure.call() is applicable for argument types: (java.util.ArrayList) values: [[1, 2, 3]]\nThe closure takes 2 arguments, but was called with 1."],
    ["sum.curry(1).call(2)", () => callMethod(ctx, callMethod(ctx, sum, "curry", [1]), "call", [2]), "Integer: 3"],
    ["minus.rcurry(1).call(5)", () => callMethod(ctx, callMethod(ctx, closure(2, (a, b) => (a as number) - (b as number)), "rcurry", [1]), "call", [5]), "Integer: 4"],
    ["sum.maximumNumberOfParameters", () => getProperty(ctx, sum, "maximumNumberOfParameters"), "Integer: 2"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("composition: ({ it * 2 } >> { it + 1 })(10) is 21, << is 22", () => {
    const twice = closure(-1, (x) => (x as number) * 2);
    const increment = closure(-1, (x) => (x as number) + 1);
    expect(callClosure(ctx, callMethod(ctx, twice, "rightShift", [increment]) as GClosure, [10])).toBe(21);
    expect(callClosure(ctx, callMethod(ctx, twice, "leftShift", [increment]) as GClosure, [10])).toBe(22);
  });

  test("default parameter values: { a, b = 5 -> a + b }(1) is 6", () => {
    const withDefault = setMinimumArguments(closure(2, (a, b) => (a as number) + ((b as number | undefined) ?? 5)), 1);
    expect(callClosure(ctx, withDefault, [1])).toBe(6);
    expect(callClosure(ctx, withDefault, [1, 2])).toBe(3);
    expectRuleError(() => callClosure(ctx, withDefault, []), "MissingMethodException", /takes 1 to 2 arguments, but was called with 0/);
  });

  test("a single parameter with a default gets no argument: { name = 'world' -> }()", () => {
    const greet = setMinimumArguments(new GClosure(1, false, (_c, args) => (args.length === 0 ? "world" : args[0]!)), 0);
    expect(callClosure(ctx, greet, [])).toBe("world");
    expect(callClosure(ctx, greet, ["Bob"])).toBe("Bob");
    expect(callClosure(ctx, closure(1, (a) => a), [])).toBe(null);
  });

  test("method pointers take any arguments", () => {
    const pointer = new GClosure(-1, false, (_c, args) => args.length);
    expect(callClosure(ctx, pointer, [1, 2, 3])).toBe(3);
    expect(getProperty(ctx, pointer, "maximumNumberOfParameters")).toBe(0);
  });

  test("each closure call counts a step and a call level", () => {
    const local = context();
    let depthInside = -1;
    const probe = new GClosure(0, true, (c) => {
      depthInside = c.depth;
      return null;
    });
    callClosure(local, probe, []);
    expect(local.steps).toBe(1);
    expect(depthInside).toBe(1);
    expect(local.depth).toBe(0);
  });
});
