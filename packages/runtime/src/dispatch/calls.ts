/**
 * Method calls, closure calls, static members and constructors. Every call
 * resolves through `RuntimeObject.invokeMethod` or the registry's `Map`
 * tables, so no name can reach a JS property.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingMethod, missingMethodOn, missingProperty, nullMethodError } from "../exceptions.ts";
import { mapGet, mapHas } from "../map.ts";
import { toGroovyString, truthy } from "../ops.ts";
import { findClass, findMethod } from "../registry.ts";
import { GClass, GClosure, GMap, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { classOf, isInterfaceName, isInstance, isSubtype, qualifiedTypeName, simpleTypeName, typeTagOf } from "./types.ts";

/** Methods Groovy lets rule code call on null, with the results Groovy returns. */
const NULL_METHODS = new Map<string, (ctx: ExecutionContext, args: Value[]) => Value>([
  ["toString", () => "null"],
  ["inspect", () => "null"],
  ["equals", (_ctx, args) => args.length === 1 && args[0] === null],
  ["is", (_ctx, args) => args.length === 1 && args[0] === null],
  ["asBoolean", () => false],
  ["asType", () => null],
  ["plus", (_ctx, args) => nullPlus(args)],
  ["getClass", () => new GClass("NullObject", "org.codehaus.groovy.runtime.NullObject")],
  ["with", (ctx, args) => (args[0] instanceof GClosure ? callClosure(ctx, args[0], [null]) : nullArgsError("with", args))],
  ["each", () => null],
  ["eachWithIndex", () => null],
  ["collect", () => []],
  ["findAll", () => []],
  ["grep", () => []],
  ["find", () => null],
  ["any", () => false],
  ["every", () => true],
  ["inject", (_ctx, args) => (args.length === 2 ? args[0]! : nullArgsError("inject", args))],
]);

function nullPlus(args: Value[]): Value {
  const [other] = args;
  if (args.length === 1 && typeof other === "string") return "null" + other;
  throw new RuleException("NullPointerException", `Cannot execute null+${toGroovyString(other ?? null)}`);
}

function nullArgsError(name: string, args: Value[]): never {
  throw missingMethodOn("org.codehaus.groovy.runtime.NullObject", name, args);
}

/** `obj.name(args)`; named arguments arrive as a GMap in `args[0]`, a trailing closure as the last argument. */
export function callMethod(ctx: ExecutionContext, obj: Value, name: string, args: Value[]): Value {
  if (obj === null) {
    const method = NULL_METHODS.get(name);
    if (method === undefined) throw nullMethodError(name);
    return method(ctx, args);
  }
  if (obj instanceof RuntimeObject) {
    const result = obj.invokeMethod(ctx, name, args);
    if (result !== NOT_FOUND) return result;
  } else if (obj instanceof GClosure) {
    const result = closureMethod(ctx, obj, name, args);
    if (result !== NOT_FOUND) return result;
  } else if (obj instanceof GClass) {
    const result = classMethod(obj, name, args);
    if (result !== NOT_FOUND) return result;
    return callStatic(ctx, obj, name, args);
  }
  const method = findMethod(typeTagOf(obj), name);
  if (method !== undefined) return method(ctx, obj, args);
  // Groovy calls a closure stored under the method's name: a map entry or an object property.
  if (obj instanceof GMap && mapHas(obj, name)) {
    const entry = mapGet(obj, name);
    if (entry instanceof GClosure) return callClosure(ctx, entry, args);
  }
  if (obj instanceof RuntimeObject) {
    const property = obj.getProperty(ctx, name);
    if (property instanceof GClosure) return callClosure(ctx, property, args);
  }
  throw missingMethod(obj, name, args);
}

/** Smallest argument count of closures whose trailing parameters have default values. */
const minimumArguments = new WeakMap<GClosure, number>();

/**
 * Declares that a closure accepts `count` or more arguments (up to its declared
 * parameters), because its trailing parameters have default values that the
 * closure body fills in: `{ a, b = 1 -> }` takes 1 or 2 arguments.
 */
