/**
 * Conversion of JS data parsed from JSON (`JSON.parse` output) into runtime
 * values with the number types Groovy's JsonSlurper produces.
 *
 * JS has already parsed the numbers, so the source text is gone. An integral
 * JS number becomes Integer when it fits 32 bits and Long otherwise. Values
 * beyond 2^53 were already rounded by `JSON.parse`, so pass a `bigint` to keep
 * them exact. Any other number becomes the BigDecimal of its shortest decimal
 * form (`0.1` stays `0.1`). A JSON `1.0` therefore arrives as Integer
 * 1, where JsonSlurper returns BigDecimal 1.0; rule code that needs the exact
 * text should use `new JsonSlurper().parseText(...)`.
 */

import { RuleException } from "../errors.ts";
import { mapPut, newMap } from "../map.ts";
import { parseDecimal } from "../numbers/decimal.ts";
import { LONG_MAX, LONG_MIN, isInt32 } from "../numbers/kinds.ts";
import { GBigInteger, GLong, type Value } from "../values.ts";

/** Deeper nesting is rejected so that conversion cannot exhaust the JS stack. */
const MAX_JSON_DEPTH = 2000;

/** Converts parsed JSON into values: objects become GMaps (keys in order, `__proto__` a plain key), arrays lists. */
export function fromJsonValue(json: unknown): Value {
  return convert(json, 0);
}

function integral(value: bigint): Value {
  if (value >= -2147483648n && value <= 2147483647n) return Number(value);
  if (value >= LONG_MIN && value <= LONG_MAX) return new GLong(value);
  return new GBigInteger(value);
}

function convert(json: unknown, depth: number): Value {
  if (depth > MAX_JSON_DEPTH) {
    throw new RuleException("IllegalArgumentException", `JSON value is nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
  if (json === null || json === undefined) return null;
  switch (typeof json) {
    case "string":
    case "boolean":
      return json;
    case "bigint":
      return integral(json);
    case "number":
      if (!Number.isFinite(json)) throw new RuleException("NumberFormatException", `JSON number ${json} is not finite`);
      if (isInt32(json)) return json;
      if (Number.isInteger(json)) return integral(BigInt(json));
      return parseDecimal(String(json))!;
  }
  if (Array.isArray(json)) return json.map((item) => convert(item, depth + 1));
  if (typeof json === "object" && isPlainObject(json)) {
    const map = newMap();
    for (const key of Object.keys(json)) mapPut(map, key, convert((json as Record<string, unknown>)[key], depth + 1));
    return map;
  }
  const kind = typeof json === "object" ? (json.constructor?.name ?? "object") : typeof json;
  throw new RuleException(
    "IllegalArgumentException",
    `cannot convert a JS ${kind} to a rule value: only JSON data (objects, arrays, strings, numbers, booleans and null) is accepted`,
  );
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
