/**
 * Member access, calls and conversions. Every property read, property write,
 * subscript, method call and constructor in compiled rule code goes through
 * these functions, which consult only the runtime's own method tables.
 *
 * CONTRACT (compiled code calls these; keep the signatures):
 * getProperty, setProperty, getAt, putAt, callMethod, callClosure,
 * resolveClass, callStatic, getStaticProperty, newInstance, iterate, asType,
 * instanceOf, isCase; castTo for `(Type) value` casts; setMinimumArguments
 * for closures with default parameter values; and for `try`/`catch`/`throw`: exceptionValue,
 * toThrowable, exceptionMatches; for host data: fromJsonValue.
 *
 * The implementations live in `dispatch/`, split by concept.
 */

export { getProperty, setProperty } from "./dispatch/properties.ts";
export { getAt, putAt } from "./dispatch/subscript.ts";
export { callClosure, callClosureWith, callMethod, callStatic, getStaticProperty, newInstance, resolveClass, setMinimumArguments } from "./dispatch/calls.ts";
export { asType, castTo, instanceOf, isCase, iterate } from "./dispatch/convert.ts";
export { fromJsonValue } from "./dispatch/json.ts";
export { exceptionMatches, exceptionValue, toThrowable } from "./exceptions.ts";
export { classOf, javaClassName, typeTagOf } from "./dispatch/types.ts";
