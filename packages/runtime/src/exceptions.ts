/**
 * Java exceptions as rule values: the class hierarchy that `catch` matches
 * against, the object a `catch (e)` binds, `new Exception(...)` and `throw`,
 * and builders for the errors the runtime raises with Groovy's wording.
 */

import type { ExecutionContext } from "./context.ts";
import { RuleException } from "./errors.ts";
import { toGroovyString } from "./ops.ts";
import { defineClass, findClass } from "./registry.ts";
import { GClass, NOT_FOUND, RuntimeObject, type Value } from "./values.ts";
import { classOf, javaClassName, simpleTypeName } from "./dispatch/types.ts";

/** Superclass (simple name) of every registered exception class. Throwable has none. */
const PARENTS = new Map<string, string | null>();
const QUALIFIED_NAMES = new Map<string, string>();

/**
 * Registers an exception class under its qualified name so that rules can
 * construct, throw and catch it. `parent` is the superclass's simple name.
 */
export function defineExceptionClass(qualifiedName: string, parent: string | null): void {
  const simple = qualifiedName.slice(qualifiedName.lastIndexOf(".") + 1);
  PARENTS.set(simple, parent);
  QUALIFIED_NAMES.set(simple, qualifiedName);
  defineClass(qualifiedName, {
    supertypes: parent === null ? ["Serializable"] : [parent],
    construct: (_ctx, args) => constructException(simple, args),
  });
}

const STANDARD_EXCEPTIONS: [string, string | null][] = [
  ["java.lang.Throwable", null],
  ["java.lang.Exception", "Throwable"],
  ["java.lang.Error", "Throwable"],
  ["java.lang.AssertionError", "Error"],
  ["java.lang.RuntimeException", "Exception"],
  ["java.lang.NullPointerException", "RuntimeException"],
  ["java.lang.IllegalArgumentException", "RuntimeException"],
  ["java.lang.NumberFormatException", "IllegalArgumentException"],
  ["java.lang.IllegalStateException", "RuntimeException"],
  ["java.lang.ArithmeticException", "RuntimeException"],
  ["java.lang.UnsupportedOperationException", "RuntimeException"],
  ["java.lang.IndexOutOfBoundsException", "RuntimeException"],
  ["java.lang.ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException"],
  ["java.lang.StringIndexOutOfBoundsException", "IndexOutOfBoundsException"],
  ["java.lang.ClassCastException", "RuntimeException"],
  ["java.util.NoSuchElementException", "RuntimeException"],
  ["java.util.ConcurrentModificationException", "RuntimeException"],
  ["java.util.regex.PatternSyntaxException", "IllegalArgumentException"],
  ["java.util.IllegalFormatException", "IllegalArgumentException"],
  ["java.util.IllegalFormatConversionException", "IllegalFormatException"],
  ["java.util.MissingFormatArgumentException", "IllegalFormatException"],
  ["java.util.UnknownFormatConversionException", "IllegalFormatException"],
  ["java.lang.NegativeArraySizeException", "RuntimeException"],
  ["java.io.IOException", "Exception"],
  ["java.text.ParseException", "Exception"],
  ["groovy.lang.GroovyRuntimeException", "RuntimeException"],
  ["groovy.lang.MissingPropertyException", "GroovyRuntimeException"],
  ["groovy.lang.ReadOnlyPropertyException", "MissingPropertyException"],
  ["groovy.lang.MissingMethodException", "GroovyRuntimeException"],
  ["org.codehaus.groovy.runtime.typehandling.GroovyCastException", "ClassCastException"],
  ["org.codehaus.groovy.runtime.powerassert.PowerAssertionError", "AssertionError"],
  ["com.exalate.api.exception.IssueTrackerException", "Exception"],
];

for (const [name, parent] of STANDARD_EXCEPTIONS) defineExceptionClass(name, parent);

/** Returns the superclass chain of an exception class, starting with the class itself. */
function lineage(simple: string): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = simple;
  while (current !== null && current !== undefined && !chain.includes(current)) {
    chain.push(current);
    // A class the table does not know (raised by another module) counts as a RuntimeException.
    current = PARENTS.has(current) ? PARENTS.get(current) : "RuntimeException";
  }
  return chain;
}

/** Tests whether `catch (T e)` catches `err`, that is whether T is the exception's class or a superclass. */
export function exceptionMatches(err: RuleException, typeName: string): boolean {
  return lineage(err.javaClass).includes(simpleTypeName(typeName));
}

function qualifiedExceptionName(simple: string): string {
  return QUALIFIED_NAMES.get(simple) ?? findClass(simple)?.qualifiedName ?? simple;
}

/** The value of an exception in rule code: what `new Exception(...)` builds and `catch (e)` binds. */
export class ExceptionObject extends RuntimeObject {
  readonly className: string;

  constructor(
    /** Simple class name, for example `IllegalStateException`. */
    readonly javaClass: string,
    public message: string | null,
    public cause: Value = null,
  ) {
    super();
    this.className = qualifiedExceptionName(javaClass);
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    switch (name) {
      case "message":
      case "localizedMessage":
        return this.message;
      case "cause":
        return this.cause;
      case "class":
        return classOf(this);
      case "stackTrace":
      case "suppressed":
        return [];
      default:
        return NOT_FOUND;
    }
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (args.length === 0) {
      switch (name) {
        case "getMessage":
        case "getLocalizedMessage":
          return this.message;
        case "getCause":
          return this.cause;
        case "toString":
          return this.toString();
        case "getStackTrace":
        case "getSuppressed":
          return [];
        case "printStackTrace":
          return null;
        case "fillInStackTrace":
          return this;
      }
    }
    if (name === "initCause" && args.length === 1) {
      this.cause = args[0]!;
      return this;
    }
    return NOT_FOUND;
  }

