/**
 * Conversion of plain JSON (as `JSON.parse` returns it) into runtime values,
 * checked against the model declarations. Every problem is reported with the
 * JSON path of the bad value, such as `$.issue.comments[2].created`, so the
 * CLI can point at the line to fix.
 *
 * Numbers follow Groovy's JsonSlurper: integers become Integer or Long,
 * other numbers BigDecimal. Date fields accept epoch milliseconds or ISO-8601
 * text and become `Date` values. Objects keep fields the model does not
 * declare, because connectors and rules add their own.
 */

import { newMap, mapPut } from "../map.ts";
import { GBigDecimal, GDate, GLong, GMap, type Value } from "../values.ts";
import { CATALOGUE_ENTRY_TYPES, CATALOGUE_TYPE } from "./catalogue.ts";
import { HUB_ISSUE_TYPE, HUB_TYPES } from "./hub-issue.ts";
import { STATE_TYPES } from "./state-types.ts";
import { formatFieldType, type FieldType, type TypeDecl } from "./schema.ts";

/** A problem in an input state, located by JSON path. */
export interface StateError {
  path: string;
  message: string;
}

/** Deeper input is rejected instead of risking a stack overflow. */
const MAX_DEPTH = 200;

/** Finds a named type among the hub-issue and catalogue declarations. */
export function findModelType(name: string): TypeDecl | undefined {
  if (name === HUB_ISSUE_TYPE.name) return HUB_ISSUE_TYPE;
  if (name === CATALOGUE_TYPE.name) return CATALOGUE_TYPE;
  return HUB_TYPES.get(name) ?? CATALOGUE_ENTRY_TYPES.get(name) ?? STATE_TYPES.get(name);
}

/** Appends an object key to a JSON path, quoting keys that are not identifiers. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Describes a JSON value for an error message: its kind and a short preview. */
export function describeJson(json: unknown): string {
  if (json === null) return "null";
  if (Array.isArray(json)) return "a list";
  switch (typeof json) {
    case "string":
      return json.length > 40 ? `the string ${JSON.stringify(json.slice(0, 40))}...` : `the string ${JSON.stringify(json)}`;
    case "number":
    case "bigint":
      return `the number ${json}`;
    case "boolean":
      return `${json}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof json} value, which JSON cannot hold`;
  }
}

export function isJsonObject(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

/** Converts a JSON number as JsonSlurper reads it: to Integer, Long or BigDecimal. */
export function numberFromJson(n: number | bigint): Value {
  if (typeof n === "bigint") return n >= -(2n ** 31n) && n < 2n ** 31n ? Number(n) : new GLong(n);
  if (Number.isInteger(n)) {
    return n >= -(2 ** 31) && n < 2 ** 31 ? n : new GLong(BigInt(n));
  }
  return bigDecimalFromNumber(n);
}

/** Builds the BigDecimal with the digits of the shortest decimal text of `n` (`0.1` stays 0.1, not its binary value). */
function bigDecimalFromNumber(n: number): GBigDecimal {
  const text = String(n);
  const [mantissa, exponentText] = text.split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole, fraction = ""] = mantissa!.split(".");
  let unscaled = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    unscaled *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return new GBigDecimal(unscaled, scale);
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parses ISO-8601 date or date-time text into epoch milliseconds, or returns
 * null when the text is not a valid date. Text without a zone offset is read as UTC.
 */
export function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "0", zone] = match;
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis);
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    return null;
  }
  return local - zoneOffsetMillis(zone);
}

