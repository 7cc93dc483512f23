/**
 * Iteration, type conversion (`as`), `instanceof` and `isCase` (switch cases
 * and `in`).
 *
 * Sets: the value contract has no set type, so `as Set` returns a JS array
 * that the collections module (`gdk/collections/sets.ts`) flags as a
 * LinkedHashSet. It prints like a list and keeps Java `equals` uniqueness.
 */

import type { ExecutionContext } from "../context.ts";
import { castError } from "../exceptions.ts";
import { mapEntryValues } from "../gdk/collections/map-entry.ts";
import { isSet, newLinkedSet } from "../gdk/collections/sets.ts";
import { newTreeSet } from "../gdk/collections/ordering.ts";
import { iterateRange, rangeContains, rangeValues } from "../gdk/ranges.ts";
import { MatcherObject, PatternObject } from "../gdk/regex-objects.ts";
import { javaEquals } from "../gdk/collections/hash.ts";
import { mapGet } from "../map.ts";
import { isNumber, long, toBigInt, toDecimal, toDouble, toIntBits, toLongBits } from "../numbers/kinds.ts";
import { parseJavaBigDecimal, parseJavaBigInteger, parseJavaDouble, parseJavaInt, parseJavaLong, trimJava } from "../numbers/parse.ts";
import { equals, toGroovyString, toGroovyStringIn, truthy } from "../ops.ts";
import { GBigInteger, GClass, GClosure, GDate, GDouble, GFloat, GMap, GRange, RuntimeObject, type Value } from "../values.ts";
import { callClosure, callMethod } from "./calls.ts";
import { isInstance, isSubtype, qualifiedTypeName, simpleTypeName } from "./types.ts";

/** Optional hook of runtime objects that can be iterated with `for (x in obj)` and `each`. */
interface IterableObject {
  groovyIterate?(ctx: ExecutionContext): Iterable<Value>;
}

/** Returns the values a `for (x in v)` loop visits: list items, map entries, range values or characters, and nothing for null. */
export function iterate(ctx: ExecutionContext, value: Value): Iterable<Value> {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  if (value instanceof GMap) return mapEntryValues(value);
  if (value instanceof GRange) return iterateRange(value);
  if (typeof value === "string") return Array.from({ length: value.length }, (_, i) => value[i]!);
  if (value instanceof MatcherObject) return value.values(ctx);
  if (value instanceof RuntimeObject) {
    const own = (value as RuntimeObject & IterableObject).groovyIterate;
    if (own !== undefined) return own.call(value, ctx);
  }
  // Groovy iterates any other object as a collection of itself.
  return [value];
}

const PRIMITIVES: Record<string, string> = {
  int: "Integer",
  long: "Long",
  double: "Double",
  float: "Float",
  short: "Short",
  byte: "Byte",
  boolean: "Boolean",
  char: "Character",
};

/** `value as Type`. */
export function asType(ctx: ExecutionContext, value: Value, typeName: string): Value {
  const primitive = Object.hasOwn(PRIMITIVES, typeName);
  const target = primitive ? PRIMITIVES[typeName]! : simpleTypeName(typeName);
  if (value === null) return target === "Boolean" && primitive ? false : null;
  switch (target) {
    case "Object":
    case "def":
      return value;
    case "String":
    case "CharSequence":
    case "GString":
      return toGroovyStringIn(ctx, value);
    case "Boolean":
      return truthy(value);
    case "Character":
      if (typeof value === "string" && value.length > 0) return value[0]!;
      if (isNumber(value)) return String.fromCharCode(toIntBits(value) & 0xffff);
      throw castError(value, qualifiedTypeName("Character"));
  }
  if (isNumericType(target)) return toNumberType(value, target);
  if (target === "List" || target === "ArrayList" || target === "Collection" || target === "Iterable") {
    return toList(ctx, value, target);
  }
  if (target === "Set" || target === "HashSet" || target === "LinkedHashSet") {
    if (Array.isArray(value) && isSet(value)) return value;
    return newLinkedSet(ctx, setItems(ctx, value, target));
  }
  if (target === "SortedSet" || target === "TreeSet") return newTreeSet(ctx, setItems(ctx, value, target));
  if (isInstance(value, target)) return value;
  if (value instanceof RuntimeObject) {
    const converted = value.invokeMethod(ctx, "asType", [new GClass(target, qualifiedTypeName(target))]);
    if (typeof converted !== "symbol") return converted;
  }
  throw castError(value, qualifiedTypeName(target));
}

/**
 * `(Type) value`: like `as`, except that a String converts to a number only
 * when it has one character (the character's code, as Groovy casts a char)
 * and never to a List or Set.
 */
