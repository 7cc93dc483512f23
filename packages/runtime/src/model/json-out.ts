/**
 * Conversion of runtime values back into plain JSON for result states:
 * dates become epoch milliseconds, entities become objects of their fields.
 * Output objects get their keys as own properties, so a key such as
 * `__proto__` written by a rule stays data.
 */

import {
  GBigDecimal,
  GBigInteger,
  GClass,
  GClosure,
  GDate,
  GDouble,
  GFloat,
  GLong,
  GMap,
  GRange,
  RuntimeObject,
  type Value,
} from "../values.ts";
import { mapOriginalKey } from "../map.ts";
import { childPath } from "./json-in.ts";

/** A value in the output that JSON cannot hold, located by JSON path. */
export class StateOutputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Objects that render as their own fields in JSON (the Entity model). */
export interface JsonFields {
  jsonFields(): GMap;
}

function hasJsonFields(value: object): value is JsonFields {
  return value instanceof RuntimeObject && typeof (value as Partial<JsonFields>).jsonFields === "function";
}

/** Sets an own, enumerable property even for names such as `__proto__`. */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Converts a runtime value into plain JSON. Throws {@link StateOutputError}
 * for closures, cyclic structures and map keys that JSON cannot represent.
 * Integers outside the range JSON numbers hold exactly (±2^53) are written as
 * decimal strings so no digit is lost.
 */
export function toPlainJson(value: Value, path = "$"): unknown {
  return convert(value, path, new Set());
}

/** Deeper output is rejected instead of overflowing the stack; rule code can build any depth. */
const MAX_DEPTH = 1000;

function convert(value: Value, path: string, open: Set<object>): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (value instanceof GLong || value instanceof GBigInteger) return exactInteger(value.value);
  if (value instanceof GBigDecimal) return Number(decimalText(value));
  if (value instanceof GDouble || value instanceof GFloat) {
    return Number.isFinite(value.value) ? value.value : fail(path, `the number ${value.value} has no JSON form`);
  }
  if (value instanceof GDate) return value.time;
  if (value instanceof GClass) return value.qualifiedName;
  if (value instanceof GClosure) return fail(path, "a closure cannot be stored in a state; store the value it computes");
  if (value instanceof GRange) return rangeToJson(value, path);

  if (open.has(value)) return fail(path, "the value contains itself, so it has no JSON form");
  if (open.size >= MAX_DEPTH) return fail(path, `the value is nested more than ${MAX_DEPTH} levels deep`);
  open.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, index) => convert(item, childPath(path, index), open));
    if (value instanceof GMap) return mapToJson(value, path, open);
    if (hasJsonFields(value)) return mapToJson(value.jsonFields(), path, open);
    return value.toString();
  } finally {
    open.delete(value);
  }
}

function mapToJson(map: GMap, path: string, open: Set<object>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [canonical, item] of map) {
    const name = keyText(mapOriginalKey(map, canonical), path);
    defineKey(result, name, convert(item, childPath(path, name), open));
  }
  return result;
}

function keyText(key: Value, path: string): string {
  if (typeof key === "string") return key;
  if (key === null || typeof key === "number" || typeof key === "boolean") return String(key);
  if (key instanceof GLong || key instanceof GBigInteger) return key.value.toString();
  return fail(path, "a map key that is not a string, number or boolean cannot become a JSON object key");
}

function exactInteger(value: bigint): number | string {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  return value >= -limit && value <= limit ? Number(value) : value.toString();
}

/** Plain decimal text of a BigDecimal, such as `-12.50`. */
export function decimalText(value: GBigDecimal): string {
  const negative = value.unscaled < 0n;
  const digits = (negative ? -value.unscaled : value.unscaled).toString();
  let text: string;
  if (value.scale <= 0) {
    text = digits + "0".repeat(-value.scale);
  } else {
    const padded = digits.padStart(value.scale + 1, "0");
    text = `${padded.slice(0, -value.scale)}.${padded.slice(-value.scale)}`;
  }
  return negative ? `-${text}` : text;
}

/** Ranges are written as the list of their integers; at most this many elements. */
const MAX_RANGE_ELEMENTS = 100_000;

function rangeToJson(range: GRange, path: string): number[] {
  const { from, to } = range;
  if (typeof from !== "number" || typeof to !== "number") {
    return fail(path, "only ranges of integers can be written to a state");
  }
  const step = from <= to ? 1 : -1;
  const end = range.exclusive ? to - step : to;
  const count = Math.abs(end - from) + 1;
  if (count > MAX_RANGE_ELEMENTS) return fail(path, `the range has ${count} elements; at most ${MAX_RANGE_ELEMENTS} can be written`);
  if (range.exclusive && from === to) return [];
  return Array.from({ length: count }, (_, i) => from + i * step);
}

function fail(path: string, message: string): never {
  throw new StateOutputError(path, message);
}