export function setMinimumArguments(closure: GClosure, count: number): GClosure {
  minimumArguments.set(closure, count);
  return closure;
}

function closureArity(closure: GClosure): number {
  if (closure.implicitIt) return 1;
  return Math.max(closure.params, 0);
}

function closureMethod(ctx: ExecutionContext, closure: GClosure, name: string, args: Value[]): Value | typeof NOT_FOUND {
  switch (name) {
    case "call":
    case "doCall":
      return callClosure(ctx, closure, args);
    case "curry":
      return bindArguments(closure, args, 0);
    case "rcurry":
      return bindArguments(closure, args, closureArity(closure) - args.length);
    case "ncurry": {
      const [position, ...bound] = args;
      if (typeof position !== "number") throw missingMethod(closure, name, args);
      return bindArguments(closure, bound, position);
    }
    case "getMaximumNumberOfParameters":
      return closureArity(closure);
    case "memoize":
      return closure;
    case "rightShift":
    case "leftShift": {
      const [other] = args;
      if (args.length !== 1 || !(other instanceof GClosure)) throw missingMethod(closure, name, args);
      // `f >> g` is g(f(x)); `f << g` is f(g(x)).
      const [first, second] = name === "rightShift" ? [closure, other] : [other, closure];
      return new GClosure(closureArity(first), first.implicitIt, (ctx, inner) => callClosure(ctx, second, [callClosure(ctx, first, inner)]), first.name);
    }
    case "isCase":
      return truthy(callClosure(ctx, closure, args));
    default:
      return NOT_FOUND;
  }
}

/** Returns a closure with `bound` fixed at parameter position `position` (curry, rcurry, ncurry). */
function bindArguments(closure: GClosure, bound: Value[], position: number): GClosure {
  const arity = closureArity(closure);
  if (position < 0 || position + bound.length > arity) {
    throw new RuleException(
      "IllegalArgumentException",
      `Can't curry ${bound.length} argument(s) at position ${position} for a closure that takes ${arity} parameter(s)`,
    );
  }
  return new GClosure(arity - bound.length, false, (ctx, rest) => {
    const all = [...rest.slice(0, position), ...bound, ...rest.slice(position)];
    return callClosure(ctx, closure, all);
  }, closure.name);
}

/** Methods of `java.lang.Class` on a class literal. */
function classMethod(cls: GClass, name: string, args: Value[]): Value | typeof NOT_FOUND {
  if (args.length === 0) {
    switch (name) {
      case "getName":
      case "getCanonicalName":
      case "getTypeName":
        return cls.qualifiedName;
      case "getSimpleName":
        return cls.name;
      case "toString":
        return toGroovyString(cls);
      case "isInterface":
        return isInterfaceName(cls.name);
      case "getClass":
        return new GClass("Class", "java.lang.Class");
    }
  }
  if (args.length === 1) {
    const [arg] = args;
    if (name === "isInstance") return isInstance(arg!, cls.qualifiedName);
    if (name === "isAssignableFrom" && arg instanceof GClass) return isSubtype(arg.qualifiedName, cls.qualifiedName);
    if (name === "isCase") return arg instanceof GClass ? isSubtype(arg.qualifiedName, cls.qualifiedName) : isInstance(arg!, cls.qualifiedName);
    if (name === "equals") return arg instanceof GClass && arg.qualifiedName === cls.qualifiedName;
  }
  return NOT_FOUND;
}

/**
 * Calls a closure with Groovy's argument rules (implicit `it`, list
 * destructuring for several parameters). A closure with a negative `params`
 * (a method pointer such as `this.&name`) receives the arguments as given.
 */
export function callClosure(ctx: ExecutionContext, closure: GClosure, args: Value[]): Value {
  ctx.step();
  const actual = closureArguments(closure, args);
  ctx.enterCall();
  try {
    return closure.body(ctx, actual);
  } finally {
    ctx.leaveCall();
  }
}

