/**
 * Property and method lookup on checker types. Entity and model members
 * come from the runtime's declarations. Members of strings, numbers, lists,
 * maps and dates come from the runtime's method tables, read when the
 * checker runs, so the checker accepts exactly what the runtime implements.
 */

import * as R from "@twinsync/runtime";
import type { MethodDecl, TypeTag } from "@twinsync/runtime";
import { findCustomField, type CustomFieldSchema, type InstanceSchema } from "./config.ts";
import { isObjectMethod, methodResult } from "./gdk.ts";
import { accessorProperty, computedField, entityFieldType, entityMethod, fromFieldType, helperMethod, helperMethods, helperResultType, hubField, hubFieldNames, memberType, objectType, type Direction } from "./model.ts";
import { closestName } from "./suggest.ts";
import { BOOLEAN, DATE, DYNAMIC, listOf, numberOf, STRING, VOID, withNullable, type Type } from "./types.ts";

export interface MemberContext {
  direction: Direction;
  instance?: InstanceSchema;
}

/**
 * The outcome of a member lookup. `dynamic` members are allowed but not
 * declared; `suggestion` is set when the name looks like a misspelt
 * declared one. `missing` members fail at run time.
 */
export type MemberResult =
  | { status: "found"; type: Type; decl?: MethodDecl; owner?: string }
  | { status: "dynamic"; type: Type; suggestion?: string }
  | { status: "missing"; owner: string; suggestion?: string }
  | { status: "other-direction"; type: Type }
  | { status: "unknown-custom-field"; type: Type; suggestion?: string };

const DYNAMIC_MEMBER: MemberResult = { status: "dynamic", type: DYNAMIC };

/** Returns the method-table tag of a type whose members the runtime's tables define, or null. */
export function tagOf(type: Type): TypeTag | null {
  switch (type.kind) {
    case "string":
      return "String";
    case "boolean":
      return "Boolean";
    case "number":
      return type.tag === "Number" ? "Number" : type.tag;
    case "list":
      return "List";
    case "range":
      return "Range";
    case "map":
      return "Map";
    case "date":
      return "Date";
    default:
      return null;
  }
}

const tableCache = new Map<TypeTag, Set<string>>();

/** Method names the runtime implements for a tag, or null while the runtime registers none of its own for it. */
function runtimeMethods(tag: TypeTag): Set<string> | null {
  let names = tableCache.get(tag);
  if (names === undefined) {
    names = new Set(R.methodNames(tag));
    tableCache.set(tag, names);
  }
  return names.size === 0 ? null : names;
}

/** Clears the cached method tables, for tests that register methods after a check ran. */
export function resetMemberCache(): void {
  tableCache.clear();
}

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Returns the type of the value a configured custom field contains. */
export function customFieldValueType(field: CustomFieldSchema): Type {
  switch (field.type) {
    case "text":
      return STRING;
    case "number":
      return numberOf("Number");
    case "date":
    case "datetime":
      return DATE;
    case "boolean":
      return BOOLEAN;
    case "option":
      return { kind: "object", name: "Option" };
    case "options":
      return listOf({ kind: "object", name: "Option" });
    case "user":
      return { kind: "object", name: "User" };
    case "users":
      return listOf({ kind: "object", name: "User" });
    case "labels":
      return listOf(STRING);
    default:
      return DYNAMIC;
  }
}

function customFieldEntry(name: string, context: MemberContext): MemberResult {
  const instance = context.instance;
  const field = instance === undefined ? undefined : findCustomField(instance, name);
  if (field !== undefined) return { status: "found", type: { kind: "object", name: "CustomField", valueType: customFieldValueType(field), customField: field.name } };
  const entry: Type = { kind: "object", name: "CustomField" };
  if (instance?.customFields === undefined) return { status: "dynamic", type: entry };
  return { status: "unknown-custom-field", type: entry, suggestion: closestName(name, instance.customFields.map((f) => f.name)) };
}

function entityProperty(type: Type & { kind: "entity" }, name: string, context: MemberContext): MemberResult {
  const decl = hubField(name);
  if (decl !== undefined) return { status: "found", type: entityFieldType(type.role, decl) };
  const computed = computedField(name);
  if (computed !== undefined) {
    const list = withNullable(fromFieldType(computed.type), false);
    if (type.role === "replica" && context.direction === "incoming") return { status: "found", type: list };
    return { status: "other-direction", type: DYNAMIC };
  }
  // An undeclared name reads the custom field of that name, or a connector-specific field.
  const field = context.instance === undefined ? undefined : findCustomField(context.instance, name);
  if (field !== undefined) return { status: "found", type: customFieldValueType(field) };
  return { status: "dynamic", type: DYNAMIC, suggestion: hubFieldSuggestion(name) };
}

