/**
 * Member access, calls and conversions. Every property read, property write,
 * subscript, method call and constructor in compiled rule code goes through
 * these functions, which consult only the runtime's own method tables.
 *
 * CONTRACT (compiled code calls these; keep the signatures):
 */

import type { ExecutionContext } from "./context.ts";
import type { GClass, GClosure, Value } from "./values.ts";

/** `obj.name`. Null receiver raises NullPointerException ("Cannot get property 'name' on null object"). */
export function getProperty(_ctx: ExecutionContext, _obj: Value, _name: string): Value {
  throw new Error("not implemented");
}

/** `obj.name = value`. */
export function setProperty(_ctx: ExecutionContext, _obj: Value, _name: string, _value: Value): void {
  throw new Error("not implemented");
}

/** `obj[index]`. */
export function getAt(_ctx: ExecutionContext, _obj: Value, _index: Value): Value {
  throw new Error("not implemented");
}

/** `obj[index] = value`. */
export function putAt(_ctx: ExecutionContext, _obj: Value, _index: Value, _value: Value): void {
  throw new Error("not implemented");
}

/** `obj.name(args)`; named arguments arrive as a GMap in `args[0]`, a trailing closure as the last argument. */
export function callMethod(_ctx: ExecutionContext, _obj: Value, _name: string, _args: Value[]): Value {
  throw new Error("not implemented");
}

/** Calls a closure with Groovy's argument rules (implicit `it`, list destructuring for several parameters). */
export function callClosure(_ctx: ExecutionContext, _closure: GClosure, _args: Value[]): Value {
  throw new Error("not implemented");
}

/** The allowlisted class for a simple or qualified name (`Math`, `java.text.SimpleDateFormat`), or null. */
export function resolveClass(_name: string): GClass | null {
  throw new Error("not implemented");
}

/** `Cls.name(args)`. */
export function callStatic(_ctx: ExecutionContext, _cls: GClass, _name: string, _args: Value[]): Value {
  throw new Error("not implemented");
}

/** `Cls.NAME` such as `Integer.MAX_VALUE`. */
export function getStaticProperty(_ctx: ExecutionContext, _cls: GClass, _name: string): Value {
  throw new Error("not implemented");
}

/** `new Cls(args)`. */
export function newInstance(_ctx: ExecutionContext, _cls: GClass, _args: Value[]): Value {
  throw new Error("not implemented");
}

/** The values a `for (x in v)` loop visits: list items, map entries, range values, characters; nothing for null. */
export function iterate(_ctx: ExecutionContext, _value: Value): Iterable<Value> {
  throw new Error("not implemented");
}

/** `value as Type` and casts `(Type) value`. */
export function asType(_ctx: ExecutionContext, _value: Value, _typeName: string): Value {
  throw new Error("not implemented");
}

/** `value instanceof Type`. */
export function instanceOf(_value: Value, _typeName: string): boolean {
  throw new Error("not implemented");
}

/** `caseValue.isCase(value)`: switch cases and `in`. */
export function isCase(_ctx: ExecutionContext, _caseValue: Value, _value: Value): boolean {
  throw new Error("not implemented");
}
