/**
 * Java instance methods of BigDecimal and BigInteger (`setScale`, `divide`,
 * `stripTrailingZeros`, `pow`...), plus Groovy's `round`/`trunc` on BigDecimal.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingMethod } from "../exceptions.ts";
import { MathContextObject, roundingModeOf } from "../classes/math.ts";
import {
  decimalAdd,
  decimalCompare,
  decimalDivideExact,
  decimalDivideToPrecision,
  decimalDivideToScale,
  decimalMultiply,
  decimalNegate,
  decimalRemainder,
  decimalSetScale,
  decimalStripTrailingZeros,
  decimalSubtract,
  decimalToPlainString,
  decimalToString,
  precisionOf,
  type RoundingMode,
} from "../numbers/decimal.ts";
import { numberPower } from "../numbers/arith.ts";
import { isNumber, toBigInt, toDecimal } from "../numbers/kinds.ts";
import { defineMethods } from "../registry.ts";
import { GBigDecimal, GBigInteger, type Value } from "../values.ts";
import { arity, intArg } from "./args.ts";

function decimalArg(self: Value, name: string, args: Value[], index: number): GBigDecimal {
  const value = args[index];
  if (value === undefined || !isNumber(value)) throw missingMethod(self, name, args);
  return toDecimal(value);
}

function bigIntArg(self: Value, name: string, args: Value[], index: number): bigint {
  const value = args[index];
  if (value === undefined || !isNumber(value)) throw missingMethod(self, name, args);
  return toBigInt(value);
}

function modeArg(self: Value, name: string, args: Value[], index: number): RoundingMode {
  return roundingModeOf(args[index] ?? null, () => {
    throw missingMethod(self, name, args);
  });
}

function contextArg(args: Value[], index: number): MathContextObject | undefined {
  const value = args[index];
  return value instanceof MathContextObject ? value : undefined;
}

/** An arithmetic method with an optional MathContext that rounds the result. */
function withContext(name: string, op: (a: GBigDecimal, b: GBigDecimal) => GBigDecimal) {
  return (_ctx: ExecutionContext, self: GBigDecimal, args: Value[]): Value => {
    arity(self, name, args, 1, 2);
    const result = op(self, decimalArg(self, name, args, 0));
    if (args.length === 1) return result;
    const context = contextArg(args, 1);
    if (context === undefined) throw missingMethod(self, name, args);
    return context.round(result);
  };
}

/** Java's `BigDecimal.divide` overloads. The one-argument form is exact and fails for 1/3, unlike Groovy's `/`. */
function divide(self: GBigDecimal, args: Value[]): Value {
  arity(self, "divide", args, 1, 3);
  const divisor = decimalArg(self, "divide", args, 0);
  if (divisor.unscaled === 0n) throw new RuleException("ArithmeticException", self.unscaled === 0n ? "Division undefined" : "Division by zero");
  if (args.length === 1) {
    const exact = decimalDivideExact(self, divisor);
    if (exact === null) throw new RuleException("ArithmeticException", "Non-terminating decimal expansion; no exact representable decimal result.");
    return exact;
  }
  if (args.length === 3) return decimalDivideToScale(self, divisor, intArg(self, "divide", args, 1), modeArg(self, "divide", args, 2));
  const context = contextArg(args, 1);
  if (context !== undefined) {
    const exact = decimalDivideExact(self, divisor);
    if (exact !== null && (context.precision === 0 || precisionOf(exact.unscaled) <= context.precision)) return exact;
    if (context.precision === 0) throw new RuleException("ArithmeticException", "Non-terminating decimal expansion; no exact representable decimal result.");
    return decimalDivideToPrecision(self, divisor, context.precision, context.mode);
  }
  return decimalDivideToScale(self, divisor, self.scale, modeArg(self, "divide", args, 1));
}

/** Groovy's `round()`, `round(places)` (half up) and Java's `round(MathContext)`. */
function round(self: GBigDecimal, args: Value[], mode: RoundingMode, name: string): Value {
  arity(self, name, args, 0, 1);
  if (args.length === 0) return decimalSetScale(self, 0, mode);
  const context = contextArg(args, 0);
  if (context !== undefined && name === "round") return context.round(self);
  return decimalSetScale(self, intArg(self, name, args, 0), mode);
}

function movePoint(self: GBigDecimal, places: number): GBigDecimal {
  const moved = new GBigDecimal(self.unscaled, self.scale + places);
  return moved.scale < 0 ? decimalSetScale(moved, 0) : moved;
}