const hubSuggestions = new Map<string, string | undefined>();

/** Finds the declared hub-issue field closest to an undeclared name, cached because rules repeat their custom names. */
function hubFieldSuggestion(name: string): string | undefined {
  if (!hubSuggestions.has(name)) hubSuggestions.set(name, closestName(name, hubFieldNames()));
  return hubSuggestions.get(name);
}

function objectProperty(type: Type & { kind: "object" }, name: string): MemberResult {
  if (type.name === "MapEntry") {
    if (name === "key") return { status: "found", type: DYNAMIC };
    if (name === "value") return { status: "found", type: type.valueType ?? DYNAMIC };
    return DYNAMIC_MEMBER;
  }
  if (type.name === "CustomField" && name === "value") return { status: "found", type: type.valueType ?? DYNAMIC };
  const decl = objectType(type.name);
  if (decl === undefined) return DYNAMIC_MEMBER;
  const field = decl.fields.find((f) => f.name === name);
  if (field !== undefined) return { status: "found", type: memberType(field, type.name) };
  // Model objects are maps at run time and accept undeclared keys.
  return { status: "dynamic", type: DYNAMIC, suggestion: closestName(name, decl.fields.map((f) => f.name)) };
}

/** Bean property names a tag's getters provide (`getTime` → `time`), for suggestions. */
function beanProperties(methods: Set<string>): string[] {
  const names: string[] = [];
  for (const method of methods) {
    const property = accessorProperty(method, "get") ?? accessorProperty(method, "is");
    if (property !== null) names.push(property);
  }
  return names;
}

function valueProperty(type: Type, tag: TypeTag, name: string, context: MemberContext): MemberResult {
  if (name === "class") return { status: "found", type: { kind: "class", name: "Class" } };
  const methods = runtimeMethods(tag);
  // `x.at` and `x.case` are not bean properties, although `getAt` and `isCase` exist.
  const beanName = name !== "at" && name !== "case" && name !== "";
  if (methods === null) return DYNAMIC_MEMBER;
  for (const getter of beanName ? ["get" + capitalize(name), "is" + capitalize(name)] : []) {
    if (methods.has(getter)) return { status: "found", type: methodResult(type, getter, null) };
  }
  if (type.kind === "map") {
    if (type.entries?.has(name)) return { status: "found", type: type.entries.get(name)! };
    return { status: "found", type: type.value };
  }
  if (type.kind === "range" && (name === "from" || name === "to" || name === "reverse")) return { status: "found", type: name === "reverse" ? BOOLEAN : DYNAMIC };
  if (type.kind === "list" || type.kind === "range") {
    // GPath: `comments.body` is the list of every comment's body.
    const element = type.kind === "list" ? type.element : numberOf("Integer");
    const inner = propertyOf(withNullable(element, false), name, context);
    if (inner.status === "missing") return inner;
    return { status: inner.status === "found" ? "found" : "dynamic", type: listOf(withNullable(inner.status === "other-direction" || inner.status === "unknown-custom-field" ? DYNAMIC : inner.type, false)) };
  }
  const owner = type.kind === "number" ? type.tag : tag;
  return { status: "missing", owner, suggestion: closestName(name, beanProperties(methods)) };
}

function classProperty(type: Type & { kind: "class" }, name: string): MemberResult {
  if (["name", "simpleName", "canonicalName", "class"].includes(name)) return { status: "found", type: name === "class" ? DYNAMIC : STRING };
  const info = R.findClass(type.name);
  if (info === undefined) return DYNAMIC_MEMBER;
  if (info.staticProperties.has(name)) return { status: "found", type: DYNAMIC };
  // Registered classes expose their constants as static properties; a class without any is not declared in enough detail.
  if (info.staticProperties.size === 0) return DYNAMIC_MEMBER;
  return { status: "missing", owner: type.name, suggestion: closestName(name, info.staticProperties.keys()) };
}

