/**
 * Argument checks for the scalar GDK methods. Each raises Groovy's
 * MissingMethodException (no applicable overload) when an argument has the
 * wrong type, naming the method and the argument types received.
 */

import { missingMethod } from "../exceptions.ts";
import { isNumber, isIntegral, toIntBits, type NumberValue } from "../numbers/kinds.ts";
import { GClosure, type Value } from "../values.ts";

export function stringArg(self: Value, name: string, args: Value[], index: number): string {
  const value = args[index];
  if (typeof value !== "string") throw missingMethod(self, name, args);
  return value;
}

/** Reads an `int` parameter: an Integer, or another integral number that Groovy narrows. */
export function intArg(self: Value, name: string, args: Value[], index: number): number {
  const value = args[index];
  if (value === undefined || !isNumber(value) || !isIntegral(value)) throw missingMethod(self, name, args);
  return toIntBits(value);
}

/** Reads a `Number` parameter. */
export function numberArg(self: Value, name: string, args: Value[], index: number): NumberValue {
  const value = args[index];
  if (value === undefined || !isNumber(value)) throw missingMethod(self, name, args);
  return value;
}

export function closureArg(self: Value, name: string, args: Value[], index: number): GClosure {
  const value = args[index];
  if (!(value instanceof GClosure)) throw missingMethod(self, name, args);
  return value;
}

/** Raises MissingMethodException unless there are between `min` and `max` arguments. */
export function arity(self: Value, name: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw missingMethod(self, name, args);
}
