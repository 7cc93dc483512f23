/**
 * Result types of GDK and JDK methods and the parameter types of the closures
 * they take. Which methods exist is read from the runtime's method tables
 * (`methodNames`), so this file only adds types; a method it does not list
 * returns `dynamic`. A test checks that every method named here exists in
 * the runtime for the receiver kind it is listed under.
 */

import { BOOLEAN, DATE, DYNAMIC, INTEGER, listOf, NULL, numberOf, STRING, withNullable, type Type } from "./types.ts";

/** Returns the element type of an iterable receiver (list items, range numbers, string characters), or null. */
export function elementType(receiver: Type): Type | null {
  switch (receiver.kind) {
    case "list":
      return receiver.element;
    case "range":
      return INTEGER;
    case "string":
      return STRING;
    default:
      return null;
  }
}

/** Returns the type of a map entry as closures and `entrySet()` see it. */
export function mapEntryType(map: Type): Type {
  return { kind: "object", name: "MapEntry", valueType: map.kind === "map" ? map.value : DYNAMIC };
}

/** Methods whose closure takes two elements to compare. */
const COMPARATORS = new Set(["sort", "toSorted", "max", "min", "unique", "toUnique"]);

/** Parameter types of the closure passed to `method` on `receiver`, for `count` declared parameters (1 for `it`). */
export function closureParameters(receiver: Type, method: string, count: number): Type[] {
  const fill = (types: Type[]) => Array.from({ length: count }, (_, i) => types[i] ?? DYNAMIC);
  if (method === "with" || method === "tap") return fill([receiver]);
  if (receiver.kind === "map") {
    const entry = mapEntryType(receiver);
    if (method === "eachWithIndex") return count === 3 ? [DYNAMIC, receiver.value, INTEGER] : fill([entry, INTEGER]);
    if (method === "inject") return count === 3 ? [DYNAMIC, DYNAMIC, receiver.value] : fill([DYNAMIC, entry]);
    if (COMPARATORS.has(method)) return count === 2 ? [entry, entry] : fill([entry]);
    return count >= 2 ? fill([DYNAMIC, receiver.value]) : fill([entry]);
  }
  const element = elementType(receiver);
  if (element === null) return fill([]);
  if (method === "eachWithIndex" || method === "collectWithIndex") return fill([element, INTEGER]);
  if (method === "inject") return fill([DYNAMIC, element]);
  if (COMPARATORS.has(method)) return count === 2 ? [element, element] : fill([element]);
  return count <= 1 ? fill([element]) : fill([]);
}

const stringResults = new Map<string, Type>([
  ...["trim", "strip", "toUpperCase", "toLowerCase", "replace", "replaceAll", "replaceFirst", "substring", "capitalize", "uncapitalize",
    "reverse", "padLeft", "padRight", "center", "stripIndent", "stripMargin", "denormalize", "normalize", "toString", "plus", "minus",
    "multiply", "take", "drop", "takeWhile", "dropWhile", "concat", "intern", "stripLeading", "stripTrailing",
    "getAt", "next", "previous", "format", "repeat", "takeRight", "dropRight"].map((n) => [n, STRING] as const),
  ...["split", "tokenize", "readLines", "toList", "findAll", "toSet"].map((n) => [n, listOf(STRING)] as const),
  ...["size", "length", "indexOf", "lastIndexOf", "compareTo", "compareToIgnoreCase", "count", "toInteger", "hashCode", "codePointAt"].map((n) => [n, INTEGER] as const),
  ...["contains", "startsWith", "endsWith", "isEmpty", "matches", "equals", "equalsIgnoreCase", "isNumber", "isInteger", "isBlank",
    "isLong", "isDouble", "isBigDecimal", "isBigInteger", "isFloat", "asBoolean", "isCase", "containsIgnoreCase", "isAllWhitespace"].map((n) => [n, BOOLEAN] as const),
  ["toLong", numberOf("Long")],
  ["toBigDecimal", numberOf("BigDecimal")],
  ["toBigInteger", numberOf("BigInteger")],
  ["toDouble", numberOf("Double")],
  ["toFloat", numberOf("Float")],
  ["toBoolean", BOOLEAN],
  // `find(regex)` returns null when nothing matches.
  ["find", withNullable(STRING, true)],
]);

