/** Property-based checks of the decimal arithmetic and number printing against independent computations. */

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { GBigDecimal } from "../../src/index.ts";
import { decimalDivide, decimalRemainder, decimalSetScale, decimalToString, parseDecimal } from "../../src/numbers/decimal.ts";
import { javaDoubleToString, javaFloatToString } from "../../src/numbers/format.ts";

const decimals = fc.record({
  unscaled: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  scale: fc.integer({ min: -5, max: 12 }),
}).map(({ unscaled, scale }) => new GBigDecimal(unscaled, scale));

const nonZero = decimals.filter((d) => d.unscaled !== 0n);

/** a / b as a fraction numerator / denominator of integers. */
function fraction(a: GBigDecimal, b: GBigDecimal): [bigint, bigint] {
  const shift = b.scale - a.scale;
  let numerator = a.unscaled;
  let denominator = b.unscaled;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  return denominator < 0n ? [-numerator, -denominator] : [numerator, denominator];
}

describe("Groovy division", () => {
  test("the quotient is within half a unit of the last digit", () => {
    fc.assert(
      fc.property(decimals, nonZero, (a, b) => {
        const q = decimalDivide(a, b);
        const [n, d] = fraction(a, b);
        // |q - n/d| <= 0.5 * 10^-scale, multiplied out into integers.
        const error = q.scale >= 0 ? q.unscaled * d - n * 10n ** BigInt(q.scale) : q.unscaled * d * 10n ** BigInt(-q.scale) - n;
        const unit = q.scale >= 0 ? d : d * 10n ** BigInt(-q.scale);
        expect(2n * (error < 0n ? -error : error) <= unit).toBe(true);
      }),
    );
  });

  test("the scale never exceeds Groovy's limit unless the quotient is exact", () => {
    fc.assert(
      fc.property(decimals, nonZero, (a, b) => {
        const q = decimalDivide(a, b);
        const [n, d] = fraction(a, b);
        const scaleFactor = q.scale >= 0 ? 10n ** BigInt(q.scale) : 1n;
        const qScaled = q.scale >= 0 ? q.unscaled : q.unscaled * 10n ** BigInt(-q.scale);
        const exact = qScaled * d === n * scaleFactor;
        if (!exact) expect(q.scale).toBeLessThanOrEqual(Math.max(a.scale, b.scale, 10));
      }),
    );
  });

  test("remainder keeps the dividend's sign and is smaller than the divisor", () => {
    fc.assert(
      fc.property(decimals, nonZero, (a, b) => {
        const r = decimalRemainder(a, b);
        const [n, d] = fraction(r, b);
        expect(n < 0n ? -n : n).toBeLessThan(d);
        if (r.unscaled !== 0n) expect(r.unscaled < 0n).toBe(a.unscaled < 0n);
      }),
    );
  });
});

describe("printing", () => {
  test("Double.toString reads back as the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = javaDoubleToString(x);
        expect(Number(text)).toBe(x);
        expect(text).toMatch(/^-?\d+\.\d+(E-?\d+)?$/);
      }),
    );
  });

  test("Float.toString reads back as the same float", () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Math.fround(Number(javaFloatToString(x)))).toBe(Math.fround(x));
      }),
    );
  });

  test("BigDecimal.toString parses back to the same unscaled value and scale", () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const back = parseDecimal(decimalToString(d))!;
        expect(back.unscaled).toBe(d.unscaled);
        expect(back.scale).toBe(d.scale);
      }),
    );
  });

  test("setScale HALF_UP rounds half away from zero", () => {
    expect(decimalToString(decimalSetScale(parseDecimal("-2.5")!, 0, "HALF_UP"))).toBe("-3");
    expect(decimalToString(decimalSetScale(parseDecimal("2.45")!, 1, "HALF_EVEN"))).toBe("2.4");
    expect(decimalToString(decimalSetScale(parseDecimal("-2.41")!, 1, "CEILING"))).toBe("-2.4");
    expect(decimalToString(decimalSetScale(parseDecimal("-2.41")!, 1, "FLOOR"))).toBe("-2.5");
  });
});
