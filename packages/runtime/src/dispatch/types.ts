/**
 * Java types of runtime values: the class Groovy reports for a value, the
 * method-table tag it dispatches on, and `instanceof` with the Java
 * supertypes of each class.
 */

import { findClass, type TypeTag } from "../registry.ts";
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
import { isSet, setKind } from "../gdk/collections/sets.ts";

/** Java supertypes (simple names) of the classes that plain values have, nearest first. */
const SUPERTYPES: Record<string, string[]> = {
  Integer: ["Number", "Comparable", "Serializable"],
  Long: ["Number", "Comparable", "Serializable"],
  Short: ["Number", "Comparable", "Serializable"],
  Byte: ["Number", "Comparable", "Serializable"],
  Double: ["Number", "Comparable", "Serializable"],
  Float: ["Number", "Comparable", "Serializable"],
  BigInteger: ["Number", "Comparable", "Serializable"],
  BigDecimal: ["Number", "Comparable", "Serializable"],
  Number: ["Serializable"],
  String: ["CharSequence", "Comparable", "Serializable"],
  Boolean: ["Comparable", "Serializable"],
  ArrayList: ["AbstractList", "List", "Collection", "Iterable", "RandomAccess", "Cloneable", "Serializable"],
  LinkedHashSet: ["HashSet", "AbstractSet", "Set", "Collection", "Iterable", "Cloneable", "Serializable"],
  HashSet: ["AbstractSet", "Set", "Collection", "Iterable", "Cloneable", "Serializable"],
  TreeSet: ["AbstractSet", "NavigableSet", "SortedSet", "Set", "Collection", "Iterable", "Cloneable", "Serializable"],
  LinkedHashMap: ["HashMap", "AbstractMap", "Map", "Cloneable", "Serializable"],
  IntRange: ["AbstractList", "Range", "List", "Collection", "Iterable", "Serializable"],
  ObjectRange: ["AbstractList", "Range", "List", "Collection", "Iterable", "Serializable"],
  Closure: ["GroovyObjectSupport", "GroovyObject", "Runnable", "Callable", "Cloneable", "Serializable"],
  Date: ["Comparable", "Cloneable", "Serializable"],
  Timestamp: ["Date", "Comparable", "Cloneable", "Serializable"],
  Class: ["Type", "Serializable"],
};

/** Fully qualified names of the Java types above, for `instanceof java.util.List` and messages. */
const QUALIFIED: Record<string, string> = {
  Object: "java.lang.Object",
  Integer: "java.lang.Integer",
  Long: "java.lang.Long",
  Short: "java.lang.Short",
  Byte: "java.lang.Byte",
  Double: "java.lang.Double",
  Float: "java.lang.Float",
  Number: "java.lang.Number",
  BigInteger: "java.math.BigInteger",
  BigDecimal: "java.math.BigDecimal",
  String: "java.lang.String",
  CharSequence: "java.lang.CharSequence",
  Comparable: "java.lang.Comparable",
  Boolean: "java.lang.Boolean",
  Serializable: "java.io.Serializable",
  Cloneable: "java.lang.Cloneable",
  Iterable: "java.lang.Iterable",
  Runnable: "java.lang.Runnable",
  Class: "java.lang.Class",
  ArrayList: "java.util.ArrayList",
  AbstractList: "java.util.AbstractList",
  List: "java.util.List",
  Collection: "java.util.Collection",
  RandomAccess: "java.util.RandomAccess",
  Set: "java.util.Set",
  AbstractSet: "java.util.AbstractSet",
  HashSet: "java.util.HashSet",
  LinkedHashSet: "java.util.LinkedHashSet",
  TreeSet: "java.util.TreeSet",
  SortedSet: "java.util.SortedSet",
  NavigableSet: "java.util.NavigableSet",
  Map: "java.util.Map",
  AbstractMap: "java.util.AbstractMap",
  HashMap: "java.util.HashMap",
  LinkedHashMap: "java.util.LinkedHashMap",
  Date: "java.util.Date",
  Timestamp: "java.sql.Timestamp",
  Callable: "java.util.concurrent.Callable",
  Type: "java.lang.reflect.Type",
  IntRange: "groovy.lang.IntRange",
  ObjectRange: "groovy.lang.ObjectRange",
  Range: "groovy.lang.Range",
  Closure: "groovy.lang.Closure",
  GroovyObject: "groovy.lang.GroovyObject",
  GroovyObjectSupport: "groovy.lang.GroovyObjectSupport",
  GString: "groovy.lang.GString",
};