/** Looks up `receiver.name` as a property read. */
export function propertyOf(receiver: Type, name: string, context: MemberContext): MemberResult {
  switch (receiver.kind) {
    case "entity":
      return entityProperty(receiver, name, context);
    case "object":
      return objectProperty(receiver, name);
    case "map":
      if (receiver.customFields) return customFieldEntry(name, context);
      return valueProperty(receiver, "Map", name, context);
    case "class":
      return classProperty(receiver, name);
    case "helper":
      return { status: "missing", owner: receiver.name, suggestion: closestName(name, helperMethods(receiver.name).map((m) => m.name)) };
    default: {
      const tag = tagOf(receiver);
      return tag === null ? DYNAMIC_MEMBER : valueProperty(receiver, tag, name, context);
    }
  }
}

/** Methods of a closure value, with their results. */
const CLOSURE_METHODS = new Set(["call", "doCall", "curry", "rcurry", "ncurry", "getMaximumNumberOfParameters", "memoize", "isCase", "trampoline", "rehydrate", "dehydrate"]);
const CLASS_METHODS = new Set(["getName", "getCanonicalName", "getTypeName", "getSimpleName", "isInstance", "isAssignableFrom", "isCase", "isInterface"]);

function entityMethodOf(type: Type & { kind: "entity" }, name: string, argumentCount: number, context: MemberContext): MemberResult {
  const decl = entityMethod(name);
  if (decl !== undefined) return { status: "found", type: VOID, decl, owner: "issue" };
  const getter = accessorProperty(name, "get");
  if (getter !== null && argumentCount === 0) {
    const field = entityProperty(type, getter, context);
    return field.status === "found" ? field : { status: "dynamic", type: DYNAMIC };
  }
  const setter = accessorProperty(name, "set");
  if (setter !== null && argumentCount === 1 && hubField(setter) !== undefined) return { status: "found", type: VOID };
  if (isObjectMethod(name)) return { status: "found", type: methodResult(type, name, null) };
  const candidates = [...R.ENTITY_METHODS.map((m) => m.name), ...hubFieldNames().flatMap((f) => ["get" + capitalize(f), "set" + capitalize(f)])];
  return { status: "missing", owner: type.role === "issue" ? "the local record" : "the replica", suggestion: closestName(name, candidates) };
}

/** Looks up `receiver.name(...)`; `closure` is the return type of a closure argument. */
export function methodOf(receiver: Type, name: string, argumentCount: number, closure: Type | null, context: MemberContext): MemberResult {
  switch (receiver.kind) {
    case "entity":
      return entityMethodOf(receiver, name, argumentCount, context);
    case "helper": {
      const decl = helperMethod(receiver.name, name);
      if (decl !== undefined) return { status: "found", type: helperResultType(receiver.name, decl), decl, owner: receiver.name };
      if (isObjectMethod(name)) return { status: "found", type: methodResult(receiver, name, null) };
      return { status: "missing", owner: receiver.name, suggestion: closestName(name, helperMethods(receiver.name).map((m) => m.name)) };
    }
    case "closure":
      if (CLOSURE_METHODS.has(name)) return { status: "found", type: name === "call" || name === "doCall" ? receiver.returns : DYNAMIC };
      if (isObjectMethod(name)) return { status: "found", type: methodResult(receiver, name, closure) };
      return { status: "missing", owner: "Closure", suggestion: closestName(name, CLOSURE_METHODS) };
    case "class": {
      if (CLASS_METHODS.has(name)) return { status: "found", type: name.startsWith("is") ? BOOLEAN : STRING };
      const info = R.findClass(receiver.name);
      if (info === undefined || info.statics.size === 0) return DYNAMIC_MEMBER;
      if (info.statics.has(name)) return { status: "found", type: DYNAMIC };
      if (isObjectMethod(name)) return { status: "found", type: methodResult(receiver, name, closure) };
      return { status: "missing", owner: `class ${receiver.name}`, suggestion: closestName(name, info.statics.keys()) };
    }
    case "map":
      // A map can hold a closure under the method's name.
      if (receiver.entries?.has(name)) return DYNAMIC_MEMBER;
      break;
    case "object":
    case "instance":
    case "dynamic":
    case "null":
    case "void":
      return { status: "dynamic", type: methodResult(receiver, name, closure) };
  }
  const tag = tagOf(receiver);
  if (tag === null) return DYNAMIC_MEMBER;
  const type = methodResult(receiver, name, closure);
  const methods = runtimeMethods(tag);
  if (methods === null || methods.has(name) || isObjectMethod(name)) return { status: "found", type };
  if (receiver.kind === "map") return DYNAMIC_MEMBER;
  const owner = receiver.kind === "number" ? receiver.tag : tag;
  return { status: "missing", owner, suggestion: closestName(name, methods) };
}
