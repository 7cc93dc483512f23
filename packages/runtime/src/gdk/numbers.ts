/**
 * Number methods: the Java `Number` conversions, Groovy's loops (`times`,
 * `upto`, `downto`, `step`), rounding, the method forms of the arithmetic
 * operators, and the instance methods of BigDecimal, BigInteger and Double.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { javaEquals, javaHashCode } from "./collections/hash.ts";
import { callClosure } from "../dispatch/calls.ts";
import { numberAbs, numberAdd, numberCompare, numberIntdiv, numberMod, numberNegate, numberSignum } from "../numbers/arith.ts";
import {
  int,
  long,
  numberKind,
  numberToString,
  toBigInt,
  toDecimal,
  toDouble,
  toIntBits,
  toLongBits,
  type NumberValue,
} from "../numbers/kinds.ts";
import { binary, increment, unary } from "../ops.ts";
import { defineMethods, type MethodImpl } from "../registry.ts";
import { GBigDecimal, GBigInteger, GDouble, GFloat, type Value } from "../values.ts";
import { arity, closureArg, intArg, numberArg } from "./args.ts";

function rangeError(direction: "upto" | "downto", self: NumberValue, to: NumberValue): never {
  const relation = direction === "upto" ? "less" : "greater";
  throw new RuleException(
    "GroovyRuntimeException",
    `The argument (${numberToString(to)}) to ${direction}() cannot be ${relation} than the value (${numberToString(self)}) it's called on.`,
  );
}

/** Returns the first loop value of `upto`/`downto`: an Integer for Integer receivers, else the receiver itself. */
function loopStart(self: NumberValue): NumberValue {
  switch (numberKind(self)) {
    case "Long":
      return self;
    case "BigDecimal":
      return self;
    case "BigInteger":
      return self;
    case "Double":
    case "Float":
      return self;
    default:
      return toIntBits(self);
  }
}

function loopBound(self: NumberValue, to: NumberValue): NumberValue {
  switch (numberKind(self)) {
    case "Integer":
      return toIntBits(to);
    case "Long":
      return long(toLongBits(to));
    case "BigDecimal":
      return toDecimal(to);
    case "Double":
    case "Float":
      return new GDouble(toDouble(to));
    default:
      return to;
  }
}

/** Groovy's `upto`/`downto`: BigDecimal receivers step by 1.0, the others by 1. */
function countTo(ctx: ExecutionContext, self: NumberValue, args: Value[], direction: "upto" | "downto"): Value {
  arity(self, direction, args, 2);
  const to = numberArg(self, direction, args, 0);
  const closure = closureArg(self, direction, args, 1);
  const bound = loopBound(self, to);
  let current = loopStart(self);
  const up = direction === "upto";
  if (up ? numberCompare(current, bound) > 0 : numberCompare(current, bound) < 0) rangeError(direction, self, to);
  const one: NumberValue = numberKind(self) === "BigDecimal" ? new GBigDecimal(10n, 1) : 1;
  while (up ? numberCompare(current, bound) <= 0 : numberCompare(current, bound) >= 0) {
    callClosure(ctx, closure, [current]);
    const next = up ? numberAdd(current, one) : numberAdd(current, numberNegate(one));
    // Integer and Long wrap at their maximum; stop instead of looping forever.
    if (numberCompare(next, current) === (up ? -1 : 1)) break;
    current = numberKind(self) === "Float" ? new GFloat(Math.fround(toDouble(next))) : next;
  }
  return null;
}

/** Groovy's `step(to, step, closure)`: `to` is exclusive; a zero or wrong-signed step raises unless the bounds are equal. */
function step(ctx: ExecutionContext, self: NumberValue, args: Value[]): Value {
  arity(self, "step", args, 3);
  const to = numberArg(self, "step", args, 0);
  const stepBy = numberArg(self, "step", args, 1);
  const closure = closureArg(self, "step", args, 2);
  const kinds = [self, to, stepBy].map(numberKind);
  const convert: (n: NumberValue) => NumberValue = kinds.includes("BigDecimal")
    ? toDecimal
    : kinds.includes("BigInteger")
      ? (n) => new GBigInteger(toBigInt(n))
      : (n) => toIntBits(n);
  let current = convert(self);
  const end = convert(to);
  const increment = convert(stepBy);
  const direction = numberSignum(increment);
  if (direction > 0 && numberCompare(end, current) > 0) {
    for (; numberCompare(current, end) < 0; current = numberAdd(current, increment)) callClosure(ctx, closure, [current]);
  } else if (direction < 0 && numberCompare(end, current) < 0) {
    for (; numberCompare(current, end) > 0; current = numberAdd(current, increment)) callClosure(ctx, closure, [current]);
  } else if (numberCompare(current, end) !== 0) {
    throw new RuleException(
      "GroovyRuntimeException",
      `Infinite loop in ${numberToString(current)}.step(${numberToString(end)}, ${numberToString(increment)})`,
    );
  }
  return null;
}

function noArgs(name: string, fn: (self: NumberValue) => Value): MethodImpl {
  return (_ctx, self: NumberValue, args) => {
    arity(self, name, args, 0);
    return fn(self);
  };
}

function operator(name: string, op: Parameters<typeof binary>[1]): MethodImpl {
  return (ctx, self: NumberValue, args) => {
    arity(self, name, args, 1);
    return binary(ctx, op, self, args[0]!);
  };
}