export function castTo(ctx: ExecutionContext, value: Value, typeName: string): Value {
  if (typeof value !== "string") return asType(ctx, value, typeName);
  const primitive = Object.hasOwn(PRIMITIVES, typeName);
  const target = primitive ? PRIMITIVES[typeName]! : simpleTypeName(typeName);
  if (isNumericType(target)) {
    // Groovy casts a one-character String like a char, to its code; `Number` itself is not a cast target for it.
    if (value.length !== 1 || target === "Number") throw castError(value, primitive ? typeName : qualifiedTypeName(target));
    return toNumberType(value.charCodeAt(0), target);
  }
  if (["List", "ArrayList", "Collection", "Iterable", "Set", "HashSet", "LinkedHashSet", "SortedSet", "TreeSet"].includes(target)) {
    throw castError(value, qualifiedTypeName(target));
  }
  return asType(ctx, value, typeName);
}

const NUMERIC_TYPES = new Set(["Integer", "Long", "Short", "Byte", "Double", "Float", "BigDecimal", "BigInteger", "Number"]);

function isNumericType(name: string): boolean {
  return NUMERIC_TYPES.has(name);
}

/** Number conversions: numbers narrow like Java's `intValue()`; strings parse like `toInteger()` and friends. */
function toNumberType(value: Value, target: string): Value {
  if (typeof value === "string") return parseNumberText(value, target);
  if (!isNumber(value)) throw castError(value, qualifiedTypeName(target));
  switch (target) {
    case "Integer":
      return toIntBits(value);
    case "Short":
      return (toIntBits(value) << 16) >> 16;
    case "Byte":
      return (toIntBits(value) << 24) >> 24;
    case "Long":
      return long(toLongBits(value));
    case "Double":
      return new GDouble(toDouble(value));
    case "Float":
      return new GFloat(Math.fround(toDouble(value)));
    case "BigDecimal":
      return toDecimal(value);
    case "BigInteger":
      return new GBigInteger(toBigInt(value));
    default:
      return value;
  }
}

function parseNumberText(text: string, target: string): Value {
  const trimmed = trimJava(text);
  switch (target) {
    case "Integer":
      return parseJavaInt(trimmed);
    case "Short":
    case "Byte": {
      const parsed = parseJavaInt(trimmed);
      const bits = target === "Short" ? 16 : 8;
      if (parsed !== (parsed << (32 - bits)) >> (32 - bits)) {
        throw castError(text, qualifiedTypeName(target), `Value out of range. Value:"${trimmed}" Radix:10`);
      }
      return parsed;
    }
    case "Long":
      return parseJavaLong(trimmed);
    case "Double":
      return new GDouble(parseJavaDouble(trimmed));
    case "Float":
      return new GFloat(Math.fround(parseJavaDouble(trimmed)));
    case "BigDecimal":
      return parseJavaBigDecimal(trimmed);
    case "BigInteger":
      return parseJavaBigInteger(trimmed);
    default:
      throw castError(text, "java.lang.Number");
  }
}

function collectionItems(ctx: ExecutionContext, value: Value, target: string): Value[] {
  if (Array.isArray(value)) return value;
  if (value instanceof GRange) return rangeValues(ctx, value);
  if (typeof value === "string") return [...iterate(ctx, value)];
  if (value instanceof GMap) return mapEntryValues(value);
  throw castError(value, qualifiedTypeName(target));
}

/** Elements for `as Set`: collections only (Groovy turns only a String into a list, not into a set). */
function setItems(ctx: ExecutionContext, value: Value, target: string): Value[] {
  if (typeof value === "string") throw castError(value, qualifiedTypeName(target));
  return collectionItems(ctx, value, target);
}

function toList(ctx: ExecutionContext, value: Value, target: string): Value {
  if (Array.isArray(value) && !isSet(value)) return value;
  if (value instanceof GRange && target !== "ArrayList") return value;
  return [...collectionItems(ctx, value, target)];
}

/** `value instanceof Type`. */
export function instanceOf(value: Value, typeName: string): boolean {
  return isInstance(value, typeName);
}

/** `caseValue.isCase(value)`: switch cases and `in`. */
export function isCase(ctx: ExecutionContext, caseValue: Value, value: Value): boolean {
  if (caseValue === null) return value === null;
  if (typeof caseValue === "string") return value !== null && caseValue === toGroovyString(value);
  if (isNumber(caseValue)) return isNumber(value) && equals(caseValue, value);
  if (caseValue instanceof GClass) {
    if (value instanceof GClass) return isSubtype(value.qualifiedName, caseValue.qualifiedName);
    return isInstance(value, caseValue.qualifiedName);
  }
  if (caseValue instanceof GRange) return rangeContains(caseValue, value);
  if (Array.isArray(caseValue)) return caseValue.some((item) => javaEquals(item, value));
  if (caseValue instanceof GMap) return truthy(mapGet(caseValue, value));
  if (caseValue instanceof GClosure) return truthy(callClosure(ctx, caseValue, [value]));
  if (caseValue instanceof PatternObject) return value !== null && caseValue.regex.matchEntire(toGroovyString(value)) !== null;
  if (caseValue instanceof RuntimeObject) {
    const own = caseValue.invokeMethod(ctx, "isCase", [value]);
    if (typeof own !== "symbol") return truthy(own);
    return equals(caseValue, value);
  }
  if (caseValue instanceof GDate || typeof caseValue === "boolean") return equals(caseValue, value);
  return truthy(callMethod(ctx, caseValue, "isCase", [value]));
}

