import { describe, expect, it as test } from "vitest";
import { isSet, newLinkedSet, setAdd } from "../../src/gdk/collections.ts";
import { javaHashCode } from "../../src/gdk/collections/hash.ts";
import { callMethod } from "../../src/dispatch.ts";
import { LimitError, RuleException } from "../../src/errors.ts";
import { GBigInteger, GDouble, type Value } from "../../src/values.ts";
import { call, ctx, decimal, it, long, map, show } from "./support.ts";

describe("toSet", () => {
  // HashSet iteration order and hash codes as printed by Groovy on JDK 17.
  const cases: [string, Value[], string][] = [
    ["integers, strings and longs", [3, 1, 2, "b", "a", long(10), long(1)], "[1, a, 1, 2, b, 3, 10]"],
    ["words", ["banana", "apple", "cherry", "zz", "a"], "[banana, zz, apple, cherry, a]"],
    ["mixed numbers with a BigDecimal", [1, long(1), decimal("1.0"), 2], "[1, 1, 2, 1.0]"],
    ["mixed numbers with a Double", [1, long(1), new GDouble(1.0), 2], "[1.0, 1, 1, 2]"],
  ];
  for (const [name, items, expected] of cases) {
    test(name, () => {
      const set = call(items, "toSet");
      expect(isSet(set)).toBe(true);
      expect(show(set)).toBe(expected);
    });
  }

  test("keeps one of each Java-equal element", () => {
    expect(show(call([1, 1, "a", "a", decimal("1.0"), decimal("1.00")], "toSet"))).toBe("[1, a, 1.00, 1.0]");
  });
});

describe("linked sets", () => {
  test("as Set keeps insertion order and Java equality", () => {
    const set = newLinkedSet(ctx, [3, 1, 2, "b", "a", long(10), long(1)]);
    expect(show(set)).toBe("[3, 1, 2, b, a, 10, 1]");
  });

  test("add and leftShift skip duplicates", () => {
    const set = newLinkedSet(ctx, [1, 2, 3]);
    expect(call(set, "add", 2)).toBe(false);
    call(set, "leftShift", 2);
    expect(call(set, "add", 4)).toBe(true);
    expect(show(set)).toBe("[1, 2, 3, 4]");
  });

  test("plus keeps the set kind; collect returns a list", () => {
    const set = newLinkedSet(ctx, [1, 2, 3, 4]);
    const bigger = call(set, "plus", [5, 1]);
    expect(isSet(bigger)).toBe(true);
    expect(show(bigger)).toBe("[1, 2, 3, 4, 5]");
    expect(isSet(call(set, "collect", it((x) => x)))).toBe(false);
  });

  test("findAll returns a set", () => {
    const set = newLinkedSet(ctx, [1, 2, 3, 4]);
    const found = call(set, "findAll", it((x) => (x as number) > 1));
    expect(isSet(found)).toBe(true);
    expect(show(found)).toBe("[2, 3, 4]");
  });

  test("sort returns a new list and leaves the set", () => {
    const set = newLinkedSet(ctx, [3, 1, 2]);
    const sorted = call(set, "sort");
    expect(isSet(sorted)).toBe(false);
    expect(show(sorted)).toBe("[1, 2, 3]");
    expect(show(set)).toBe("[3, 1, 2]");
  });

  test("remove by value and getAt by position", () => {
    const set = newLinkedSet(ctx, [5, 6, 7]);
    expect(call(set, "remove", 6)).toBe(true);
    expect(show(set)).toBe("[5, 7]");
    expect(call(set, "getAt", 0)).toBe(5);
  });

  test("sets are not equal to lists", () => {
    expect(callMethod(ctx, newLinkedSet(ctx, [1, 2]), "equals", [[1, 2]])).toBe(false);
    expect(callMethod(ctx, newLinkedSet(ctx, [1, 2]), "equals", [newLinkedSet(ctx, [2, 1])])).toBe(true);
  });

  test("membership index survives direct array writes", () => {
    const set = newLinkedSet(ctx, [1]);
    set.push(2);
    expect(setAdd(ctx, set, 2)).toBe(false);
  });
});

describe("deep nesting", () => {
  test("hashing a hostile nesting raises a rule exception", () => {
    let deep: Value = [];
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(() => javaHashCode(deep)).toThrow(RuleException);
    expect(call([deep], "contains", deep)).toBe(true);
    let other: Value = [];
    for (let i = 0; i < 50_000; i++) other = [other];
    expect(() => call([deep], "contains", other)).toThrow(/nested more than 1000 levels/);
  });
});

describe("shared sublists", () => {
  test("hashing a value with billions of nodes stops", () => {
    const row = Array.from({ length: 1000 }, () => 1);
    const table = Array.from({ length: 1000 }, () => row);
    const cube = Array.from({ length: 1000 }, () => table);
    expect(() => javaHashCode(cube)).toThrow(LimitError);
    expect(javaHashCode(row)).toBe(javaHashCode([...row]));
  });
});

describe("javaHashCode", () => {
  const cases: [string, Value, number][] = [
    ["a string", "hello", 99162322],
    ["an Integer", -7, -7],
    ["a Long", long(2 ** 40), 256],
    ["a Double", new GDouble(1.5), 1073217536],
    ["a list", [1, "a"], 1089],
    ["true", true, 1231],
    ["null", null, 0],
    ["a BigDecimal 1.0", decimal("1.0"), 311],
    ["a BigDecimal 1.00", decimal("1.00"), 3102],
    ["a BigInteger", new GBigInteger(123456789012345678901234567890n), 1915528825],
    ["a negative BigInteger", new GBigInteger(-5n), -5],
    ["a map", map({ a: 1, b: [2] }), 163],
  ];
  for (const [name, value, expected] of cases) {
    test(name, () => {
      expect(javaHashCode(value)).toBe(expected);
    });
  }
});