function zoneOffsetMillis(zone: string | undefined): number {
  if (zone === undefined || zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * Converts `json` into a runtime value of the declared type, appending a
 * {@link StateError} for each value of the wrong kind. A wrong value converts
 * to null so that one run reports every problem at once.
 */
export function valueFromJson(json: unknown, type: FieldType, path: string, errors: StateError[], depth = 0): Value {
  if (json === null || json === undefined) return null;
  if (depth > MAX_DEPTH) {
    errors.push({ path, message: `value is nested more than ${MAX_DEPTH} levels deep` });
    return null;
  }
  const expected = (what: string): null => {
    errors.push({ path, message: `expected ${what}, got ${describeJson(json)}` });
    return null;
  };

  switch (type.kind) {
    case "String":
      return typeof json === "string" ? json : expected("a string");
    case "Number":
      return typeof json === "number" || typeof json === "bigint" ? finiteNumber(json, path, errors) : expected("a number");
    case "Boolean":
      return typeof json === "boolean" ? json : expected("true or false");
    case "Date":
      return dateFromJson(json, path, errors);
    case "Any":
      return anyFromJson(json, path, errors, depth);
    case "List": {
      if (!Array.isArray(json)) return expected(`a list (${formatFieldType(type)})`);
      return json.map((item, index) => valueFromJson(item, type.element, childPath(path, index), errors, depth + 1));
    }
    case "Map": {
      if (!isJsonObject(json)) return expected(`an object (${formatFieldType(type)})`);
      const map = newMap();
      for (const key of Object.keys(json)) {
        mapPut(map, key, valueFromJson(json[key], type.value, childPath(path, key), errors, depth + 1));
      }
      return map;
    }
    case "Object": {
      if (!isJsonObject(json)) return expected(`an object (${type.name})`);
      return objectFromJson(json, findModelType(type.name)!, path, errors, depth);
    }
  }
}

/** Converts an object of a declared type; undeclared keys convert generically. */
export function objectFromJson(
  json: Record<string, unknown>,
  decl: TypeDecl,
  path: string,
  errors: StateError[],
  depth = 0,
): GMap {
  const map = newMap();
  for (const key of Object.keys(json)) {
    const fieldType = customFieldValueType(decl, key, json) ?? decl.fields.find((f) => f.name === key)?.type ?? { kind: "Any" };
    mapPut(map, key, valueFromJson(json[key], fieldType, childPath(path, key), errors, depth + 1));
  }
  return map;
}

const DATE_KINDS = new Set(["date", "datetime"]);

/** Returns Date for the `value` of a custom field whose `type` is `date` or `datetime`; undefined for every other field. */
function customFieldValueType(decl: TypeDecl, key: string, json: Record<string, unknown>): FieldType | undefined {
  if (decl.name === "CustomField" && key === "value" && typeof json.type === "string" && DATE_KINDS.has(json.type.toLowerCase())) {
    return { kind: "Date" };
  }
  return undefined;
}

function finiteNumber(json: number | bigint, path: string, errors: StateError[]): Value {
  if (typeof json === "number" && !Number.isFinite(json)) {
    errors.push({ path, message: `expected a finite number, got ${json}` });
    return null;
  }
  return numberFromJson(json);
}

function dateFromJson(json: unknown, path: string, errors: StateError[]): Value {
  if (typeof json === "number" && Number.isSafeInteger(json)) return new GDate(json);
  if (typeof json === "string") {
    const time = parseIsoDate(json);
    if (time !== null) return new GDate(time);
  }
  errors.push({
    path,
    message: `expected a date as epoch milliseconds or ISO-8601 text (2024-03-01T09:30:00Z), got ${describeJson(json)}`,
  });
  return null;
}

function anyFromJson(json: unknown, path: string, errors: StateError[], depth: number): Value {
  switch (typeof json) {
    case "string":
    case "boolean":
      return json;
    case "number":
    case "bigint":
      return finiteNumber(json, path, errors);
    case "object":
      if (Array.isArray(json)) {
        return json.map((item, index) => valueFromJson(item, { kind: "Any" }, childPath(path, index), errors, depth + 1));
      }
      return valueFromJson(json, { kind: "Map", value: { kind: "Any" } }, path, errors, depth);
    default:
      errors.push({ path, message: `expected a JSON value, got ${describeJson(json)}` });
      return null;
  }
}
