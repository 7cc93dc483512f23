/**
 * The numeric tower: result types and values of arithmetic, as printed by
 * Groovy (`value.getClass().simpleName + ": " + value`). Expected values come
 * from Groovy 2.4 runs on JDK 17 unless marked as Groovy 4 (checked against
 * the Groovy 4.0 sources where the versions differ).
 */

import { describe, expect, test } from "vitest";
import { binary, increment, unary, type BinaryOperator, type Value } from "../../src/index.ts";
import { bigInt, context, decimal, double, float, long, outcome } from "./helpers.ts";

const ctx = context();
const op = (a: Value, o: BinaryOperator, b: Value) => () => binary(ctx, o, a, b);

describe("arithmetic", () => {
  const cases: [string, () => Value, string][] = [
    ["1/3", op(1, "/", 3), "BigDecimal: 0.3333333333"],
    ["2/3", op(2, "/", 3), "BigDecimal: 0.6666666667"],
    ["10/3", op(10, "/", 3), "BigDecimal: 3.3333333333"],
    ["100/3", op(100, "/", 3), "BigDecimal: 33.3333333333"],
    ["1/7000", op(1, "/", 7000), "BigDecimal: 0.0001428571"],
    ["1000000/7", op(1000000, "/", 7), "BigDecimal: 142857.1428571429"],
    ["1.5/7", op(decimal("1.5"), "/", 7), "BigDecimal: 0.2142857143"],
    ["1.123456789012/7", op(decimal("1.123456789012"), "/", 7), "BigDecimal: 0.160493827002"],
    ["10/4", op(10, "/", 4), "BigDecimal: 2.5"],
    ["1.00/2", op(decimal("1.00"), "/", 2), "BigDecimal: 0.50"],
    ["100/0.01", op(100, "/", decimal("0.01")), "BigDecimal: 1.00E+4"],
    ["1/0", op(1, "/", 0), "THROW ArithmeticException: Division by zero"],
    ["1%0", op(1, "%", 0), "THROW ArithmeticException: / by zero"],
    ["1.0d/0", op(double(1), "/", 0), "Double: Infinity"],
    ["-7%3", op(-7, "%", 3), "Integer: -1"],
    ["5.5d%2", op(double(5.5), "%", 2), "Double: 1.5"],
    ["7L%3", op(long(7), "%", 3), "Long: 1"],
    // Groovy 4 (GROOVY-10786): % on BigDecimal is BigDecimal.remainder.
    ["6.5%4 (Groovy 4)", op(decimal("6.5"), "%", 4), "BigDecimal: 2.5"],
    ["7%2.5 (Groovy 4)", op(7, "%", decimal("2.5")), "BigDecimal: 2.0"],
    ["-7.5%2 (Groovy 4)", op(decimal("-7.5"), "%", 2), "BigDecimal: -1.5"],
    ["1.25%0.5 (Groovy 4)", op(decimal("1.25"), "%", decimal("0.5")), "BigDecimal: 0.25"],
    ["100.remainder(0.01): scale 0", op(decimal("100"), "%", decimal("0.01")), "BigDecimal: 0"],
    ["-12.5.remainder(0.3)", op(decimal("-12.5"), "%", decimal("0.3")), "BigDecimal: -0.2"],
    ["1E+3.remainder(7)", op(decimal("1E+3"), "%", 7), "BigDecimal: 6"],
    ["2.0d**63 saturates to Long.MAX_VALUE", op(double(2), "**", 63), "Long: 9223372036854775807"],
    ["-7G%3 (BigInteger mod)", op(bigInt(-7), "%", 3), "BigInteger: 2"],
    ["2**31", op(2, "**", 31), "BigInteger: 2147483648"],
    ["2**10", op(2, "**", 10), "Integer: 1024"],
    ["2**62", op(2, "**", 62), "BigInteger: 4611686018427387904"],
    ["2**64", op(2, "**", 64), "BigInteger: 18446744073709551616"],
    ["2L**2", op(long(2), "**", 2), "Long: 4"],
    ["2L**64", op(long(2), "**", 64), "BigInteger: 18446744073709551616"],
    ["2**3L", op(2, "**", long(3)), "Integer: 8"],
    ["2**-1", op(2, "**", -1), "Double: 0.5"],
    ["2**0.5", op(2, "**", decimal("0.5")), "Double: 1.4142135623730951"],
    ["2**2.0", op(2, "**", decimal("2.0")), "Integer: 4"],
    ["1.5**2", op(decimal("1.5"), "**", 2), "BigDecimal: 2.25"],
    ["1.5**-1", op(decimal("1.5"), "**", -1), "Double: 0.6666666666666666"],
    ["2.0d**2", op(double(2), "**", 2), "Integer: 4"],
    ["2G**100", op(bigInt(2), "**", 100), "BigInteger: 1267650600228229401496703205376"],
    ["(-2)**3", op(-2, "**", 3), "Integer: -8"],
    ["Integer.MAX_VALUE+1", op(2147483647, "+", 1), "Integer: -2147483648"],
    ["Integer.MAX_VALUE*2", op(2147483647, "*", 2), "Integer: -2"],
    ["Long.MAX_VALUE+1", op(long(9223372036854775807n), "+", 1), "Long: -9223372036854775808"],
    ["1+1L", op(1, "+", long(1)), "Long: 2"],
    ["1+1G", op(1, "+", bigInt(1)), "BigInteger: 2"],
    ["1+1.0", op(1, "+", decimal("1.0")), "BigDecimal: 2.0"],
    ["1.0G+1.0d", op(decimal("1.0"), "+", double(1)), "Double: 2.0"],
    ["1+1.0f", op(1, "+", float(1)), "Double: 2.0"],
    ["1.0f+1.0f", op(float(1), "+", float(1)), "Double: 2.0"],
    ["0.1f+0.2f", op(float(0.1), "+", float(0.2)), "Double: 0.30000000447034836"],
    ["0.1d+0.2d", op(double(0.1), "+", double(0.2)), "Double: 0.30000000000000004"],
    ["0.1+0.2", op(decimal("0.1"), "+", decimal("0.2")), "BigDecimal: 0.3"],
    ["1.10+2.205", op(decimal("1.10"), "+", decimal("2.205")), "BigDecimal: 3.305"],
    ["1.5*2", op(decimal("1.5"), "*", 2), "BigDecimal: 3.0"],
    ["1.50*2.0", op(decimal("1.50"), "*", decimal("2.0")), "BigDecimal: 3.000"],
    ["3-1.0", op(3, "-", decimal("1.0")), "BigDecimal: 2.0"],
    ["1G/3", op(bigInt(1), "/", 3), "BigDecimal: 0.3333333333"],
    ["1L/3", op(long(1), "/", 3), "BigDecimal: 0.3333333333"],
    ["1/3.0d", op(1, "/", double(3)), "Double: 0.3333333333333333"],
    ["1/3f", op(1, "/", float(3)), "Double: 0.3333333333333333"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });
});

