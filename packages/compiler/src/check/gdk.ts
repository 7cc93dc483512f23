/**
 * Result types of GDK and JDK methods and the parameter types of the closures
 * they take. Which methods exist is read from the runtime's method tables
 * (`methodNames`), so this file only adds types; a method it does not list
 * returns `dynamic`. A test checks that every method named here exists in
 * the runtime for the receiver kind it is listed under.
 */

import { BOOLEAN, DATE, DYNAMIC, INTEGER, listOf, NULL, numberOf, STRING, withNullable, type Type } from "./types.ts";

/** The element type of an iterable receiver: list items, range numbers, string characters; null otherwise. */
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

/** A map entry as closures and `entrySet()` see it. */
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
    "multiply", "take", "drop", "takeWhile", "dropWhile", "concat", "intern", "stripLeading", "stripTrailing", "expand", "unexpand",
    "getAt", "next", "previous", "format", "repeat", "takeRight", "dropRight", "toUpperCase", "trim"].map((n) => [n, STRING] as const),
  ...["split", "tokenize", "readLines", "toList", "findAll", "lines", "toSet", "chars"].map((n) => [n, listOf(STRING)] as const),
  ...["size", "length", "indexOf", "lastIndexOf", "compareTo", "compareToIgnoreCase", "count", "toInteger", "asInteger", "hashCode", "codePointAt"].map((n) => [n, INTEGER] as const),
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
  ...["toString", "toHexString", "toBinaryString"].map((n) => [n, STRING] as const),
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

/** Result of a method on a list, range or other collection with element type `element`. */
function collectionResult(receiver: Type, element: Type, method: string, closure: Type | null): Type | undefined {
  const sameList = listOf(element);
  switch (method) {
    case "collect":
      return listOf(closure ?? element);
    case "collectMany":
    case "flatten":
    case "withIndex":
    case "indexed":
    case "collate":
    case "transpose":
    case "combinations":
    case "subsequences":
    case "permutations":
    case "findResults":
      return listOf(DYNAMIC);
    case "findAll":
    case "grep":
    case "unique":
    case "toUnique":
    case "sort":
    case "toSorted":
    case "reverse":
    case "toList":
    case "asList":
    case "take":
    case "drop":
    case "takeRight":
    case "dropRight":
    case "takeWhile":
    case "dropWhile":
    case "tail":
    case "init":
    case "plus":
    case "minus":
    case "intersect":
    case "subList":
    case "asImmutable":
    case "asUnmodifiable":
    case "toSet":
    case "leftShift":
    case "each":
    case "eachWithIndex":
    case "reverseEach":
    case "shuffled":
    case "getAt":
      return method === "getAt" ? DYNAMIC : receiver.kind === "list" ? sameList : method === "each" ? receiver : sameList;
    case "find":
    case "findResult":
      return withNullable(method === "find" ? element : closure ?? DYNAMIC, true);
    case "first":
    case "last":
    case "head":
    case "get":
    case "pop":
    case "removeAt":
      return element;
    case "max":
    case "min":
      return element;
    case "join":
    case "toString":
    case "inspect":
      return STRING;
    case "size":
    case "count":
    case "indexOf":
    case "lastIndexOf":
    case "findIndexOf":
    case "findLastIndexOf":
    case "hashCode":
      return INTEGER;
    case "isEmpty":
    case "contains":
    case "containsAll":
    case "any":
    case "every":
    case "add":
    case "addAll":
    case "removeAll":
    case "retainAll":
    case "disjoint":
    case "equals":
    case "asBoolean":
    case "isCase":
      return BOOLEAN;
    case "groupBy":
    case "countBy":
    case "collectEntries":
      return { kind: "map", value: DYNAMIC };
    case "sum":
      return element.kind === "number" || element.kind === "string" ? element : DYNAMIC;
    default:
      return undefined;
  }
}

function mapResult(receiver: Type & { kind: "map" }, method: string, closure: Type | null): Type | undefined {
  switch (method) {
    case "get":
    case "getAt":
    case "put":
    case "remove":
    case "getOrDefault":
    case "putIfAbsent":
    case "computeIfAbsent":
      return receiver.value;
    case "keySet":
      return listOf(DYNAMIC);
    case "values":
      return listOf(receiver.value);
    case "entrySet":
      return listOf(mapEntryType(receiver));
    case "containsKey":
    case "containsValue":
    case "isEmpty":
    case "any":
    case "every":
    case "equals":
    case "asBoolean":
      return BOOLEAN;
    case "size":
    case "count":
    case "hashCode":
      return INTEGER;
    case "collect":
      return listOf(closure ?? DYNAMIC);
    case "findAll":
    case "sort":
    case "subMap":
    case "plus":
    case "minus":
    case "each":
    case "eachWithIndex":
    case "asImmutable":
    case "collectEntries":
    case "groupBy":
    case "countBy":
      return method === "findAll" || method === "sort" || method === "subMap" || method === "each" || method === "eachWithIndex" || method === "asImmutable"
        ? receiver
        : { kind: "map", value: DYNAMIC };
    case "find":
      return withNullable(mapEntryType(receiver), true);
    case "toString":
    case "inspect":
      return STRING;
    default:
      return undefined;
  }
}

/** Methods every object has in Groovy, with their result types. */
const OBJECT_RESULTS = new Map<string, Type>([
  ["toString", STRING],
  ["inspect", STRING],
  ["dump", STRING],
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
      found = collectionResult(receiver, elementType(receiver)!, method, closure);
      break;
    case "map":
      found = mapResult(receiver, method, closure);
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