  override isInstanceOf(name: string): boolean {
    return lineage(this.javaClass).includes(simpleTypeName(name)) || super.isInstanceOf(name);
  }

  /** `java.lang.Exception: message`, or the class name alone when there is no message. */
  override toString(): string {
    return this.message === null ? this.className : `${this.className}: ${this.message}`;
  }
}

/** `new X()`, `new X(message)`, `new X(message, cause)` and `new X(cause)`, as Java's constructors allow. */
function constructException(simple: string, args: Value[]): ExceptionObject {
  const [first = null, second = null] = args;
  if (args.length === 0) return new ExceptionObject(simple, null);
  if (args.length === 1 && first instanceof ExceptionObject) return new ExceptionObject(simple, first.toString(), first);
  if (args.length <= 2 && (first === null || typeof first === "string")) {
    if (args.length === 2 && second !== null && !(second instanceof ExceptionObject)) {
      throw noConstructor(simple, args);
    }
    return new ExceptionObject(simple, first, second);
  }
  throw noConstructor(simple, args);
}

function noConstructor(simple: string, args: Value[]): RuleException {
  const types = args.map(javaClassName).join(", ");
  return new RuleException(
    "GroovyRuntimeException",
    `Could not find matching constructor for: ${qualifiedExceptionName(simple)}(${types}); exceptions take a message string and an optional cause`,
  );
}

const exceptionObjects = new WeakMap<RuleException, ExceptionObject>();

/** Returns the value a `catch (e)` binds for `err`. The same error always yields the same object. */
export function exceptionValue(err: RuleException): Value {
  let value = exceptionObjects.get(err);
  if (value === undefined) {
    value = new ExceptionObject(err.javaClass, err.ruleMessage, err.causeValue);
    exceptionObjects.set(err, value);
  }
  return value;
}

/** Returns the error that `throw value` raises. Throwing null or a value that is not an exception fails like in Groovy. */
export function toThrowable(_ctx: ExecutionContext, value: Value): RuleException {
  if (value instanceof ExceptionObject) {
    const err = new RuleException(value.javaClass, value.message, value.cause);
    exceptionObjects.set(err, value);
    return err;
  }
  if (value === null) return new RuleException("NullPointerException", "Cannot throw null: the value after 'throw' must be an exception");
  return castError(value, "java.lang.Throwable");
}

/** Builds Groovy's GroovyCastException for a `value as Type` conversion that is not possible. */
export function castError(value: Value, targetClass: string, reason?: string): RuleException {
  const rendered = value === null ? "null" : toGroovyString(value);
  return new RuleException(
    "GroovyCastException",
    `Cannot cast object '${rendered}' with class '${javaClassName(value)}' to class '${targetClass}'${reason ? `: ${reason}` : ""}`,
  );
}

/** Groovy's NullPointerException for calling `name()` on null. */
export function nullMethodError(name: string): RuleException {
  return new RuleException("NullPointerException", `Cannot invoke method ${name}() on null object`);
}

/** Groovy's NullPointerException for reading `name` from null. */
export function nullPropertyError(name: string): RuleException {
  return new RuleException("NullPointerException", `Cannot get property '${name}' on null object`);
}

/** Groovy's NullPointerException for writing `name` on null. */
export function nullSetPropertyError(name: string): RuleException {
  return new RuleException("NullPointerException", `Cannot set property '${name}' on null object`);
}

/** At most this many characters of argument types and values appear in a MissingMethodException message. */
const MAX_ARGUMENT_TEXT = 80;

function truncate(text: string): string {
  return text.length <= MAX_ARGUMENT_TEXT ? text : text.slice(0, MAX_ARGUMENT_TEXT) + "...";
}

/**
 * Groovy's MissingMethodException: "No signature of method: java.lang.String.foo()
 * is applicable for argument types: (java.lang.Integer) values: [1]".
 */
export function missingMethod(self: Value, name: string, args: Value[], hint?: string): RuleException {
  const receiver = self instanceof GClass ? `static ${self.qualifiedName}` : javaClassName(self);
  return missingMethodOn(receiver, name, args, hint);
}

/** MissingMethodException with an explicit receiver description (a class name, `static X`). */
export function missingMethodOn(receiver: string, name: string, args: Value[], hint?: string): RuleException {
  const types = truncate(args.map(javaClassName).join(", "));
  const values = truncate(args.map((a) => toGroovyString(a)).join(", "));
  return new RuleException(
    "MissingMethodException",
    `No signature of method: ${receiver}.${name}() is applicable for argument types: (${types}) values: [${values}]${hint ? `\n${hint}` : ""}`,
  );
}

/** Groovy's MissingPropertyException: "No such property: foo for class: java.lang.String". */
export function missingProperty(name: string, className: string): RuleException {
  return new RuleException("MissingPropertyException", `No such property: ${name} for class: ${className}`);
}

/** Groovy's ReadOnlyPropertyException. */
export function readOnlyProperty(name: string, className: string): RuleException {
  return new RuleException("ReadOnlyPropertyException", `Cannot set readonly property: ${name} for class: ${className}`);
}

/** Raises MissingMethodException unless the call has between `min` and `max` arguments. */
export function expectArity(self: Value, name: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw missingMethod(self, name, args);
}