defineMethods("BigDecimal", {
  setScale: (_ctx, self: GBigDecimal, args) => {
    arity(self, "setScale", args, 1, 2);
    const scale = intArg(self, "setScale", args, 0);
    return decimalSetScale(self, scale, args.length === 2 ? modeArg(self, "setScale", args, 1) : "UNNECESSARY");
  },
  scale: (_ctx, self: GBigDecimal, args) => {
    arity(self, "scale", args, 0);
    return self.scale;
  },
  precision: (_ctx, self: GBigDecimal, args) => {
    arity(self, "precision", args, 0);
    return precisionOf(self.unscaled);
  },
  unscaledValue: (_ctx, self: GBigDecimal, args) => {
    arity(self, "unscaledValue", args, 0);
    return new GBigInteger(self.unscaled);
  },
  stripTrailingZeros: (_ctx, self: GBigDecimal, args) => {
    arity(self, "stripTrailingZeros", args, 0);
    return decimalStripTrailingZeros(self);
  },
  toPlainString: (_ctx, self: GBigDecimal, args) => {
    arity(self, "toPlainString", args, 0);
    return decimalToPlainString(self);
  },
  toEngineeringString: (_ctx, self: GBigDecimal, args) => {
    arity(self, "toEngineeringString", args, 0);
    return decimalToString(self);
  },
  add: withContext("add", decimalAdd),
  subtract: withContext("subtract", decimalSubtract),
  multiply: withContext("multiply", decimalMultiply),
  remainder: withContext("remainder", decimalRemainder),
  divide: (_ctx, self: GBigDecimal, args) => divide(self, args),
  pow: (_ctx, self: GBigDecimal, args) => {
    arity(self, "pow", args, 1);
    const exponent = intArg(self, "pow", args, 0);
    if (exponent < 0 || exponent > 999_999_999) throw new RuleException("ArithmeticException", "Invalid operation");
    return numberPower(self, exponent);
  },
  max: (_ctx, self: GBigDecimal, args) => {
    arity(self, "max", args, 1);
    const other = decimalArg(self, "max", args, 0);
    return decimalCompare(self, other) >= 0 ? self : other;
  },
  min: (_ctx, self: GBigDecimal, args) => {
    arity(self, "min", args, 1);
    const other = decimalArg(self, "min", args, 0);
    return decimalCompare(self, other) <= 0 ? self : other;
  },
  negate: (_ctx, self: GBigDecimal, args) => {
    arity(self, "negate", args, 0);
    return decimalNegate(self);
  },
  movePointLeft: (_ctx, self: GBigDecimal, args) => {
    arity(self, "movePointLeft", args, 1);
    return movePoint(self, intArg(self, "movePointLeft", args, 0));
  },
  movePointRight: (_ctx, self: GBigDecimal, args) => {
    arity(self, "movePointRight", args, 1);
    return movePoint(self, -intArg(self, "movePointRight", args, 0));
  },
  scaleByPowerOfTen: (_ctx, self: GBigDecimal, args) => {
    arity(self, "scaleByPowerOfTen", args, 1);
    return new GBigDecimal(self.unscaled, self.scale - intArg(self, "scaleByPowerOfTen", args, 0));
  },
  round: (_ctx, self: GBigDecimal, args) => round(self, args, "HALF_UP", "round"),
  trunc: (_ctx, self: GBigDecimal, args) => round(self, args, "DOWN", "trunc"),
});

function bigIntegerOp(name: string, op: (a: bigint, b: bigint) => bigint) {
  return (_ctx: ExecutionContext, self: GBigInteger, args: Value[]): Value => {
    arity(self, name, args, 1);
    return new GBigInteger(op(self.value, bigIntArg(self, name, args, 0)));
  };
}

function nonZero(divisor: bigint): bigint {
  if (divisor === 0n) throw new RuleException("ArithmeticException", "BigInteger divide by zero");
  return divisor;
}

defineMethods("BigInteger", {
  add: bigIntegerOp("add", (a, b) => a + b),
  subtract: bigIntegerOp("subtract", (a, b) => a - b),
  multiply: bigIntegerOp("multiply", (a, b) => a * b),
  divide: bigIntegerOp("divide", (a, b) => a / nonZero(b)),
  remainder: bigIntegerOp("remainder", (a, b) => a % nonZero(b)),
  mod: bigIntegerOp("mod", (a, b) => {
    if (b <= 0n) throw new RuleException("ArithmeticException", "BigInteger: modulus not positive");
    return ((a % b) + b) % b;
  }),
  gcd: bigIntegerOp("gcd", (a, b) => {
    let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  }),
  max: bigIntegerOp("max", (a, b) => (a >= b ? a : b)),
  min: bigIntegerOp("min", (a, b) => (a <= b ? a : b)),
  pow: (_ctx, self: GBigInteger, args) => {
    arity(self, "pow", args, 1);
    const exponent = intArg(self, "pow", args, 0);
    if (exponent < 0) throw new RuleException("ArithmeticException", "Negative exponent");
    return numberPower(self, exponent);
  },
  negate: (_ctx, self: GBigInteger, args) => {
    arity(self, "negate", args, 0);
    return new GBigInteger(-self.value);
  },
  bitLength: (_ctx, self: GBigInteger, args) => {
    arity(self, "bitLength", args, 0);
    const magnitude = self.value < 0n ? -self.value - 1n : self.value;
    return magnitude === 0n ? 0 : magnitude.toString(2).length;
  },
  toString: (_ctx: ExecutionContext, self: GBigInteger, args: Value[]) => {
    arity(self, "toString", args, 0, 1);
    const radix = args.length === 1 ? intArg(self, "toString", args, 0) : 10;
    return self.value.toString(radix >= 2 && radix <= 36 ? radix : 10);
  },
});