describe("bit operations and shifts", () => {
  const cases: [string, () => Value, string][] = [
    ["1 << 33 (count masked)", op(1, "<<", 33), "Integer: 2"],
    ["1L << 33", op(long(1), "<<", 33), "Long: 8589934592"],
    ["-8 >> 1", op(-8, ">>", 1), "Integer: -4"],
    ["-8 >>> 28", op(-8, ">>>", 28), "Integer: 15"],
    ["-8L >>> 60", op(long(-8), ">>>", 60), "Long: 15"],
    ["5 & 3L", op(5, "&", long(3)), "Long: 1"],
    ["5 ^ 3", op(5, "^", 3), "Integer: 6"],
    ["6 | 1", op(6, "|", 1), "Integer: 7"],
    ["true & false", op(true, "&", false), "Boolean: false"],
    ["true ^ true", op(true, "^", true), "Boolean: false"],
    ["true | false", op(true, "|", false), "Boolean: true"],
    ["1 & 1.0", op(1, "&", decimal("1.0")), "THROW UnsupportedOperationException: Cannot use and() on this number type: java.lang.Integer with value: 1"],
    // Groovy 4: the shift result keeps the left operand's type (NumberMath.leftShift uses getMath(left)).
    ["1 << 1L (Groovy 4)", op(1, "<<", long(1)), "Integer: 2"],
    ["1 << 1.0", op(1, "<<", decimal("1.0")), "THROW UnsupportedOperationException: Shift distance must be an integral type, but 1.0 (java.math.BigDecimal) was supplied"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });
});

