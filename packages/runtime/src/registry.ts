/**
 * The runtime's method tables: the explicit allowlist of everything rule code
 * can call. Instance methods are keyed by a type tag, static members and
 * constructors by class name. Tables are `Map`s, so no name can resolve to a
 * JS prototype member.
 */

import type { ExecutionContext } from "./context.ts";
import type { Value } from "./values.ts";

/** An instance method: `self` is the receiver, already known to carry the table's tag. */
export type MethodImpl = (ctx: ExecutionContext, self: any, args: Value[]) => Value;

/** A static method or constructor. */
export type StaticImpl = (ctx: ExecutionContext, args: Value[]) => Value;

/**
 * Type tags for method lookup. `callMethod` tries the receiver's own tag, then
 * the broader tags in `TAG_PARENTS` order, ending at `Object`.
 */
export type TypeTag =
  | "Boolean"
  | "Integer"
  | "Long"
  | "BigInteger"
  | "BigDecimal"
  | "Double"
  | "Float"
  | "Number"
  | "String"
  | "List"
  | "Range"
  | "Collection"
  | "Map"
  | "MapEntry"
  | "Closure"
  | "Date"
  | "Class"
  | "Object";

/** Lookup chain per tag, most specific first (the tag itself is not repeated). */
export const TAG_PARENTS: Record<TypeTag, TypeTag[]> = {
  Boolean: ["Object"],
  Integer: ["Number", "Object"],
  Long: ["Number", "Object"],
  BigInteger: ["Number", "Object"],
  BigDecimal: ["Number", "Object"],
  Double: ["Number", "Object"],
  Float: ["Number", "Object"],
  Number: ["Object"],
  String: ["Object"],
  List: ["Collection", "Object"],
  Range: ["List", "Collection", "Object"],
  Collection: ["Object"],
  Map: ["Object"],
  MapEntry: ["Object"],
  Closure: ["Object"],
  Date: ["Object"],
  Class: ["Object"],
  Object: [],
};

const instanceMethods = new Map<TypeTag, Map<string, MethodImpl>>();

/** Adds instance methods to one or more tags. A later definition of the same name replaces the earlier one. */
export function defineMethods(tags: TypeTag | TypeTag[], methods: Record<string, MethodImpl>): void {
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    let table = instanceMethods.get(tag);
    if (table === undefined) {
      table = new Map();
      instanceMethods.set(tag, table);
    }
    for (const name of Object.keys(methods)) table.set(name, methods[name]!);
  }
}

/** Finds an instance method along the tag's lookup chain. */
export function findMethod(tag: TypeTag, name: string): MethodImpl | undefined {
  const own = instanceMethods.get(tag)?.get(name);
  if (own !== undefined) return own;
  for (const parent of TAG_PARENTS[tag]) {
    const found = instanceMethods.get(parent)?.get(name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Names of all instance methods visible on a tag (for messages and the checker). */
export function methodNames(tag: TypeTag): string[] {
  const names = new Set<string>();
  for (const t of [tag, ...TAG_PARENTS[tag]]) {
    for (const name of instanceMethods.get(t)?.keys() ?? []) names.add(name);
  }
  return [...names].sort();
}

/** An allowlisted Java class. */
export interface ClassInfo {
  /** Simple name, for example `SimpleDateFormat`. */
  name: string;
  /** Fully qualified name, for example `java.text.SimpleDateFormat`. */
  qualifiedName: string;
  /** Simple names of superclasses and interfaces, for `instanceof` and `catch`. */
  supertypes: string[];
  statics: Map<string, StaticImpl>;
  staticProperties: Map<string, (ctx: ExecutionContext) => Value>;
  construct?: StaticImpl;
}

const classesBySimpleName = new Map<string, ClassInfo>();
const classesByQualifiedName = new Map<string, ClassInfo>();

/** Registers a class or adds members to an already registered one. */
export function defineClass(
  qualifiedName: string,
  members: {
    supertypes?: string[];
    statics?: Record<string, StaticImpl>;
    staticProperties?: Record<string, (ctx: ExecutionContext) => Value>;
    construct?: StaticImpl;
  } = {},
): ClassInfo {
  const name = qualifiedName.slice(qualifiedName.lastIndexOf(".") + 1);
  let info = classesByQualifiedName.get(qualifiedName);
  if (info === undefined) {
    info = { name, qualifiedName, supertypes: [], statics: new Map(), staticProperties: new Map() };
    classesByQualifiedName.set(qualifiedName, info);
    if (!classesBySimpleName.has(name)) classesBySimpleName.set(name, info);
  }
  if (members.supertypes) info.supertypes.push(...members.supertypes);
  for (const [k, v] of Object.entries(members.statics ?? {})) info.statics.set(k, v);
  for (const [k, v] of Object.entries(members.staticProperties ?? {})) info.staticProperties.set(k, v);
  if (members.construct !== undefined) info.construct = members.construct;
  return info;
}

/** Looks a class up by simple or qualified name. */
export function findClass(name: string): ClassInfo | undefined {
  return classesByQualifiedName.get(name) ?? classesBySimpleName.get(name);
}

/** All registered classes (for the checker and tests). */
export function allClasses(): ClassInfo[] {
  return [...classesByQualifiedName.values()];
}
