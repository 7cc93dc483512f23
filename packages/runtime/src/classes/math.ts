/**
 * `java.lang.Math`, `java.math.BigDecimal`, `BigInteger`, `RoundingMode` and
 * `MathContext` as allowlisted classes.
 *
 * `Math.random()` draws from a generator seeded with the run's clock
 * (`ctx.clock()` at the first call), so a run with a fixed clock is
 * repeatable. It is not suitable for anything secret.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingMethodOn } from "../exceptions.ts";
import { ROUNDING_MODES, decimalRoundToPrecision, type RoundingMode } from "../numbers/decimal.ts";
import { numberAbs, numberCompare } from "../numbers/arith.ts";
import { INT_MAX, INT_MIN, isInt32, isNumber, numberKind, toDecimal, toDouble, toIntBits, toLongBits, long, type NumberValue } from "../numbers/kinds.ts";
import { parseJavaBigDecimal, parseJavaBigInteger } from "../numbers/parse.ts";
import { defineClass } from "../registry.ts";
import { javaClassName } from "../dispatch/types.ts";
import { GBigDecimal, GBigInteger, GDouble, GFloat, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";

/** A `java.math.RoundingMode` constant. One object exists per mode, so `==` and `is` work. */
export class RoundingModeObject extends RuntimeObject {
  readonly className = "java.math.RoundingMode";

  constructor(readonly mode: RoundingMode) {
    super();
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    return name === "name" ? this.mode : NOT_FOUND;
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (args.length !== 0) return NOT_FOUND;
    if (name === "name" || name === "toString") return this.mode;
    if (name === "ordinal") return ROUNDING_MODES.indexOf(this.mode);
    return NOT_FOUND;
  }

  override isInstanceOf(name: string): boolean {
    return name === "RoundingMode" || name === "Enum" || name === "Comparable" || super.isInstanceOf(name);
  }

  override toString(): string {
    return this.mode;
  }
}

export const ROUNDING_MODE_OBJECTS = new Map<RoundingMode, RoundingModeObject>(ROUNDING_MODES.map((m) => [m, new RoundingModeObject(m)]));

/**
 * Reads a rounding-mode argument: a RoundingMode constant, or one of
 * BigDecimal's legacy `ROUND_*` int constants (each is the RoundingMode ordinal).
 */
export function roundingModeOf(value: Value, onError: () => never): RoundingMode {
  if (value instanceof RoundingModeObject) return value.mode;
  if (typeof value === "number" && value >= 0 && value < ROUNDING_MODES.length) return ROUNDING_MODES[value]!;
  if (typeof value === "number") throw new RuleException("IllegalArgumentException", "argument out of range");
  return onError();
}

/** A `java.math.MathContext`: a precision and a rounding mode. */
export class MathContextObject extends RuntimeObject {
  readonly className = "java.math.MathContext";

  constructor(
    readonly precision: number,
    readonly mode: RoundingMode = "HALF_UP",
  ) {
    super();
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (args.length !== 0) return NOT_FOUND;
    if (name === "getPrecision") return this.precision;
    if (name === "getRoundingMode") return ROUNDING_MODE_OBJECTS.get(this.mode)!;
    if (name === "toString") return this.toString();
    return NOT_FOUND;
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "precision") return this.precision;
    if (name === "roundingMode") return ROUNDING_MODE_OBJECTS.get(this.mode)!;
    return NOT_FOUND;
  }

  override toString(): string {
    return `precision=${this.precision} roundingMode=${this.mode}`;
  }

  round(value: GBigDecimal): GBigDecimal {
    return decimalRoundToPrecision(value, this.precision, this.mode);
  }
}

function staticError(className: string, name: string, args: Value[]): never {
  throw missingMethodOn(`static ${className}`, name, args);
}

function numbers(className: string, name: string, args: Value[], count: number): NumberValue[] {
  if (args.length !== count || !args.every(isNumber)) staticError(className, name, args);
  return args as NumberValue[];
}

/** Java's overload choice for `Math.max`/`min`/`abs`: int, long, float or double by the widest argument. */
function widest(values: NumberValue[]): "int" | "long" | "float" | "double" {
  let result: "int" | "long" | "float" | "double" = "int";
  for (const value of values) {
    const kind = numberKind(value);
    if (kind === "Double" || kind === "BigDecimal" || kind === "BigInteger") return "double";
    if (kind === "Float") result = "float";
    else if (kind === "Long" && result === "int") result = "long";
  }
  return result;
}

function asWidest(value: NumberValue, type: "int" | "long" | "float" | "double"): Value {
  if (type === "int") return toIntBits(value);
  if (type === "long") return long(toLongBits(value));
  if (type === "float") return new GFloat(Math.fround(toDouble(value)));
  return new GDouble(toDouble(value));
}

