/**
 * Groovy truth, `==`, `<=>` and the operators on strings, lists and maps.
 * Expected values come from Groovy 2.4 runs on JDK 17; rows marked Groovy 4
 * follow the Groovy 4.0 sources where the versions differ.
 */

import { describe, expect, test } from "vitest";
import {
  GClass,
  GDate,
  GRange,
  binary,
  compare,
  equals,
  mapGet,
  mapPut,
  newMap,
  setDateRenderer,
  toGroovyStringIn,
  toGroovyString,
  truthy,
  type BinaryOperator,
  type Value,
} from "../../src/index.ts";
import { bigInt, context, decimal, double, expectRuleError, float, long, map, outcome } from "./helpers.ts";

const ctx = context();
const op = (a: Value, o: BinaryOperator, b: Value) => () => binary(ctx, o, a, b);

describe("Groovy truth", () => {
  const cases: [string, Value, boolean][] = [
    ["null", null, false],
    ["false", false, false],
    ["0", 0, false],
    ["0L", long(0), false],
    ["0.0 BigDecimal", decimal("0.00"), false],
    ["0.0d", double(0), false],
    ["NaN", double(NaN), true],
    ["1", 1, true],
    ["''", "", false],
    ["'false'", "false", true],
    ["[]", [], false],
    ["[null]", [null], true],
    ["[:]", map({}), false],
    ["[a:null]", map({ a: null }), true],
    ["1..<1 (empty range)", new GRange(1, 1, true), false],
    ["1..1", new GRange(1, 1, false), true],
    ["date", new GDate(0), true],
    ["class", new GClass("String", "java.lang.String"), true],
  ];
  test.each(cases)("%s", (_label, value, expected) => {
    expect(truthy(value)).toBe(expected);
  });

  test("matcher truth is a search from the start", () => {
    expect(truthy(binary(ctx, "=~", "abc", "b"))).toBe(true);
    expect(truthy(binary(ctx, "=~", "abc", "x"))).toBe(false);
  });
});

describe("equality", () => {
  const cases: [string, Value, Value, boolean][] = [
    ["1 == 1L", 1, long(1), true],
    ["1 == 1.0G", 1, decimal("1.0"), true],
    ["1.0 == 1.00", decimal("1.0"), decimal("1.00"), true],
    ["0.1d == 0.1G", double(0.1), decimal("0.1"), true],
    ["0.1f == 0.1d", float(0.1), double(0.1), false],
    ["1 == '1'", 1, "1", false],
    ["'a' == 97 (char comparison)", "a", 97, true],
    ["97 == 'a'", 97, "a", true],
    ["'ab' == 'ab'", "ab", "ab", true],
    ["'a' == 'A'", "a", "A", false],
    ["null == null", null, null, true],
    ["null == 0", null, 0, false],
    ["[1,2] == [1L,2.0]", [1, 2], [long(1), decimal("2.0")], true],
    ["[1,[2]] == [1,[2L]]", [1, [2]], [1, [long(2)]], true],
    ["[1] == [1, 2]", [1], [1, 2], false],
    ["[a:1] == [a:1L]", map({ a: 1 }), map({ a: long(1) }), true],
    ["[a:1] == [b:1]", map({ a: 1 }), map({ b: 1 }), false],
    ["[a:[b:1]] == [a:[b:1.0]]", map({ a: map({ b: 1 }) }), map({ a: map({ b: decimal("1.0") }) }), true],
    ["(1..3) == [1,2,3]", new GRange(1, 3, false), [1, 2, 3], true],
    ["[1,2,3] == (1..3)", [1, 2, 3], new GRange(1, 3, false), true],
    ["(1..3) == (1..3)", new GRange(1, 3, false), new GRange(1, 3, false), true],
    ["[] == [:]", [], map({}), false],
    ["true == 1", true, 1, false],
    ["date == same time", new GDate(5), new GDate(5), true],
    ["String == String class", new GClass("String", "java.lang.String"), new GClass("String", "java.lang.String"), true],
    ["0.0d == -0.0d (Double.compare)", double(0), double(-0), false],
    ["NaN == NaN (Double.compare)", double(NaN), double(NaN), true],
  ];
  test.each(cases)("%s", (_label, a, b, expected) => {
    expect(equals(a, b)).toBe(expected);
    expect(binary(ctx, "!=", a, b)).toBe(!expected);
  });

  test("map keys use Java equals: [1:'a'][1L] is null", () => {
    const table = newMap([[1, "a"]]);
    expect(mapGet(table, long(1))).toBe(null);
    expect(mapGet(table, 1)).toBe("a");
  });
});

