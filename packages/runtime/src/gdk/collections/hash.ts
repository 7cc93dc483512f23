/**
 * Java `hashCode()` and `equals()` of runtime values.
 *
 * Groovy exposes both through behaviour a rule can see: a HashSet iterates in
 * hash-bucket order, and sorting values that cannot be compared falls back to
 * their hash codes. Collections and map keys compare with `equals`, which is
 * stricter than Groovy's `==` (`1` and `1L` are different).
 */

import { LimitError, RuleException } from "../../errors.ts";
import { mapEntries, mapKeyOf } from "../../map.ts";
import {
  GBigDecimal,
  GBigInteger,
  GDate,
  GDouble,
  GFloat,
  GLong,
  GMap,
  GRange,
  RuntimeObject,
  type Value,
} from "../../values.ts";
import type { OperatorHooks } from "../../ops.ts";
import { MapEntry } from "./map-entry.ts";
import { isSet } from "./sets.ts";

/** Java's `String.hashCode()`. */
export function stringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** Java's `Long.hashCode()`: the two 32-bit halves XORed. */
function longHash(value: bigint): number {
  const bits = BigInt.asUintN(64, value);
  return Number(BigInt.asIntN(32, bits ^ (bits >> 32n)));
}

/** Java's `BigInteger.hashCode()` over the big-endian 32-bit words of the magnitude. */
function bigIntegerHash(value: bigint): number {
  let sign = 0;
  if (value < 0n) sign = -1;
  else if (value > 0n) sign = 1;
  let magnitude = value < 0n ? -value : value;
  const words: number[] = [];
  while (magnitude > 0n) {
    words.unshift(Number(magnitude & 0xffffffffn));
    magnitude >>= 32n;
  }
  let hash = 0;
  for (const word of words) hash = (Math.imul(hash, 31) + word) | 0;
  return Math.imul(hash, sign);
}

const doubleView = new DataView(new ArrayBuffer(8));

function doubleHash(value: number): number {
  doubleView.setFloat64(0, Number.isNaN(value) ? NaN : value);
  return longHash(doubleView.getBigInt64(0));
}

function floatHash(value: number): number {
  doubleView.setFloat32(0, Number.isNaN(value) ? NaN : value);
  return doubleView.getInt32(0);
}

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 0x2a5f_3c1;

function identityHash(value: object): number {
  let hash = identityHashes.get(value);
  if (hash === undefined) {
    nextIdentityHash = (Math.imul(nextIdentityHash, 1103515245) + 12345) | 0;
    hash = nextIdentityHash;
    identityHashes.set(value, hash);
  }
  return hash;
}

/** Deepest nesting that hashing and equality follow; Java would overflow its stack on deeper values too. */
const MAX_DEPTH = 1000;

/**
 * Most values one hash or equality check visits. Lists that share elements
 * can describe billions of nodes in little memory, and these functions run
 * without an execution context that could stop them by time.
 */
const MAX_VISITS = 10_000_000;
let visits = 0;

function visit(depth: number): void {
  if (depth === 0) visits = 0;
  if (++visits > MAX_VISITS) {
    throw new LimitError("steps", `hashing or comparing a value visited more than ${MAX_VISITS} elements`);
  }
}

function tooDeep(): never {
  throw new RuleException("StackOverflowError", `the value is nested more than ${MAX_DEPTH} levels deep, too deep to hash or compare`);
}

/** Java's `hashCode()` for a runtime value (0 for null). */
export function javaHashCode(value: Value, depth = 0): number {
  if (depth > MAX_DEPTH) tooDeep();
  visit(depth);
  if (value === null) return 0;
  if (typeof value === "string") return stringHash(value);
  if (typeof value === "number") return value | 0;
  if (typeof value === "boolean") return value ? 1231 : 1237;
  if (value instanceof GLong) return longHash(value.value);
  if (value instanceof GBigInteger) return bigIntegerHash(value.value);
  if (value instanceof GBigDecimal) return (Math.imul(31, bigIntegerHash(value.unscaled)) + value.scale) | 0;
  if (value instanceof GDouble) return doubleHash(value.value);
  if (value instanceof GFloat) return floatHash(value.value);
  if (value instanceof GDate) return longHash(BigInt(Math.trunc(value.time)));
  if (Array.isArray(value)) {
    let hash = isSet(value) ? 0 : 1;
    for (const item of value) {
      const itemHash = javaHashCode(item, depth + 1);
      hash = isSet(value) ? (hash + itemHash) | 0 : (Math.imul(hash, 31) + itemHash) | 0;
    }
    return hash;
  }
  if (value instanceof GMap) {
    let hash = 0;
    for (const [k, v] of mapEntries(value)) hash = (hash + (javaHashCode(k, depth + 1) ^ javaHashCode(v, depth + 1))) | 0;
    return hash;
  }
  if (value instanceof MapEntry) return javaHashCode(value.key, depth + 1) ^ javaHashCode(value.value, depth + 1);
  if (value instanceof GRange) return identityHash(value);
  return identityHash(value);
}

/**
 * Java's `equals()`: what `contains`, `indexOf`, `remove(Object)` and set
 * membership use. Numbers of different classes are never equal.
 */
export function javaEquals(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_DEPTH) tooDeep();
  visit(depth);
  if (a instanceof GDate && b instanceof GDate) return a.time === b.time && a.timestamp === b.timestamp;
  if (a instanceof MapEntry && b instanceof MapEntry) return javaEquals(a.key, b.key, depth + 1) && javaEquals(a.value, b.value, depth + 1);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (isSet(a) !== isSet(b) || a.length !== b.length) return false;
    if (isSet(a)) return a.every((item) => b.some((other) => javaEquals(item, other, depth + 1)));
    // A plain loop keeps one stack frame per nesting level.
    for (let i = 0; i < a.length; i++) if (!javaEquals(a[i]!, b[i]!, depth + 1)) return false;
    return true;
  }
  if (a instanceof GMap && b instanceof GMap) {
    if (a.size !== b.size) return false;
    for (const [canonical, value] of a) {
      const other = b.get(canonical);
      if (other === undefined || !javaEquals(value, other, depth + 1)) return false;
    }
    return true;
  }
  if (a === null || b === null) return false;
  if (a instanceof RuntimeObject) {
    // Value objects such as LocalDate define equality through the operator hook.
    const own = (a as RuntimeObject & OperatorHooks).groovyEquals;
    return own !== undefined ? own.call(a, b) : false;
  }
  if (typeof a === "object" && typeof b === "object" && a.constructor !== b.constructor) return false;
  return mapKeyOf(a) === mapKeyOf(b);
}
