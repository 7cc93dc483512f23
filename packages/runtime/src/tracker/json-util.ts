/**
 * Helpers for JSON objects whose keys come from rules. A key such as
 * `__proto__` must stay an ordinary key, so reads check own properties and
 * writes define them.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** Reads an own property; inherited names such as `constructor` read as undefined. */
export function getOwn(object: unknown, key: string): unknown {
  return isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Sets an own, enumerable property, even for `__proto__`. */
export function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Returns a string field of an object, or null when it is missing or not a string. */
export function textField(object: unknown, key: string): string | null {
  const value = getOwn(object, key);
  return typeof value === "string" ? value : null;
}

/** Returns an id-like field (string or number) as a string, or null. */
export function idField(object: unknown, key: string): string | null {
  const value = getOwn(object, key);
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** Compares two JSON values structurally; key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => jsonEqual(item, other[index]));
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && jsonEqual((a as JsonObject)[key], (b as JsonObject)[key]));
}
