/**
 * String methods (Java's and Groovy's). Expected values come from Groovy 2.4
 * runs on JDK 17 (`groovy` with the snippet in each row's label).
 */

import { describe, expect, test } from "vitest";
import { GRange, callMethod, callStatic, getAt, getProperty, resolveClass, type Value } from "../../src/index.ts";
import { inspectValue } from "../../src/gdk/objects.ts";
import { closure, context, decimal, double, expectRuleError, outcome } from "./helpers.ts";

const ctx = context();
const call = (self: Value, name: string, ...args: Value[]) => () => callMethod(ctx, self, name, args);
const inspect = (fn: () => Value) => inspectValue(fn());

describe("Java String methods", () => {
  const cases: [string, () => Value, string][] = [
    ["'abc'.charAt(1)", call("abc", "charAt", 1), "String: b"],
    ["'abc'.charAt(10)", call("abc", "charAt", 10), "THROW StringIndexOutOfBoundsException: String index out of range: 10"],
    ["'abc'.substring(1)", call("abc", "substring", 1), "String: bc"],
    ["'abc'.substring(5)", call("abc", "substring", 5), "THROW StringIndexOutOfBoundsException: begin 5, end 3, length 3"],
    ["'abc'.substring(1, 10)", call("abc", "substring", 1, 10), "THROW StringIndexOutOfBoundsException: begin 1, end 10, length 3"],
    ["'abc'.substring(2, 1)", call("abc", "substring", 2, 1), "THROW StringIndexOutOfBoundsException: begin 2, end 1, length 3"],
    ["'abcb'.indexOf('b')", call("abcb", "indexOf", "b"), "Integer: 1"],
    ["'abcb'.indexOf('b', 2)", call("abcb", "indexOf", "b", 2), "Integer: 3"],
    ["'abcb'.lastIndexOf('b')", call("abcb", "lastIndexOf", "b"), "Integer: 3"],
    ["'abcb'.lastIndexOf('b', 2)", call("abcb", "lastIndexOf", "b", 2), "Integer: 1"],
    ["'abc'.indexOf('z')", call("abc", "indexOf", "z"), "Integer: -1"],
    ["'abc'.contains('bc')", call("abc", "contains", "bc"), "Boolean: true"],
    ["'abc'.startsWith('bc', 1)", call("abc", "startsWith", "bc", 1), "Boolean: true"],
    ["'abc'.endsWith('bc')", call("abc", "endsWith", "bc"), "Boolean: true"],
    ["'ABC'.equalsIgnoreCase('abc')", call("ABC", "equalsIgnoreCase", "abc"), "Boolean: true"],
    ["'a'.compareTo('c')", call("a", "compareTo", "c"), "Integer: -2"],
    ["'A'.compareToIgnoreCase('c')", call("A", "compareToIgnoreCase", "c"), "Integer: -2"],
    ["'straße'.toUpperCase()", call("straße", "toUpperCase"), "String: STRASSE"],
    ["' \\u00a0a\\u2003 '.strip().size()", () => (callMethod(ctx, " \u00a0a\u2003 ", "strip", []) as string).length, "Integer: 2"],
    ["' \\u00a0a\\u2003 '.trim().size()", () => (callMethod(ctx, " \u00a0a\u2003 ", "trim", []) as string).length, "Integer: 3"],
    ["'ab'.repeat(3)", call("ab", "repeat", 3), "String: ababab"],
    ["'a'.concat('b')", call("a", "concat", "b"), "String: ab"],
    ["'a.b.c'.replace('.', '$')", call("a.b.c", "replace", ".", "$"), "String: a$b$c"],
    ["'abc'.replace('', '-')", call("abc", "replace", "", "-"), "String: -a-b-c-"],
    ["'abc'.hashCode()", call("abc", "hashCode"), "Integer: 96354"],
    ["'abc'.matches('a.c')", call("abc", "matches", "a.c"), "Boolean: true"],
    ["'abc'.matches('b')", call("abc", "matches", "b"), "Boolean: false"],
    ["'abc'.length()", call("abc", "length"), "Integer: 3"],
    ["'abc'.contains(null)", call("abc", "contains", null), "THROW NullPointerException: Cannot invoke \"java.lang.CharSequence.toString()\" because the argument of contains() is null"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("isBlank and isEmpty follow Java", () => {
    expect(["", "  ", "\u2003", "\u00a0", "a"].map((s) => callMethod(ctx, s, "isBlank", []))).toEqual([true, true, true, false, false]);
    expect(["", " "].map((s) => callMethod(ctx, s, "isEmpty", []))).toEqual([true, false]);
  });

  test("getBytes returns signed UTF-8 bytes", () => {
    expect(callMethod(ctx, "aé", "getBytes", [])).toEqual([97, -61, -87]);
  });

  test("toCharArray returns one-character strings", () => {
    expect(callMethod(ctx, "ab", "toCharArray", [])).toEqual(["a", "b"]);
  });

  test("split returns a String[] with a length property", () => {
    const parts = callMethod(ctx, "a,b,c", "split", [","]);
    expect(getProperty(ctx, parts, "length")).toBe(3);
    expect(getProperty(ctx, getProperty(ctx, parts, "class"), "simpleName")).toBe("String[]");
    expect(getProperty(ctx, getProperty(ctx, parts, "class"), "name")).toBe("[Ljava.lang.String;");
    expect(callMethod(ctx, parts, "size", [])).toBe(3);
    expect(getProperty(ctx, callMethod(ctx, "ab", "toCharArray", []), "length")).toBe(2);
    expect(() => getProperty(ctx, ["a"], "length")).toThrow(/No such property: length for class: java\.lang\.String/);
  });
});

describe("split and tokenize", () => {
  const cases: [string, () => Value, string][] = [
    ["'a,b,,c,,'.split(',')", call("a,b,,c,,", "split", ","), "['a', 'b', '', 'c']"],
    ["'a,b,,c,,'.split(',', -1)", call("a,b,,c,,", "split", ",", -1), "['a', 'b', '', 'c', '', '']"],
    ["'a,b,,c,,'.split(',', 2)", call("a,b,,c,,", "split", ",", 2), "['a', 'b,,c,,']"],
    ["''.split(',')", call("", "split", ","), "['']"],
    ["'abc'.split('')", call("abc", "split", ""), "['a', 'b', 'c']"],
    ["'a|b'.split('|')", call("a|b", "split", "|"), "['a', '|', 'b']"],
    ["'a1b22c'.split(/\\d+/)", call("a1b22c", "split", "\\d+"), "['a', 'b', 'c']"],
    ["' a  b\\tc '.split()", call(" a  b\tc ", "split"), "['a', 'b', 'c']"],
    ["' a  b\\tc '.tokenize()", call(" a  b\tc ", "tokenize"), "['a', 'b', 'c']"],
    ["'a,b;;c'.tokenize(',;')", call("a,b;;c", "tokenize", ",;"), "['a', 'b', 'c']"],
    ["'a\\nb\\r\\nc\\n\\nd\\n'.readLines()", call("a\nb\r\nc\n\nd\n", "readLines"), "['a', 'b', 'c', '', 'd']"],
    ["''.readLines()", call("", "readLines"), "[]"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(inspect(run)).toBe(expected);
  });
});

describe("Groovy String methods", () => {
  const cases: [string, () => Value, string][] = [
    ["'ab'.padLeft(5)", call("ab", "padLeft", 5), "String:    ab"],
    ["'ab'.padLeft(5, '-=')", call("ab", "padLeft", 5, "-="), "String: -=-ab"],
    ["'abcdef'.padLeft(3)", call("abcdef", "padLeft", 3), "String: abcdef"],
    ["'ab'.padRight(5, '*')", call("ab", "padRight", 5, "*"), "String: ab***"],
    ["'ab'.center(7, '-=')", call("ab", "center", 7, "-="), "String: -=ab-=-"],
    ["'ab'.center(6)", call("ab", "center", 6), "String:   ab  "],
    ["'hello world'.capitalize()", call("hello world", "capitalize"), "String: Hello world"],
    ["''.capitalize()", call("", "capitalize"), "String: "],
    ["'Abc'.uncapitalize()", call("Abc", "uncapitalize"), "String: abc"],
    ["'abc'.reverse()", call("abc", "reverse"), "String: cba"],
    ["'abcdef'.take(2)", call("abcdef", "take", 2), "String: ab"],
    ["'abcdef'.drop(4)", call("abcdef", "drop", 4), "String: ef"],
    ["'ab'.take(5)", call("ab", "take", 5), "String: ab"],
    ["'ab'.drop(-1)", call("ab", "drop", -1), "String: ab"],
    ["' 42 '.toInteger()", call(" 42 ", "toInteger"), "Integer: 42"],
    ["'4.2'.toInteger()", call("4.2", "toInteger"), "THROW NumberFormatException: For input string: \"4.2\""],
    ["'x'.toLong()", call("x", "toLong"), "THROW NumberFormatException: For input string: \"x\""],
    ["'x'.toDouble()", call("x", "toDouble"), "THROW NumberFormatException: For input string: \"x\""],
    ["' 1.50 '.toBigDecimal()", call(" 1.50 ", "toBigDecimal"), "BigDecimal: 1.50"],
    ["'abc'.toBigDecimal()", call("abc", "toBigDecimal"), "THROW NumberFormatException: Character a is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."],
    ["''.toBigDecimal()", call("", "toBigDecimal"), "THROW NumberFormatException: null"],
    ["'1e3'.toDouble()", call("1e3", "toDouble"), "Double: 1000.0"],
    ["'abcb'.count('b')", call("abcb", "count", "b"), "Integer: 2"],
    ["'aaa'.count('aa') (overlapping)", call("aaa", "count", "aa"), "Integer: 2"],
    ["'abc'.count('')", call("abc", "count", ""), "Integer: 4"],
    ["'ab'.multiply(2)", call("ab", "multiply", 2), "String: abab"],
    ["'abcabc'.minus('b')", call("abcabc", "minus", "b"), "String: acabc"],
    ["'a'.plus(1)", call("a", "plus", 1), "String: a1"],
    ["'abz'.next()", call("abz", "next"), "String: ab{"],
    ["'a\\r\\nb\\rc'.normalize()", call("a\r\nb\rc", "normalize"), "String: a\nb\nc"],
    ["' \\t'.isAllWhitespace()", call(" \t", "isAllWhitespace"), "Boolean: true"],
    ["'abc1d'.takeWhile { it ==~ /[a-z]/ }", call("abc1d", "takeWhile", closure(-1, (c) => /[a-z]/.test(c as string))), "String: abc"],
    ["'hello'.tr('el', 'ip')", call("hello", "tr", "el", "ip"), "String: hippo"],
    ["'hello'.tr('a-y', 'b-z')", call("hello", "tr", "a-y", "b-z"), "String: ifmmp"],
    ["'hello'.tr('lo', 'x')", call("hello", "tr", "lo", "x"), "String: hexxx"],
    ["'%s-%s'.format('a', 'b') calls the static format", call("%s-%s", "format", "a", "b"), "String: a"],
    ["'abc'.find { it > 'a' }", call("abc", "find", closure(-1, (c) => (c as string) > "a")), "String: b"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("number checks", () => {
    const inputs = ["1", " 1.5 ", "1e3", "abc", "", "0x10", "1.5f", "NaN", "+1", ".5", "5."];
    expect(inputs.map((s) => callMethod(ctx, s, "isNumber", []))).toEqual([true, true, true, false, false, false, false, false, true, true, true]);
    const integers = ["1", " 12 ", "1.0", "99999999999", "+7", "-0", ""];
    expect(integers.map((s) => callMethod(ctx, s, "isInteger", []))).toEqual([true, true, false, false, true, true, false]);
    const doubles = ["1", "1.5f", "NaN", "Infinity", "abc", "1e5", " 2 ", "0x1p3"];
    expect(doubles.map((s) => callMethod(ctx, s, "isDouble", []))).toEqual([true, true, true, true, false, true, true, true]);
    expect(["99999999999", "1.0"].map((s) => callMethod(ctx, s, "isLong", []))).toEqual([true, false]);
  });

  test("toBoolean", () => {
    const inputs = ["true", "Y", "1", "yes", "false", " TRUE "];
    expect(inputs.map((s) => callMethod(ctx, s, "toBoolean", []))).toEqual([true, true, true, false, false, true]);
  });

  test("stripMargin keeps unmarked lines and the final newline", () => {
    const text = "    |line1\n    |  line2\n    no margin\n";
    expect(callMethod(ctx, text, "stripMargin", [])).toBe("line1\n  line2\n    no margin\n");
    expect(callMethod(ctx, "  #a\n  #b", "stripMargin", ["#"])).toBe("a\nb");
  });

  test("stripIndent removes the common indent", () => {
    const text = "\n      a\n        b\n\n      c";
    expect(callMethod(ctx, text, "stripIndent", [])).toBe("\na\n  b\n\nc");
  });

  test("toList, toSet and character iteration", () => {
    expect(callMethod(ctx, "abc", "toList", [])).toEqual(["a", "b", "c"]);
    expect(inspectValue(callMethod(ctx, "abca", "toSet", []))).toBe("['a', 'b', 'c']");
    expect(callMethod(ctx, "abc", "collect", [closure(-1, (c) => (c as string).toUpperCase())])).toEqual(["A", "B", "C"]);
    const seen: Value[] = [];
    callMethod(ctx, "ab", "eachWithIndex", [closure(2, (c, i) => seen.push(`${c}${i}`))]);
    expect(seen).toEqual(["a0", "b1"]);
  });

  test("getAt with a list of indexes and ranges: 'abcdef'[[0, 2..3]]", () => {
    expect(getAt(ctx, "abcdef", [0, new GRange(2, 3, false)])).toBe("acd");
    expect(callMethod(ctx, "abcdef", "getAt", [new GRange(4, 1, false)])).toBe("edcb");
  });

  test("leftShift builds a StringBuffer", () => {
    const buffer = callMethod(ctx, callMethod(ctx, "a", "leftShift", ["b"]), "leftShift", [1]);
    expect(callMethod(ctx, buffer, "toString", [])).toBe("ab1");
    expect(getProperty(ctx, buffer, "class")).toMatchObject({ qualifiedName: "java.lang.StringBuffer" });
  });

  test("size mismatch raises MissingMethodException with argument types", () => {
    expectRuleError(
      () => callMethod(ctx, "abc", "padLeft", ["x"]),
      "MissingMethodException",
      "No signature of method: java.lang.String.padLeft() is applicable for argument types: (java.lang.String) values: [x]",
    );
  });
});

describe("String.format", () => {
  const String = resolveClass("String")!;
  const format = (...args: Value[]) => () => callStatic(ctx, String, "format", args);
  const cases: [string, () => Value, string][] = [
    [
      "mixed conversions",
      format("%s|%5s|%-5s|%d|%05d|%,d|%.2f|%x|%X|%o|%%|%n|%b|%c|%10.3f|%-8.1f|%+d|%e", "a", "b", "c", 42, 42, 1234567, decimal("3.14159"), 255, 255, 8, true, 65, decimal("2.5"), decimal("1.25"), 5, decimal("1234.5")),
      "String: a|    b|c    |42|00042|1,234,567|3.14|ff|FF|10|%|\n|true|A|     2.500|1.3     |+5|1.234500e+03",
    ],
    ["%.2f of 1.005d rounds the decimal form half up", format("%.2f", double(1.005)), "String: 1.01"],
    ["%.0f of 2.5d", format("%.0f", double(2.5)), "String: 3"],
    ["%.1f of 0.05d", format("%.1f", double(0.05)), "String: 0.1"],
    ["%s %d with nulls", format("%s %d", null, null), "String: null null"],
    ["%d of a BigDecimal", format("%d", decimal("1.5")), "THROW IllegalFormatConversionException: d != java.math.BigDecimal"],
    ["missing argument", format("%s %s", "a"), "THROW MissingFormatArgumentException: Format specifier '%s'"],
    ["argument index", format("%2$s %1$s %<s", "a", "b"), "String: b a a"],
    ["negative hex is two's complement", format("%x", -1), "String: ffffffff"],
    ["unknown conversion", format("%q", 1), "THROW UnknownFormatConversionException: Conversion = 'q'"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });
});

describe("String statics", () => {
  const String = resolveClass("String")!;
  test("valueOf and join", () => {
    expect(callStatic(ctx, String, "valueOf", [null])).toBe("null");
    expect(callStatic(ctx, String, "valueOf", [double(1)])).toBe("1.0");
    expect(callStatic(ctx, String, "valueOf", [[1]])).toBe("[1]");
    expect(callStatic(ctx, String, "join", ["-", ["a", "b"]])).toBe("a-b");
    expect(callStatic(ctx, String, "join", ["+", "x", "y"])).toBe("x+y");
  });
});
