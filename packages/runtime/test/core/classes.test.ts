/**
 * JDK classes and number methods: Math, Integer, Long, Double, BigDecimal,
 * RoundingMode, StringBuilder, System, Objects, Character, Boolean, UUID.
 * Expected values come from Groovy 2.4 runs on JDK 17; rows marked Groovy 4
 * follow the Groovy 4.0 sources (BigDecimal.round exists since Groovy 2.5).
 */

import { describe, expect, test } from "vitest";
import {
  callMethod,
  callStatic,
  getStaticProperty,
  newInstance,
  resolveClass,
  toGroovyString,
  type Value,
} from "../../src/index.ts";
import { closure, context, decimal, double, float, long, outcome } from "./helpers.ts";

const ctx = context();
const cls = (name: string) => resolveClass(name)!;
const stat = (name: string, method: string, ...args: Value[]) => () => callStatic(ctx, cls(name), method, args);
const call = (self: Value, name: string, ...args: Value[]) => () => callMethod(ctx, self, name, args);
const halfUp = () => getStaticProperty(ctx, cls("java.math.RoundingMode"), "HALF_UP");
const halfEven = () => getStaticProperty(ctx, cls("RoundingMode"), "HALF_EVEN");

describe("static methods", () => {
  const cases: [string, () => Value, string][] = [
    ["Math.max(1, 2L)", stat("Math", "max", 1, long(2)), "Long: 2"],
    ["Math.max(1, 2)", stat("Math", "max", 1, 2), "Integer: 2"],
    ["Math.min(1.5d, 2)", stat("Math", "min", double(1.5), 2), "Double: 1.5"],
    ["Math.round(2.5)", stat("Math", "round", decimal("2.5")), "Long: 3"],
    ["Math.round(2.5f)", stat("Math", "round", float(2.5)), "Integer: 3"],
    ["Math.round(-2.5d)", stat("Math", "round", double(-2.5)), "Long: -2"],
    ["Math.floor(2.7)", stat("Math", "floor", decimal("2.7")), "Double: 2.0"],
    ["Math.ceil(2.1)", stat("Math", "ceil", decimal("2.1")), "Double: 3.0"],
    ["Math.abs(-3)", stat("Math", "abs", -3), "Integer: 3"],
    ["Math.abs(-3.5)", stat("Math", "abs", decimal("-3.5")), "Double: 3.5"],
    ["Math.pow(2, 10)", stat("Math", "pow", 2, 10), "Double: 1024.0"],
    ["Math.sqrt(16)", stat("Math", "sqrt", 16), "Double: 4.0"],
    ["Integer.parseInt('x')", stat("Integer", "parseInt", "x"), "THROW NumberFormatException: For input string: \"x\""],
    ["Integer.parseInt('ff', 16)", stat("Integer", "parseInt", "ff", 16), "Integer: 255"],
    ["Integer.valueOf('12')", stat("Integer", "valueOf", "12"), "Integer: 12"],
    ["Integer.toString(255, 16)", stat("Integer", "toString", 255, 16), "String: ff"],
    ["Long.parseLong('123')", stat("Long", "parseLong", "123"), "Long: 123"],
    ["Double.parseDouble('1.5')", stat("Double", "parseDouble", "1.5"), "Double: 1.5"],
    ["Boolean.parseBoolean('TRUE')", stat("Boolean", "parseBoolean", "TRUE"), "Boolean: true"],
    ["Boolean.parseBoolean('yes')", stat("Boolean", "parseBoolean", "yes"), "Boolean: false"],
    ["Objects.equals(1, 1L)", stat("Objects", "equals", 1, long(1)), "Boolean: false"],
    ["Objects.isNull(null)", stat("java.util.Objects", "isNull", null), "Boolean: true"],
    ["Character.isDigit('5')", stat("Character", "isDigit", "5"), "Boolean: true"],
    ["Character.toUpperCase('a')", stat("Character", "toUpperCase", "a"), "String: A"],
    ["System.currentTimeMillis() reads the run clock", stat("System", "currentTimeMillis"), "Long: 1700000000000"],
    ["System.getenv('HOME') is hidden", stat("System", "getenv", "HOME"), "null"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("static constants", () => {
    expect(outcome(() => getStaticProperty(ctx, cls("Long"), "MAX_VALUE"))).toBe("Long: 9223372036854775807");
    expect(outcome(() => getStaticProperty(ctx, cls("Integer"), "MIN_VALUE"))).toBe("Integer: -2147483648");
    expect(outcome(() => getStaticProperty(ctx, cls("BigDecimal"), "TEN"))).toBe("BigDecimal: 10");
    expect(outcome(() => getStaticProperty(ctx, cls("Math"), "PI"))).toBe("Double: 3.141592653589793");
  });

  test("Math.random is repeatable for a fixed clock", () => {
    const first = [0, 1, 2].map(() => callStatic(ctx, cls("Math"), "random", []));
    const again = context();
    const second = [0, 1, 2].map(() => callStatic(again, cls("Math"), "random", []));
    expect(second.map(toGroovyString)).toEqual(first.map(toGroovyString));
    for (const value of first) expect((value as { value: number }).value).toBeGreaterThanOrEqual(0);
  });

  test("UUID", () => {
    const uuid = callStatic(ctx, cls("UUID"), "randomUUID", []);
    expect(callMethod(ctx, uuid, "toString", [])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toGroovyString(callStatic(ctx, cls("java.util.UUID"), "fromString", ["123E4567-E89B-12D3-A456-426614174000"]))).toBe("123e4567-e89b-12d3-a456-426614174000");
  });
});

describe("BigDecimal", () => {
  const cases: [string, () => Value, string][] = [
    ["new BigDecimal('1.5')", () => newInstance(ctx, cls("BigDecimal"), ["1.5"]), "BigDecimal: 1.5"],
    ["new BigDecimal(0.1d) is the exact binary value", () => newInstance(ctx, cls("BigDecimal"), [double(0.1)]), "BigDecimal: 0.1000000000000000055511151231257827021181583404541015625"],
    ["new BigDecimal(5)", () => newInstance(ctx, cls("BigDecimal"), [5]), "BigDecimal: 5"],
    ["BigDecimal.valueOf(0.1d)", stat("BigDecimal", "valueOf", double(0.1)), "BigDecimal: 0.1"],
    ["1.255.setScale(2, HALF_UP)", () => callMethod(ctx, decimal("1.255"), "setScale", [2, halfUp()]), "BigDecimal: 1.26"],
    ["1.245.setScale(2, HALF_EVEN)", () => callMethod(ctx, decimal("1.245"), "setScale", [2, halfEven()]), "BigDecimal: 1.24"],
    ["1.255.setScale(2, BigDecimal.ROUND_HALF_UP)", () => callMethod(ctx, decimal("1.255"), "setScale", [2, getStaticProperty(ctx, cls("BigDecimal"), "ROUND_HALF_UP")]), "BigDecimal: 1.26"],
    ["1.255.setScale(2)", call(decimal("1.255"), "setScale", 2), "THROW ArithmeticException: Rounding necessary"],
    ["1.2.setScale(3)", call(decimal("1.2"), "setScale", 3), "BigDecimal: 1.200"],
    ["1.5.round() (Groovy 4)", call(decimal("1.5"), "round"), "BigDecimal: 2"],
    ["1.25.round(1) (Groovy 4)", call(decimal("1.25"), "round", 1), "BigDecimal: 1.3"],
    ["2.5d.round()", call(double(2.5), "round"), "Long: 3"],
    ["1.005d.round(2)", call(double(1.005), "round", 2), "Double: 1.0"],
    ["10.0.divide(3)", call(decimal("10.0"), "divide", 3), "THROW ArithmeticException: Non-terminating decimal expansion; no exact representable decimal result."],
    ["10.0.divide(4.0)", call(decimal("10.0"), "divide", decimal("4.0")), "BigDecimal: 2.5"],
    ["1.0.divide(3.0, 4, HALF_UP)", () => callMethod(ctx, decimal("1.0"), "divide", [decimal("3.0"), 4, halfUp()]), "BigDecimal: 0.3333"],
    ["1.500.stripTrailingZeros()", call(decimal("1.500"), "stripTrailingZeros"), "BigDecimal: 1.5"],
    ["1E+3.toPlainString()", call(decimal("1E+3"), "toPlainString"), "String: 1000"],
    ["1.50.scale()", call(decimal("1.50"), "scale"), "Integer: 2"],
    ["1.50.precision()", call(decimal("1.50"), "precision"), "Integer: 3"],
    ["123.4.unscaledValue()", call(decimal("123.4"), "unscaledValue"), "BigInteger: 1234"],
    ["1.0.divide(3, MathContext(5))", () => callMethod(ctx, decimal("1.0"), "divide", [3, newInstance(ctx, cls("MathContext"), [5])]), "BigDecimal: 0.33333"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });

  test("RoundingMode constants are singletons", () => {
    expect(halfUp()).toBe(halfUp());
    expect(toGroovyString(halfUp())).toBe("HALF_UP");
    expect(callStatic(ctx, cls("RoundingMode"), "valueOf", ["HALF_UP"])).toBe(halfUp());
  });
});

describe("number methods", () => {
  const collect = (self: Value, name: string, ...args: Value[]) => () => {
    const seen: Value[] = [];
    callMethod(ctx, self, name, [...args, closure(-1, (x) => seen.push(x))]);
    return seen;
  };
  const cases: [string, () => Value, string][] = [
    ["3.times", collect(3, "times"), "ArrayList: [0, 1, 2]"],
    ["1.upto(3)", collect(1, "upto", 3), "ArrayList: [1, 2, 3]"],
    ["3.downto(1)", collect(3, "downto", 1), "ArrayList: [3, 2, 1]"],
    ["1.5.upto(3)", collect(decimal("1.5"), "upto", 3), "ArrayList: [1.5, 2.5]"],
    ["0.step(10, 3)", collect(0, "step", 10, 3), "ArrayList: [0, 3, 6, 9]"],
    ["0.step(1, 0.25)", collect(0, "step", 1, decimal("0.25")), "ArrayList: [0, 0.25, 0.50, 0.75]"],
    ["5.upto(1)", collect(5, "upto", 1), "THROW GroovyRuntimeException: The argument (1) to upto() cannot be less than the value (5) it's called on."],
    ["1.step(5, 0)", collect(1, "step", 5, 0), "THROW GroovyRuntimeException: Infinite loop in 1.step(5, 0)"],
    ["10.intdiv(3)", call(10, "intdiv", 3), "Integer: 3"],
    ["(-7).abs()", call(-7, "abs"), "Integer: 7"],
    ["3.7.intValue()", call(decimal("3.7"), "intValue"), "Integer: 3"],
    ["5.toString()", call(5, "toString"), "String: 5"],
    ["1.equals(1L)", call(1, "equals", long(1)), "Boolean: false"],
    ["1.compareTo(2)", call(1, "compareTo", 2), "Integer: -1"],
    ["1.is(1)", call(1, "is", 1), "Boolean: true"],
    ["2.power(3)", call(2, "power", 3), "Integer: 8"],
    ["7.mod(3)", call(7, "mod", 3), "Integer: 1"],
    ["1.5d.isNaN()", call(double(1.5), "isNaN"), "Boolean: false"],
    ["5.plus(1L)", call(5, "plus", long(1)), "Long: 6"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });
});

describe("StringBuilder", () => {
  test("append, insert, reverse and toString", () => {
    const sb = newInstance(ctx, cls("StringBuilder"), []);
    callMethod(ctx, callMethod(ctx, callMethod(ctx, sb, "append", ["a"]), "append", [1]), "append", [null]);
    callMethod(ctx, sb, "insert", [0, "x"]);
    callMethod(ctx, sb, "reverse", []);
    expect(callMethod(ctx, sb, "toString", [])).toBe("llun1ax");
  });

  test("setLength, length, << and plus", () => {
    const sb = newInstance(ctx, cls("java.lang.StringBuilder"), ["abcdef"]);
    callMethod(ctx, sb, "setLength", [3]);
    expect(callMethod(ctx, sb, "length", [])).toBe(3);
    callMethod(ctx, sb, "leftShift", [2]);
    expect(toGroovyString(sb)).toBe("abc2");
    expect(callMethod(ctx, sb, "plus", ["!"])).toBe("abc2!");
    expect(callMethod(ctx, sb, "deleteCharAt", [0])).toBe(sb);
    expect(toGroovyString(sb)).toBe("bc2");
  });
});