const numberResults = new Map<string, Type>([
  ["toString", STRING],
  ...["intValue", "toInteger", "compareTo", "hashCode", "signum"].map((n) => [n, INTEGER] as const),
  ...["equals", "asBoolean"].map((n) => [n, BOOLEAN] as const),
  ["longValue", numberOf("Long")],
  ["toLong", numberOf("Long")],
  ["doubleValue", numberOf("Double")],
  ["toDouble", numberOf("Double")],
  ["toBigDecimal", numberOf("BigDecimal")],
  ["toBigInteger", numberOf("BigInteger")],
]);

const dateResults = new Map<string, Type>([
  ["format", STRING],
  ["toString", STRING],
  ["getTime", numberOf("Long")],
  ["before", BOOLEAN],
  ["after", BOOLEAN],
  ["equals", BOOLEAN],
  ["compareTo", INTEGER],
  ["clearTime", DATE],
  ["clone", DATE],
  ["next", DATE],
  ["previous", DATE],
  ["toTimestamp", DATE],
  ...["getDate", "getDay", "getHours", "getMinutes", "getMonth", "getSeconds", "getYear"].map((n) => [n, INTEGER] as const),
]);

type Result = (receiver: Type, element: Type, closure: Type | null) => Type;

const group = (names: string[], result: Result): [string, Result][] => names.map((name) => [name, result]);

/** Results of methods on a list or range with element type `element`. */
const collectionResults = new Map<string, Result>([
  ["collect", (_r, element, closure) => listOf(closure ?? element)],
  ...group(["collectMany", "flatten", "withIndex", "indexed", "collate", "findResults"], () => listOf(DYNAMIC)),
  ...group(
    ["findAll", "grep", "unique", "toUnique", "sort", "toSorted", "reverse", "toList", "asList", "take", "drop", "takeRight", "dropRight",
      "takeWhile", "dropWhile", "tail", "init", "plus", "minus", "intersect", "subList", "asImmutable", "asUnmodifiable", "toSet", "leftShift"],
    (_r, element) => listOf(element),
  ),
  ...group(["each", "eachWithIndex", "reverseEach"], (receiver) => receiver),
  ["find", (_r, element) => withNullable(element, true)],
  ["findResult", (_r, _e, closure) => withNullable(closure ?? DYNAMIC, true)],
  ...group(["first", "last", "head", "get", "pop", "removeAt", "max", "min"], (_r, element) => element),
  ...group(["join", "toString", "inspect"], () => STRING),
  ...group(["size", "count", "indexOf", "lastIndexOf", "findIndexOf", "findLastIndexOf", "hashCode"], () => INTEGER),
  ...group(["isEmpty", "contains", "containsAll", "any", "every", "add", "addAll", "removeAll", "retainAll", "disjoint", "equals", "asBoolean", "isCase"], () => BOOLEAN),
  ...group(["groupBy", "countBy", "collectEntries"], () => ({ kind: "map", value: DYNAMIC })),
  ["sum", (_r, element) => (element.kind === "number" || element.kind === "string" ? element : DYNAMIC)],
]);

/** Results of methods on a map whose values have type `element`. */
const mapResults = new Map<string, Result>([
  ...group(["get", "getAt", "put", "remove", "getOrDefault", "putIfAbsent", "computeIfAbsent"], (_r, value) => value),
  ["keySet", () => listOf(DYNAMIC)],
  ["values", (_r, value) => listOf(value)],
  ["entrySet", (receiver) => listOf(mapEntryType(receiver))],
  ...group(["containsKey", "containsValue", "isEmpty", "any", "every", "equals", "asBoolean"], () => BOOLEAN),
  ...group(["size", "count", "hashCode"], () => INTEGER),
  ["collect", (_r, _v, closure) => listOf(closure ?? DYNAMIC)],
  ...group(["findAll", "sort", "subMap", "each", "eachWithIndex", "asImmutable"], (receiver) => receiver),
  ...group(["plus", "minus", "collectEntries", "groupBy", "countBy"], () => ({ kind: "map", value: DYNAMIC })),
  ["find", (receiver) => withNullable(mapEntryType(receiver), true)],
  ...group(["toString", "inspect"], () => STRING),
]);

