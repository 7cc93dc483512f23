/**
 * Property reads and writes: map entries, GPath over lists, runtime-object
 * properties, static properties of classes, and Java bean getters and setters
 * (`str.empty` is `str.isEmpty()`) found in the method tables.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingProperty, nullPropertyError, nullSetPropertyError, readOnlyProperty } from "../exceptions.ts";
import { iterateRange, rangeFrom, rangeSize, rangeTo } from "../gdk/ranges.ts";
import { compare } from "../ops.ts";
import { mapGet, mapPut } from "../map.ts";
import { findMethod, type MethodImpl } from "../registry.ts";
import { GClass, GClosure, GMap, GRange, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { getStaticProperty } from "./calls.ts";
import { classOf, javaArrayElement, javaClassName, typeTagOf } from "./types.ts";

/** Property names whose bean accessor would be a GDK operator method, not a getter. */
const NOT_BEAN_PROPERTIES = new Set(["at", "case"]);

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Finds the zero-argument getter (`getX` or `isX`) registered for the value's type. */
function beanGetter(value: Value, name: string): MethodImpl | undefined {
  if (name === "" || NOT_BEAN_PROPERTIES.has(name)) return undefined;
  const tag = typeTagOf(value);
  const suffix = capitalize(name);
  return findMethod(tag, "get" + suffix) ?? findMethod(tag, "is" + suffix);
}

function beanSetter(value: Value, name: string): MethodImpl | undefined {
  if (name === "" || NOT_BEAN_PROPERTIES.has(name)) return undefined;
  return findMethod(typeTagOf(value), "set" + capitalize(name));
}

/** Reads a bean property of a runtime object through its own `getX()` or `isX()` method. */
function objectGetter(ctx: ExecutionContext, obj: RuntimeObject, name: string): Value | typeof NOT_FOUND {
  if (name === "" || NOT_BEAN_PROPERTIES.has(name)) return NOT_FOUND;
  const suffix = capitalize(name);
  const value = obj.invokeMethod(ctx, "get" + suffix, []);
  return value !== NOT_FOUND ? value : obj.invokeMethod(ctx, "is" + suffix, []);
}

/** `obj.name`. Null receiver raises NullPointerException ("Cannot get property 'name' on null object"). */
export function getProperty(ctx: ExecutionContext, obj: Value, name: string): Value {
  if (obj === null) throw nullPropertyError(name);
  if (obj instanceof GMap) return mapGet(obj, name);
  if (obj instanceof RuntimeObject) {
    const value = obj.getProperty(ctx, name);
    if (value !== NOT_FOUND) return value;
    const viaGetter = objectGetter(ctx, obj, name);
    if (viaGetter !== NOT_FOUND) return viaGetter;
  }
  if (obj instanceof GClass) return getStaticProperty(ctx, obj, name);
  if (name === "class") return classOf(obj);
  if (name === "length" && Array.isArray(obj) && javaArrayElement(obj) !== undefined) return obj.length;
  if (obj instanceof GRange) {
    if (name === "from") return rangeFrom(obj);
    if (name === "to") return rangeTo(obj);
    if (name === "reverse") return compare(ctx, obj.from, obj.to) > 0;
  }
  if (obj instanceof GClosure && name === "maximumNumberOfParameters") return obj.implicitIt ? 1 : Math.max(obj.params, 0);
  const getter = beanGetter(obj, name);
  if (getter !== undefined) return getter(ctx, obj, []);
  if (Array.isArray(obj) || obj instanceof GRange) return spreadGet(ctx, obj, name);
  throw missingProperty(name, javaClassName(obj));
}

/**
 * GPath: `list.name` collects `name` of every element. Null elements are
 * skipped; null results are kept.
 */
function spreadGet(ctx: ExecutionContext, list: Value[] | GRange, name: string): Value[] {
  if (!Array.isArray(list)) ctx.checkCollection(rangeSize(list));
  const items: Iterable<Value> = Array.isArray(list) ? list : iterateRange(list);
  const result: Value[] = [];
  for (const item of items) {
    if (item === null) continue;
    try {
      result.push(getProperty(ctx, item, name));
    } catch (err) {
      if (err instanceof RuleException && err.javaClass === "MissingPropertyException") {
        throw new RuleException(
          "MissingPropertyException",
          `Exception evaluating property '${name}' for ${javaClassName(list)}, Reason: groovy.lang.MissingPropertyException: ${err.ruleMessage}`,
        );
      }
      throw err;
    }
  }
  return result;
}

/** `obj.name = value`. */
export function setProperty(ctx: ExecutionContext, obj: Value, name: string, value: Value): void {
  if (obj === null) throw nullSetPropertyError(name);
  if (obj instanceof GMap) {
    mapPut(obj, name, value);
    ctx.checkCollection(obj.size);
    return;
  }
  if (Array.isArray(obj)) {
    for (const item of obj) if (item !== null) setProperty(ctx, item, name, value);
    return;
  }
  if (obj instanceof RuntimeObject) {
    if (obj.setProperty(ctx, name, value)) return;
    if (name !== "" && obj.invokeMethod(ctx, "set" + capitalize(name), [value]) !== NOT_FOUND) return;
    const setter = beanSetter(obj, name);
    if (setter !== undefined) {
      setter(ctx, obj, [value]);
      return;
    }
    if (obj.getProperty(ctx, name) !== NOT_FOUND || objectGetter(ctx, obj, name) !== NOT_FOUND) {
      throw readOnlyProperty(name, javaClassName(obj));
    }
    throw missingProperty(name, javaClassName(obj));
  }
  const setter = obj instanceof GClass ? undefined : beanSetter(obj, name);
  if (setter !== undefined) {
    setter(ctx, obj, [value]);
    return;
  }
  const className = obj instanceof GClass ? obj.qualifiedName : javaClassName(obj);
  if (name === "class" || beanGetter(obj, name) !== undefined) throw readOnlyProperty(name, className);
  throw missingProperty(name, className);
}
