/**
 * Base class of the helper objects. It matches a call's arguments to the
 * declared parameters (named arguments, a trailing closure, optional
 * parameters) and raises a clear error when they do not fit.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { mapEntries } from "../map.ts";
import { Entity } from "../model/entity.ts";
import { idKey } from "../model/values-util.ts";
import {
  GBigDecimal,
  GBigInteger,
  GClosure,
  GDate,
  GDouble,
  GFloat,
  GLong,
  GMap,
  GRange,
  NOT_FOUND,
  RuntimeObject,
  type Value,
} from "../values.ts";
import { findHelperMethod, formatSignature, type MethodDecl } from "./declarations.ts";

/** A helper method body; `args` has one entry per declared parameter, null where none was given. */
export type HelperMethod = (ctx: ExecutionContext, args: Value[]) => Value;

/** Returns the Java type name of a value, for messages. */
export function typeNameOf(value: Value): string {
  if (value === null) return "null";
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Integer";
  if (Array.isArray(value)) return "List";
  if (value instanceof GMap) return "Map";
  if (value instanceof GLong) return "Long";
  if (value instanceof GBigInteger) return "BigInteger";
  if (value instanceof GBigDecimal) return "BigDecimal";
  if (value instanceof GDouble) return "Double";
  if (value instanceof GFloat) return "Float";
  if (value instanceof GDate) return "Date";
  if (value instanceof GRange) return "Range";
  if (value instanceof GClosure) return "Closure";
  if (value instanceof RuntimeObject) return value.className;
  return "Class";
}

export abstract class HelperObject extends RuntimeObject {
  constructor(
    /** The variable name the helper is bound to, which is also its key in `HELPER_METHODS`. */
    readonly variableName: string,
    private readonly methods: ReadonlyMap<string, HelperMethod>,
  ) {
    super();
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    const decl = findHelperMethod(this.variableName, name);
    const method = this.methods.get(name);
    if (decl === undefined || method === undefined) return NOT_FOUND;
    return method(ctx, bindArguments(this.variableName, decl, args));
  }

  override toString(): string {
    return this.variableName;
  }
}

/** Tells whether a leading map argument contains named arguments rather than the first positional value. */
function takesNamedArguments(decl: MethodDecl, args: Value[]): boolean {
  const first = decl.params[0];
  if (!(args[0] instanceof GMap) || first === undefined) return false;
  return first.type.kind === "String" || first.type.kind === "Entity";
}

/**
 * Orders a call's arguments by the declared parameters. Named arguments
 * (a leading map) fill parameters by name, a trailing closure fills the
 * closure parameter, the remaining arguments fill the rest in order.
 */
export function bindArguments(helper: string, decl: MethodDecl, args: Value[]): Value[] {
  const bound: (Value | undefined)[] = decl.params.map(() => undefined);
  const mismatch = (what: string): never => {
    throw new RuleException("MissingMethodException", `${helper}.${decl.name}: ${what}; expected ${formatSignature(decl)}`);
  };

  let positional = args;
  if (takesNamedArguments(decl, args)) {
    for (const [key, value] of mapEntries(args[0] as GMap)) {
      const index = decl.params.findIndex((param) => param.name === key);
      if (index < 0) mismatch(`unknown named argument "${String(key)}"`);
      bound[index] = value;
    }
    positional = args.slice(1);
  }

  const closureIndex = decl.params.findIndex((param) => param.type.kind === "Closure");
  const last = positional[positional.length - 1];
  if (closureIndex >= 0 && last instanceof GClosure && bound[closureIndex] === undefined) {
    bound[closureIndex] = last;
    positional = positional.slice(0, -1);
  }

  let next = 0;
  for (const value of positional) {
    while (next < bound.length && bound[next] !== undefined) next++;
    if (next >= bound.length) mismatch(`called with ${args.length} arguments, which is too many`);
    bound[next++] = value;
  }

  return decl.params.map((param, index) => {
    const value = bound[index];
    if (value === undefined) {
      if (!param.optional) mismatch(`the argument "${param.name}" is missing`);
      return null;
    }
    checkKind(helper, decl, param.name, param.type.kind, value);
    return value;
  });
}

function checkKind(helper: string, decl: MethodDecl, name: string, kind: string, value: Value): void {
  const wrong =
    (kind === "Entity" && !(value instanceof Entity)) ||
    (kind === "Closure" && value !== null && !(value instanceof GClosure));
  if (wrong) {
    const expected = kind === "Entity" ? "an issue or replica" : "a closure";
    throw new RuleException(
      "IllegalArgumentException",
      `${helper}.${decl.name}: the argument "${name}" must be ${expected}, got ${typeNameOf(value)}`,
    );
  }
}

/** Checks a text argument and returns the string (numbers as their digits), or null when the rule passed null. */
export function textArgument(helper: string, method: string, name: string, value: Value): string | null {
  if (value === null) return null;
  const text = idKey(value);
  if (text !== null) return text;
  throw new RuleException("IllegalArgumentException", `${helper}.${method}: the argument "${name}" must be a String, got ${typeNameOf(value)}`);
}