function extreme(name: "max" | "min", args: Value[]): Value {
  const [a, b] = numbers("java.lang.Math", name, args, 2);
  const type = widest([a!, b!]);
  if (type === "float" || type === "double") {
    const x = toDouble(a!);
    const y = toDouble(b!);
    return asWidest(new GDouble(name === "max" ? Math.max(x, y) : Math.min(x, y)), type);
  }
  const pick = numberCompare(a!, b!) >= 0 === (name === "max") ? a! : b!;
  return asWidest(pick, type);
}

const randomByContext = new WeakMap<ExecutionContext, () => number>();

/** A small deterministic generator (mulberry32) for `Math.random()`. */
function randomFor(ctx: ExecutionContext): () => number {
  let next = randomByContext.get(ctx);
  if (next === undefined) {
    let state = Math.trunc(ctx.clock()) | 0;
    next = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    randomByContext.set(ctx, next);
  }
  return next;
}

function doubleFunction(name: string, fn: (x: number) => number) {
  return (_ctx: ExecutionContext, args: Value[]): Value => {
    const [x] = numbers("java.lang.Math", name, args, 1);
    return new GDouble(fn(toDouble(x!)));
  };
}

defineClass("java.lang.Math", {
  statics: {
    max: (_ctx, args) => extreme("max", args),
    min: (_ctx, args) => extreme("min", args),
    abs: (_ctx, args) => {
      const [x] = numbers("java.lang.Math", "abs", args, 1);
      const type = widest([x!]);
      return type === "int" || type === "long" ? asWidest(numberAbs(x!), type) : asWidest(new GDouble(Math.abs(toDouble(x!))), type);
    },
    round: (_ctx, args) => {
      const [x] = numbers("java.lang.Math", "round", args, 1);
      const value = toDouble(x!);
      // JS Math.round rounds halves up toward positive infinity, like Java's Math.round.
      const rounded = Math.round(value);
      if (numberKind(x!) === "Float" || numberKind(x!) === "Integer") {
        return Number.isNaN(value) ? 0 : Math.max(INT_MIN, Math.min(INT_MAX, rounded));
      }
      return long(toLongBits(new GDouble(Number.isNaN(value) ? 0 : rounded)));
    },
    floor: doubleFunction("floor", Math.floor),
    ceil: doubleFunction("ceil", Math.ceil),
    sqrt: doubleFunction("sqrt", Math.sqrt),
    cbrt: doubleFunction("cbrt", Math.cbrt),
    log: doubleFunction("log", Math.log),
    log10: doubleFunction("log10", Math.log10),
    exp: doubleFunction("exp", Math.exp),
    signum: doubleFunction("signum", Math.sign),
    rint: doubleFunction("rint", (x) => {
      const floor = Math.floor(x);
      const diff = x - floor;
      if (diff !== 0.5) return diff < 0.5 ? floor : floor + 1;
      return floor % 2 === 0 ? floor : floor + 1;
    }),
    pow: (_ctx, args) => {
      const [x, y] = numbers("java.lang.Math", "pow", args, 2);
      return new GDouble(Math.pow(toDouble(x!), toDouble(y!)));
    },
    random: (ctx, args) => {
      if (args.length !== 0) staticError("java.lang.Math", "random", args);
      return new GDouble(randomFor(ctx)());
    },
    floorDiv: (_ctx, args) => {
      const [x, y] = numbers("java.lang.Math", "floorDiv", args, 2);
      const divisor = toLongBits(y!);
      if (divisor === 0n) throw new RuleException("ArithmeticException", "/ by zero");
      const dividend = toLongBits(x!);
      let quotient = dividend / divisor;
      if ((dividend % divisor !== 0n) && ((dividend < 0n) !== (divisor < 0n))) quotient -= 1n;
      return widest([x!, y!]) === "int" ? Number(quotient) : long(quotient);
    },
    floorMod: (_ctx, args) => {
      const [x, y] = numbers("java.lang.Math", "floorMod", args, 2);
      const divisor = toLongBits(y!);
      if (divisor === 0n) throw new RuleException("ArithmeticException", "/ by zero");
      const remainder = ((toLongBits(x!) % divisor) + divisor) % divisor;
      return widest([x!, y!]) === "int" ? Number(remainder) : long(remainder);
    },
  },
  staticProperties: {
    PI: () => new GDouble(Math.PI),
    E: () => new GDouble(Math.E),
  },
});

/** `new BigDecimal(x)`: from a String, an integral number, or a double's exact binary value. */
function constructDecimal(args: Value[]): GBigDecimal {
  const [value, context] = args;
  let result: GBigDecimal;
  if (typeof value === "string") result = parseJavaBigDecimal(value);
  else if (value !== undefined && isNumber(value) && (numberKind(value) === "Double" || numberKind(value) === "Float")) {
    result = exactDecimalOfDouble(toDouble(value));
  } else if (value !== undefined && isNumber(value)) result = toDecimal(value);
  else throw new RuleException("GroovyRuntimeException", `Could not find matching constructor for: java.math.BigDecimal(${args.map(describe).join(", ")})`);
  if (args.length === 2) {
    if (!(context instanceof MathContextObject)) throw new RuleException("GroovyRuntimeException", "BigDecimal(value, context) needs a MathContext as its second argument");
    result = context.round(result);
  } else if (args.length > 2) {
    throw new RuleException("GroovyRuntimeException", `Could not find matching constructor for: java.math.BigDecimal(${args.map(describe).join(", ")})`);
  }
  return result;
}