/** The method names each table types, by runtime tag, for the test that checks them against the runtime. */
export function typedMethodNames(): Record<"String" | "Integer" | "Date" | "List" | "Map" | "Object", string[]> {
  return {
    String: [...stringResults.keys()],
    Integer: [...numberResults.keys()],
    Date: [...dateResults.keys()],
    List: [...collectionResults.keys()],
    Map: [...mapResults.keys()],
    Object: [...OBJECT_RESULTS.keys()],
  };
}

/** Methods every object has in Groovy, with their result types. */
const OBJECT_RESULTS = new Map<string, Type>([
  ["toString", STRING],
  ["inspect", STRING],
  ["equals", BOOLEAN],
  ["is", BOOLEAN],
  ["asBoolean", BOOLEAN],
  ["hashCode", INTEGER],
  ["getClass", DYNAMIC],
  ["with", DYNAMIC],
  ["tap", DYNAMIC],
  ["identity", DYNAMIC],
  ["asType", DYNAMIC],
]);

/** Names accepted on any receiver, because Groovy defines them on `Object`. */
export function isObjectMethod(name: string): boolean {
  return OBJECT_RESULTS.has(name);
}

/**
 * The result type of `receiver.method(...)`; `closure` is the return type
 * of a closure argument. Returns `dynamic` for a method this table does not type.
 */
export function methodResult(receiver: Type, method: string, closure: Type | null): Type {
  if (method === "with" && closure !== null) return closure;
  if (method === "tap") return receiver;
  let found: Type | undefined;
  switch (receiver.kind) {
    case "string":
      found = stringResults.get(method);
      break;
    case "number":
      found = numberResults.get(method) ?? (["abs", "plus", "minus", "multiply", "power", "next", "previous"].includes(method) ? receiver : undefined);
      break;
    case "date":
      found = dateResults.get(method);
      break;
    case "list":
    case "range":
      found = collectionResults.get(method)?.(receiver, elementType(receiver)!, closure);
      break;
    case "map":
      found = mapResults.get(method)?.(receiver, receiver.value, closure);
      break;
    case "null":
      return method === "toString" ? STRING : NULL;
  }
  return found ?? OBJECT_RESULTS.get(method) ?? DYNAMIC;
}

/**
 * Methods Groovy lets rule code call on null (the runtime's null-object
 * methods): calling them through a null receiver is not a null dereference.
 */
export const NULL_SAFE_METHODS: ReadonlySet<string> = new Set([
  "toString", "inspect", "equals", "is", "asBoolean", "asType", "plus", "getClass", "with",
  "each", "eachWithIndex", "collect", "findAll", "grep", "find", "any", "every", "inject",
]);

/** Result types of common static methods, by `Class.method`; others are `dynamic`. */
const STATIC_RESULTS = new Map<string, Type>([
  ["JsonOutput.toJson", STRING],
  ["JsonOutput.prettyPrint", STRING],
  ["String.valueOf", STRING],
  ["String.format", STRING],
  ["String.join", STRING],
  ["Integer.parseInt", INTEGER],
  ["Integer.valueOf", INTEGER],
  ["Long.parseLong", numberOf("Long")],
  ["Long.valueOf", numberOf("Long")],
  ["Double.parseDouble", numberOf("Double")],
  ["Double.valueOf", numberOf("Double")],
  ["Boolean.parseBoolean", BOOLEAN],
  ["Boolean.valueOf", BOOLEAN],
]);

export function staticResult(className: string, method: string): Type {
  return STATIC_RESULTS.get(`${className}.${method}`) ?? DYNAMIC;
}