describe("comparison", () => {
  const cases: [string, () => Value, string][] = [
    ["'a' <=> 'c'", op("a", "<=>", "c"), "Integer: -1"],
    ["'abc' <=> 'ab'", op("abc", "<=>", "ab"), "Integer: 1"],
    ["1 <=> 2", op(1, "<=>", 2), "Integer: -1"],
    ["null <=> 1", op(null, "<=>", 1), "Integer: -1"],
    ["1 <=> null", op(1, "<=>", null), "Integer: 1"],
    ["null <=> null", op(null, "<=>", null), "Integer: 0"],
    ["'a' <=> 1", op("a", "<=>", 1), "Integer: 1"],
    ["1 <=> 'a'", op(1, "<=>", "a"), "Integer: -1"],
    ["true <=> false", op(true, "<=>", false), "Integer: 1"],
    ["1.5d <=> 2", op(double(1.5), "<=>", 2), "Integer: -1"],
    ["2G <=> 2.0", op(bigInt(2), "<=>", decimal("2.0")), "Integer: 0"],
    ["'a' < 1", op("a", "<", 1), "Boolean: false"],
    ["null < 1", op(null, "<", 1), "Boolean: true"],
    ["1 < null", op(1, "<", null), "Boolean: false"],
    ["'b' > 'a'", op("b", ">", "a"), "Boolean: true"],
    ["'B' < 'a' (UTF-16 order)", op("B", "<", "a"), "Boolean: true"],
    ["date <=> later date", op(new GDate(1), "<=>", new GDate(2)), "Integer: -1"],
    ["2 >= 2L", op(2, ">=", long(2)), "Boolean: true"],
    // Groovy 4 raises IllegalArgumentException (2.4 raised GroovyRuntimeException).
    ["[1] <=> [2] (Groovy 4)", op([1], "<=>", [2]), "THROW IllegalArgumentException: Cannot compare java.util.ArrayList with value '[1]' and java.util.ArrayList with value '[2]': only numbers, strings, booleans, dates and other comparable values can be ordered"],
    ["'ab' <=> 1", op("ab", "<=>", 1), "THROW IllegalArgumentException: Cannot compare java.lang.String with value 'ab' and java.lang.Integer with value '1': only numbers, strings, booleans, dates and other comparable values can be ordered"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("Long and Double compare as doubles, BigDecimals exactly", () => {
    expect(compare(ctx, long(9007199254740993n), double(9007199254740992))).toBe(0);
    expect(compare(ctx, long(9007199254740993n), long(9007199254740992n))).toBe(1);
    expect(compare(ctx, decimal("0.30000000000000004"), decimal("0.3"))).toBe(1);
  });
});

describe("string, list and map operators", () => {
  const cases: [string, () => Value, string][] = [
    ["null + 'a'", op(null, "+", "a"), "String: nulla"],
    ["null + 1", op(null, "+", 1), "THROW NullPointerException: Cannot execute null+1"],
    ["'a' + null", op("a", "+", null), "String: anull"],
    ["1 + 'a'", op(1, "+", "a"), "String: 1a"],
    ["1.5 + 'a'", op(decimal("1.5"), "+", "a"), "String: 1.5a"],
    ["'a' + [1]", op("a", "+", [1]), "String: a[1]"],
    ["'a' + [k:[1, 'x']]", op("a", "+", map({ k: [1, "x"] })), "String: a[k:[1, x]]"],
    ["[1] + 'a'", op([1], "+", "a"), "ArrayList: [1, a]"],
    ["'abcb' - 'b'", op("abcb", "-", "b"), "String: acb"],
    ["'ab' * 3", op("ab", "*", 3), "String: ababab"],
    ["'ab' * 0", op("ab", "*", 0), "String: "],
    ["'ab' * -1", op("ab", "*", -1), "THROW IllegalArgumentException: multiply() should be called with a number of 0 or greater not: -1"],
    ["[1,2,1] - 1", op([1, 2, 1], "-", 1), "ArrayList: [2]"],
    ["[1,2,1] - [1]", op([1, 2, 1], "-", [1]), "ArrayList: [2]"],
    ["[1,2,1L] - 1 (Groovy equality)", op([1, 2, long(1)], "-", 1), "ArrayList: [2]"],
    ["[1,2] * 2", op([1, 2], "*", 2), "ArrayList: [1, 2, 1, 2]"],
    ["[1,2] + [3]", op([1, 2], "+", [3]), "ArrayList: [1, 2, 3]"],
    ["[1,2] + [[3]]", op([1, 2], "+", [[3]]), "ArrayList: [1, 2, [3]]"],
    ["(1..2) + [3]", op(new GRange(1, 2, false), "+", [3]), "ArrayList: [1, 2, 3]"],
    ["[a:1] + [b:2]", op(map({ a: 1 }), "+", map({ b: 2 })), "LinkedHashMap: [a:1, b:2]"],
    ["[a:1,b:2] - [b:2]", op(map({ a: 1, b: 2 }), "-", map({ b: 2 })), "LinkedHashMap: [a:1]"],
    ["[1,2] << 3", op([1, 2], "<<", 3), "ArrayList: [1, 2, 3]"],
    ["[a:1] << [b:2]", op(map({ a: 1 }), "<<", map({ b: 2 })), "LinkedHashMap: [a:1, b:2]"],
    ["'a' << 'b'", op("a", "<<", "b"), "StringBuffer: ab"],
    ["('a' << 'b') == 'ab' is false", () => equals(binary(ctx, "<<", "a", "b"), "ab"), "Boolean: false"],
    ["1..3", op(1, "..", 3), "IntRange: 1..3"],
    ["1..<3", op(1, "..<", 3), "IntRange: 1..<3"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("list << mutates and returns the same list", () => {
    const list: Value[] = [1];
    expect(binary(ctx, "<<", list, 2)).toBe(list);
    expect(list).toEqual([1, 2]);
  });

  test("an operator without a built-in meaning reports the Groovy method", () => {
    expectRuleError(() => binary(ctx, "-", true, 1), "MissingMethodException", /java\.lang\.Boolean\.minus\(\)/);
  });
});

describe("membership and identity", () => {
  const cases: [string, () => Value, boolean][] = [
    ["1L in [1,2] (Java equals)", op(long(1), "in", [1, 2]), false],
    ["1 in [1L,2]", op(1, "in", [long(1), 2]), false],
    ["'1' in ['1']", op("1", "in", ["1"]), true],
    ["null in [null]", op(null, "in", [null]), true],
    ["'a' in [a:1] (truth of the value)", op("a", "in", map({ a: 1 })), true],
    ["'a' in [a:0]", op("a", "in", map({ a: 0 })), false],
    ["2 in 1..3", op(2, "in", new GRange(1, 3, false)), true],
    ["2.5 in 1..3", op(decimal("2.5"), "in", new GRange(1, 3, false)), false],
    ["'b' in 'a'..'c'", op("b", "in", new GRange("a", "c", false)), true],
    ["3 !in [1,2]", op(3, "!in", [1, 2]), true],
    ["'abc' ==~ /a.c/", op("abc", "==~", "a.c"), true],
    ["'abc' ==~ /b/", op("abc", "==~", "b"), false],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(run()).toBe(expected);
  });

  test("=== compares identity", () => {
    const list: Value[] = [1];
    expect(binary(ctx, "===", list, list)).toBe(true);
    expect(binary(ctx, "===", list, [1])).toBe(false);
    expect(binary(ctx, "!==", list, [1])).toBe(true);
    expect(binary(ctx, "===", "a", "a")).toBe(true);
  });
});

describe("toGroovyString", () => {
  const cases: [string, Value, string][] = [
    ["list", [1, "a", null, map({ b: 2 })], "[1, a, null, [b:2]]"],
    ["map", map({ a: 1, b: map({ c: 2 }), "x y": null }), "[a:1, b:[c:2], x y:null]"],
    ["empty map", map({}), "[:]"],
    ["null", null, "null"],
    ["class", new GClass("String", "java.lang.String"), "class java.lang.String"],
    ["interface", new GClass("List", "java.util.List"), "interface java.util.List"],
    ["range in list", [new GRange(1, 3, false), "a"], "[1..3, a]"],
    ["date (UTC)", new GDate(0), "Thu Jan 01 00:00:00 UTC 1970"],
    ["timestamp", new GDate(0, true), "1970-01-01 00:00:00.0"],
  ];
  test.each(cases)("%s", (_label, value, expected) => {
    expect(toGroovyString(value)).toBe(expected);
  });

  test("dates render through the installed renderer when a context is given", () => {
    setDateRenderer((_ctx, date) => `day ${date.time}`);
    expect(toGroovyStringIn(ctx, [new GDate(7)])).toBe("[day 7]");
    expect(binary(ctx, "+", "at ", new GDate(7))).toBe("at day 7");
    expect(toGroovyString(new GDate(0))).toBe("Thu Jan 01 00:00:00 UTC 1970");
  });

  test("self references print as (this Collection) and (this Map)", () => {
    const list: Value[] = [1];
    list.push(list);
    expect(toGroovyString(list)).toBe("[1, (this Collection)]");
    const m = map({ a: 1 });
    mapPut(m, "b", m);
    expect(toGroovyString(m)).toBe("[a:1, b:(this Map)]");
  });
});