function describe(value: Value): string {
  return javaClassName(value);
}

/** `new BigDecimal(double)`: the exact value of the binary double, like Java. */
export function exactDecimalOfDouble(value: number): GBigDecimal {
  if (!Number.isFinite(value)) throw new RuleException("NumberFormatException", "Infinite or NaN");
  if (isInt32(value)) return new GBigDecimal(BigInt(value), 0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let exponent: number;
  if (exponentBits === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = exponentBits - 1075;
  }
  let result: GBigDecimal;
  if (exponent >= 0) result = new GBigDecimal(mantissa << BigInt(exponent), 0);
  else {
    // mantissa / 2^k = mantissa * 5^k / 10^k
    const k = -exponent;
    result = new GBigDecimal(mantissa * 5n ** BigInt(k), k);
    while (result.scale > 0 && result.unscaled % 10n === 0n) result = new GBigDecimal(result.unscaled / 10n, result.scale - 1);
  }
  return negative ? new GBigDecimal(-result.unscaled, result.scale) : result;
}

defineClass("java.math.BigDecimal", {
  supertypes: ["Number", "Comparable"],
  construct: (_ctx, args) => constructDecimal(args),
  statics: {
    valueOf: (_ctx: ExecutionContext, args: Value[]) => {
      const [value, scale] = args;
      if (args.length === 2 && value !== undefined && isNumber(value) && typeof scale === "number") {
        return new GBigDecimal(toLongBits(value), scale);
      }
      if (args.length !== 1 || value === undefined || !isNumber(value)) staticError("java.math.BigDecimal", "valueOf", args);
      return toDecimal(value);
    },
  },
  staticProperties: {
    ZERO: () => new GBigDecimal(0n, 0),
    ONE: () => new GBigDecimal(1n, 0),
    TWO: () => new GBigDecimal(2n, 0),
    TEN: () => new GBigDecimal(10n, 0),
    ...Object.fromEntries(ROUNDING_MODES.map((mode, i) => [`ROUND_${mode}`, () => i])),
  },
});

defineClass("java.math.BigInteger", {
  supertypes: ["Number", "Comparable"],
  construct: (_ctx, args) => {
    const [text, radix = 10] = args;
    if (typeof text !== "string" || typeof radix !== "number" || args.length > 2) {
      throw new RuleException("GroovyRuntimeException", `Could not find matching constructor for: java.math.BigInteger(${args.map(describe).join(", ")})`);
    }
    return parseJavaBigInteger(text, radix);
  },
  statics: {
    valueOf: (_ctx: ExecutionContext, args: Value[]) => {
      const [value] = args;
      if (args.length !== 1 || value === undefined || !isNumber(value)) staticError("java.math.BigInteger", "valueOf", args);
      return new GBigInteger(toLongBits(value));
    },
  },
  staticProperties: {
    ZERO: () => new GBigInteger(0n),
    ONE: () => new GBigInteger(1n),
    TWO: () => new GBigInteger(2n),
    TEN: () => new GBigInteger(10n),
  },
});

defineClass("java.math.RoundingMode", {
  supertypes: ["Enum", "Comparable"],
  statics: {
    valueOf: (_ctx: ExecutionContext, args: Value[]) => {
      const [name] = args;
      const mode = typeof name === "string" ? ROUNDING_MODE_OBJECTS.get(name as RoundingMode) : undefined;
      if (mode === undefined) {
        throw new RuleException("IllegalArgumentException", `No enum constant java.math.RoundingMode.${typeof name === "string" ? name : String(name)}`);
      }
      return mode;
    },
    values: () => [...ROUNDING_MODE_OBJECTS.values()],
  },
  staticProperties: Object.fromEntries([...ROUNDING_MODE_OBJECTS].map(([mode, object]) => [mode, () => object])),
});

defineClass("java.math.MathContext", {
  construct: (_ctx, args) => {
    const [precision, mode] = args;
    if (typeof precision !== "number" || precision < 0 || args.length > 2) {
      throw new RuleException("IllegalArgumentException", "MathContext needs a precision of 0 or more and an optional RoundingMode");
    }
    return new MathContextObject(precision, mode === undefined ? "HALF_UP" : roundingModeOf(mode, () => {
      throw new RuleException("IllegalArgumentException", "the second MathContext argument must be a RoundingMode");
    }));
  },
  staticProperties: {
    DECIMAL32: () => new MathContextObject(7, "HALF_EVEN"),
    DECIMAL64: () => new MathContextObject(16, "HALF_EVEN"),
    DECIMAL128: () => new MathContextObject(34, "HALF_EVEN"),
    UNLIMITED: () => new MathContextObject(0, "HALF_UP"),
  },
});