const SIMPLE_BY_QUALIFIED = new Map(Object.entries(QUALIFIED).map(([simple, qualified]) => [qualified, simple]));

/** Java interfaces among the names above: `List.toString()` prints "interface java.util.List". */
const INTERFACES = new Set([
  "CharSequence", "Comparable", "Serializable", "Cloneable", "Iterable", "Runnable", "List", "Collection",
  "RandomAccess", "Set", "SortedSet", "NavigableSet", "Map", "Callable", "Type", "Range", "GroovyObject",
]);

/** Returns the simple name of a possibly qualified Java type name (`java.util.List` → `List`, `Map.Entry` stays). */
export function simpleTypeName(name: string): string {
  const trimmed = name.replace(/<.*>$/s, "").trim();
  const known = SIMPLE_BY_QUALIFIED.get(trimmed);
  if (known !== undefined) return known;
  const registered = findClass(trimmed);
  if (registered !== undefined) return registered.name;
  if (/^[a-z]/.test(trimmed) && trimmed.includes(".")) return trimmed.slice(trimmed.lastIndexOf(".") + 1);
  return trimmed;
}

/** Returns the qualified Java name for a simple type name, or the name itself when the runtime has no class of that name. */
export function qualifiedTypeName(simple: string): string {
  return Object.hasOwn(QUALIFIED, simple) ? QUALIFIED[simple]! : findClass(simple)?.qualifiedName ?? simple;
}

export function isInterfaceName(simple: string): boolean {
  return INTERFACES.has(simple);
}

/**
 * Lists that stand for Java arrays, with their element class: what
 * `String.split` and `toCharArray` return. They behave as lists everywhere,
 * and additionally have the array's `length` property and class name.
 */
const javaArrays = new WeakMap<Value[], string>();

/** Marks `list` as a Java array of `elementClass` (a qualified name such as `java.lang.String`). */
export function markJavaArray<T extends Value[]>(list: T, elementClass: string): T {
  javaArrays.set(list, elementClass);
  return list;
}

/** Returns the element class of a list that stands for a Java array, or undefined. */
export function javaArrayElement(list: Value[]): string | undefined {
  return javaArrays.get(list);
}

/** Returns the simple Java class name of a value (`Integer`, `ArrayList`, `LinkedHashMap`). */
export function javaSimpleName(value: Value): string {
  const qualified = javaClassName(value);
  return qualified.slice(qualified.lastIndexOf(".") + 1);
}

/** Returns the fully qualified Java class name Groovy reports for a value, or "null" for null. */
export function javaClassName(value: Value): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return "java.lang.String";
    case "boolean":
      return "java.lang.Boolean";
    case "number":
      return (value | 0) === value && !Object.is(value, -0) ? "java.lang.Integer" : "java.lang.Double";
  }
  if (Array.isArray(value)) {
    const element = javaArrays.get(value);
    if (element === "char") return "[C";
    if (element === "byte") return "[B";
    if (element !== undefined) return `[L${element};`;
    const kind = isSet(value) ? setKind(value) : undefined;
    if (kind === "hash") return "java.util.HashSet";
    if (kind === "linked") return "java.util.LinkedHashSet";
    if (kind === "tree") return "java.util.TreeSet";
    return "java.util.ArrayList";
  }
  if (value instanceof GLong) return "java.lang.Long";
  if (value instanceof GBigInteger) return "java.math.BigInteger";
  if (value instanceof GBigDecimal) return "java.math.BigDecimal";
  if (value instanceof GDouble) return "java.lang.Double";
  if (value instanceof GFloat) return "java.lang.Float";
  if (value instanceof GMap) return "java.util.LinkedHashMap";
  if (value instanceof GRange) return rangeClass(value);
  if (value instanceof GClosure) return "groovy.lang.Closure";
  if (value instanceof GDate) return value.timestamp ? "java.sql.Timestamp" : "java.util.Date";
  if (value instanceof GClass) return "java.lang.Class";
  return qualifiedTypeName(value.className);
}