defineMethods("Number", {
  intValue: noArgs("intValue", (n) => toIntBits(n)),
  longValue: noArgs("longValue", (n) => long(toLongBits(n))),
  shortValue: noArgs("shortValue", (n) => (toIntBits(n) << 16) >> 16),
  byteValue: noArgs("byteValue", (n) => (toIntBits(n) << 24) >> 24),
  doubleValue: noArgs("doubleValue", (n) => new GDouble(toDouble(n))),
  floatValue: noArgs("floatValue", (n) => new GFloat(Math.fround(toDouble(n)))),
  toInteger: noArgs("toInteger", (n) => toIntBits(n)),
  toLong: noArgs("toLong", (n) => long(toLongBits(n))),
  toShort: noArgs("toShort", (n) => (toIntBits(n) << 16) >> 16),
  toDouble: noArgs("toDouble", (n) => new GDouble(toDouble(n))),
  toFloat: noArgs("toFloat", (n) => new GFloat(Math.fround(toDouble(n)))),
  toBigDecimal: noArgs("toBigDecimal", (n) => toDecimal(n)),
  toBigInteger: noArgs("toBigInteger", (n) => new GBigInteger(toBigInt(n))),
  abs: noArgs("abs", (n) => numberAbs(n)),
  signum: noArgs("signum", (n) => numberSignum(n)),
  negate: noArgs("negate", (n) => numberNegate(n)),
  hashCode: noArgs("hashCode", (n) => javaHashCode(n)),
  equals: (_ctx, self: NumberValue, args) => {
    arity(self, "equals", args, 1);
    return javaEquals(self, args[0]!);
  },
  compareTo: (_ctx, self: NumberValue, args) => {
    arity(self, "compareTo", args, 1);
    return Math.sign(numberCompare(self, numberArg(self, "compareTo", args, 0)));
  },
  times: (ctx, self: NumberValue, args) => {
    arity(self, "times", args, 1);
    const closure = closureArg(self, "times", args, 0);
    const count = toIntBits(self);
    for (let i = 0; i < count; i++) callClosure(ctx, closure, [i]);
    return null;
  },
  upto: (ctx, self: NumberValue, args) => countTo(ctx, self, args, "upto"),
  downto: (ctx, self: NumberValue, args) => countTo(ctx, self, args, "downto"),
  step: (ctx, self: NumberValue, args) => step(ctx, self, args),
  intdiv: (_ctx, self: NumberValue, args) => {
    arity(self, "intdiv", args, 1);
    return numberIntdiv(self, numberArg(self, "intdiv", args, 0));
  },
  mod: (_ctx, self: NumberValue, args) => {
    arity(self, "mod", args, 1);
    return numberMod(self, numberArg(self, "mod", args, 0));
  },
  power: operator("power", "**"),
  plus: operator("plus", "+"),
  minus: operator("minus", "-"),
  multiply: operator("multiply", "*"),
  div: operator("div", "/"),
  leftShift: operator("leftShift", "<<"),
  rightShift: operator("rightShift", ">>"),
  rightShiftUnsigned: operator("rightShiftUnsigned", ">>>"),
  and: operator("and", "&"),
  or: operator("or", "|"),
  xor: operator("xor", "^"),
  next: (ctx, self: NumberValue, args) => {
    arity(self, "next", args, 0);
    return increment(ctx, self, 1);
  },
  previous: (ctx, self: NumberValue, args) => {
    arity(self, "previous", args, 0);
    return increment(ctx, self, -1);
  },
  bitwiseNegate: (ctx, self: NumberValue, args) => {
    arity(self, "bitwiseNegate", args, 0);
    return unary(ctx, "~", self);
  },
  unaryMinus: (ctx, self: NumberValue, args) => {
    arity(self, "unaryMinus", args, 0);
    return unary(ctx, "-", self);
  },
});

/** `round()` and `round(places)` of Double and Float: half up, as Groovy computes it with floor(x * 10^n + 0.5). */
function roundFloating(self: GDouble | GFloat, args: Value[], truncate: boolean): Value {
  const name = truncate ? "trunc" : "round";
  arity(self, name, args, 0, 1);
  const value = self.value;
  const float = self instanceof GFloat;
  if (args.length === 0) {
    const whole = truncate ? Math.trunc(value) : Math.round(value);
    if (truncate) return float ? new GFloat(Math.fround(whole)) : new GDouble(whole);
    return float ? int(Math.max(-2147483648, Math.min(2147483647, whole))) : long(toLongBits(new GDouble(whole)));
  }
  const places = intArg(self, name, args, 0);
  const factor = Math.pow(10, places);
  const scaled = value * factor;
  let whole: number;
  if (!truncate) whole = Math.floor(scaled + 0.5);
  else whole = value < 0 ? Math.ceil(scaled) : Math.floor(scaled);
  const result = whole / factor;
  return float ? new GFloat(Math.fround(result)) : new GDouble(result);
}

defineMethods(["Double", "Float"], {
  round: (_ctx, self: GDouble | GFloat, args) => roundFloating(self, args, false),
  trunc: (_ctx, self: GDouble | GFloat, args) => roundFloating(self, args, true),
  isNaN: noArgs("isNaN", (n) => Number.isNaN(toDouble(n))),
  isInfinite: noArgs("isInfinite", (n) => Math.abs(toDouble(n)) === Infinity),
});