/**
 * `callClosure(ctx, closure, [arg])`, as collection methods call a closure per
 * element, without building the argument array when the closure has a
 * one-argument body. The step and call-depth accounting are the same.
 */
export function callClosureWith(ctx: ExecutionContext, closure: GClosure, arg: Value): Value {
  const bodyOne = closure.bodyOne;
  if (bodyOne === null) return callClosure(ctx, closure, [arg]);
  ctx.step();
  ctx.enterCall();
  try {
    return bodyOne(ctx, arg);
  } finally {
    ctx.leaveCall();
  }
}

function closureArguments(closure: GClosure, args: Value[]): Value[] {
  if (!closure.implicitIt && closure.params < 0) return args;
  // As many arguments as parameters is always valid, so the common call needs no other check.
  if (args.length === (closure.implicitIt ? 1 : closure.params)) return args;
  const arity = closureArity(closure);
  const minimum = minimumArguments.get(closure) ?? arity;
  if (closure.implicitIt || arity === 1) {
    // A missing single argument is null, unless the parameter has a default the body fills in.
    if (args.length === 0 && minimum === 0 && !closure.implicitIt) return [];
    if (args.length === 1) return args;
    if (args.length === 0) return [null];
  } else if (args.length <= arity && args.length >= minimum) {
    return args;
  } else if (arity >= 2 && args.length === 1 && Array.isArray(args[0]) && args[0].length === arity) {
    // A single list argument is spread over the parameters: `{ a, b -> }.call([1, 2])`.
    return [...args[0]];
  }
  let expected = `${arity} argument${arity === 1 ? "" : "s"}`;
  if (closure.implicitIt) expected = "0 or 1 argument";
  else if (minimum < arity) expected = `${minimum} to ${arity} arguments`;
  throw missingMethodOn("groovy.lang.Closure", "call", args, `The closure takes ${expected}, but was called with ${args.length}.`);
}

/** Resolves a simple or qualified name (`Math`, `java.text.SimpleDateFormat`) to an allowlisted class, or null. */
export function resolveClass(name: string): GClass | null {
  const info = findClass(name);
  if (info !== undefined) return new GClass(info.name, info.qualifiedName);
  const simple = simpleTypeName(name);
  const qualified = qualifiedTypeName(simple);
  if (qualified !== simple && (name === simple || name === qualified)) return new GClass(simple, qualified);
  return null;
}

/** `Cls.name(args)`. */
export function callStatic(ctx: ExecutionContext, cls: GClass, name: string, args: Value[]): Value {
  const info = findClass(cls.qualifiedName) ?? findClass(cls.name);
  const method = info?.statics.get(name);
  if (method !== undefined) return method(ctx, args);
  throw missingMethodOn(`static ${cls.qualifiedName}`, name, args);
}

/** `Cls.NAME` such as `Integer.MAX_VALUE`. */
export function getStaticProperty(ctx: ExecutionContext, cls: GClass, name: string): Value {
  const info = findClass(cls.qualifiedName) ?? findClass(cls.name);
  const property = info?.staticProperties.get(name);
  if (property !== undefined) return property(ctx);
  switch (name) {
    case "name":
    case "canonicalName":
      return cls.qualifiedName;
    case "simpleName":
      return cls.name;
    case "class":
      return classOf(cls);
  }
  throw missingProperty(name, cls.qualifiedName);
}

/** `new Cls(args)`. */
export function newInstance(ctx: ExecutionContext, cls: GClass, args: Value[]): Value {
  const info = findClass(cls.qualifiedName) ?? findClass(cls.name);
  if (info?.construct !== undefined) return info.construct(ctx, args);
  const types = args.map((a) => (a === null ? "null" : classOf(a).qualifiedName)).join(", ");
  throw new RuleException("GroovyRuntimeException", `Could not find matching constructor for: ${cls.qualifiedName}(${types})`);
}