function rangeClass(range: GRange): string {
  const integral = (v: Value) => typeof v === "number" && (v | 0) === v;
  return integral(range.from) && integral(range.to) ? "groovy.lang.IntRange" : "groovy.lang.ObjectRange";
}

/** The `GClass` that `value.class` and `value.getClass()` return. */
export function classOf(value: Value): GClass {
  const qualified = javaClassName(value);
  const element = Array.isArray(value) ? javaArrays.get(value) : undefined;
  if (element !== undefined) return new GClass(`${element.slice(element.lastIndexOf(".") + 1)}[]`, qualified);
  if (value instanceof RuntimeObject) {
    const registered = findClass(value.className);
    if (registered !== undefined) return new GClass(registered.name, registered.qualifiedName);
  }
  return new GClass(qualified.slice(qualified.lastIndexOf(".") + 1), qualified);
}

/** Returns the method-table tag under which `callMethod` finds a value's methods. */
export function typeTagOf(value: Value): TypeTag {
  if (value === null) return "Object";
  switch (typeof value) {
    case "string":
      return "String";
    case "boolean":
      return "Boolean";
    case "number":
      return (value | 0) === value && !Object.is(value, -0) ? "Integer" : "Double";
  }
  if (Array.isArray(value)) return "List";
  if (value instanceof GLong) return "Long";
  if (value instanceof GBigInteger) return "BigInteger";
  if (value instanceof GBigDecimal) return "BigDecimal";
  if (value instanceof GDouble) return "Double";
  if (value instanceof GFloat) return "Float";
  if (value instanceof GMap) return "Map";
  if (value instanceof GRange) return "Range";
  if (value instanceof GClosure) return "Closure";
  if (value instanceof GDate) return "Date";
  if (value instanceof GClass) return "Class";
  if (value.className === "java.util.LinkedHashMap$Entry") return "MapEntry";
  return "Object";
}

/** Lists every simple type name a value is an instance of, from its own class up to Object. */
function supertypesOf(simple: string): string[] {
  const seen = new Set<string>([simple]);
  const queue = [simple];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const parents = Object.hasOwn(SUPERTYPES, current) ? SUPERTYPES[current]! : findClass(current)?.supertypes ?? [];
    for (const parent of parents) {
      const name = simpleTypeName(parent);
      if (!seen.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  }
  seen.add("Object");
  return [...seen];
}

/** `value instanceof typeName` for a simple or qualified Java type name. Null is an instance of nothing. */
export function isInstance(value: Value, typeName: string): boolean {
  if (value === null) return false;
  const wanted = simpleTypeName(typeName);
  if (wanted === "Object" || wanted === "def") return true;
  if (value instanceof RuntimeObject) {
    if (value.isInstanceOf(typeName) || value.isInstanceOf(wanted)) return true;
    const own = simpleTypeName(value.className);
    return supertypesOf(own).includes(wanted);
  }
  if (wanted === "GString") return false;
  return supertypesOf(javaSimpleName(value)).includes(wanted);
}

/** Tells whether class `sub` is `sup` or inherits from it (`Class.isAssignableFrom`). */
export function isSubtype(sub: string, sup: string): boolean {
  const wanted = simpleTypeName(sup);
  return wanted === "Object" || supertypesOf(simpleTypeName(sub)).includes(wanted);
}