describe("unary and increment", () => {
  const cases: [string, () => Value, string][] = [
    ["~5", () => unary(ctx, "~", 5), "Integer: -6"],
    ["-(1L)", () => unary(ctx, "-", long(1)), "Long: -1"],
    ["-Integer.MIN_VALUE", () => unary(ctx, "-", -2147483648), "Integer: -2147483648"],
    ["-'a'", () => unary(ctx, "-", "a"), "THROW MissingMethodException: No signature of method: java.lang.String.negative() is applicable for argument types: () values: []"],
    ["-[1, 2]", () => unary(ctx, "-", [1, 2]), "ArrayList: [-1, -2]"],
    ["!'a'", () => unary(ctx, "!", "a"), "Boolean: false"],
    ["+1.5", () => unary(ctx, "+", decimal("1.5")), "BigDecimal: 1.5"],
    ["x++ on 'a'", () => increment(ctx, "a", 1), "String: b"],
    ["x++ on 'az'", () => increment(ctx, "az", 1), "String: a{"],
    ["x-- on 'b'", () => increment(ctx, "b", -1), "String: a"],
    ["x++ on Integer.MAX_VALUE", () => increment(ctx, 2147483647, 1), "Integer: -2147483648"],
    ["x++ on 1.5", () => increment(ctx, decimal("1.5"), 1), "BigDecimal: 2.5"],
    ["x++ on 1.5d", () => increment(ctx, double(1.5), 1), "Double: 2.5"],
    ["x++ on 1.5f", () => increment(ctx, float(1.5), 1), "Double: 2.5"],
    ["x++ on null", () => increment(ctx, null, 1), "THROW NullPointerException: Cannot invoke method next() on null object"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(outcome(run)).toBe(expected);
  });
});

describe("number printing", () => {
  // Java's Double.toString / Float.toString / BigDecimal.toString.
  const cases: [string, Value, string][] = [
    ["1.0d", double(1), "Double: 1.0"],
    ["1e10d", double(1e10), "Double: 1.0E10"],
    ["1e-5d", double(1e-5), "Double: 1.0E-5"],
    ["1e7d", double(1e7), "Double: 1.0E7"],
    ["9999999.0d", double(9999999), "Double: 9999999.0"],
    ["0.001d", double(0.001), "Double: 0.001"],
    ["0.0001d", double(0.0001), "Double: 1.0E-4"],
    ["123456.789d", double(123456.789), "Double: 123456.789"],
    ["Double.toString(-0.0)", double(-0), "Double: -0.0"],
    ["NaN", double(NaN), "Double: NaN"],
    ["-Infinity", double(-Infinity), "Double: -Infinity"],
    ["1.1f", float(1.1), "Float: 1.1"],
    ["0.1f as double", double(Math.fround(0.1)), "Double: 0.10000000149011612"],
    ["3.4028235E38f", float(3.4028234663852886e38), "Float: 3.4028235E38"],
    ["BigDecimal 1.50", decimal("1.50"), "BigDecimal: 1.50"],
    ["BigDecimal 1E+3", decimal("1E+3"), "BigDecimal: 1E+3"],
    ["BigDecimal 0.0000001", decimal("0.0000001"), "BigDecimal: 1E-7"],
    ["BigDecimal 0.000001", decimal("0.000001"), "BigDecimal: 0.000001"],
    ["BigDecimal -12.345e-10", decimal("-12.345e-10"), "BigDecimal: -1.2345E-9"],
    ["BigDecimal 0E-10", decimal("0E-10"), "BigDecimal: 0E-10"],
    ["Long", long(-5), "Long: -5"],
  ];
  test.each(cases)("%s", (_label, value, expected) => {
    expect(outcome(() => value)).toBe(expected);
  });
});
