/**
 * Base of the java.time value classes: method tables looked up with
 * `Object.hasOwn`, bean properties (`date.year` calls `getYear()`), and the
 * operator hooks that make `==`, `<=>` and `<` work on values of one class.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { NOT_FOUND, RuntimeObject, type Value } from "../../values.ts";
import { noSignature, toJsNumber } from "../../gdk/collections/support.ts";
import type { TemporalFields } from "./fields.ts";

export type TemporalMethod<T> = (self: T, ctx: ExecutionContext, args: Value[]) => Value;

/** Builds a method table on a null-prototype object so no JS member can be reached by name. */
export function methodTable<T>(methods: Record<string, TemporalMethod<T>>): Record<string, TemporalMethod<T>> {
  return Object.assign(Object.create(null) as Record<string, TemporalMethod<T>>, methods);
}

export abstract class TemporalValue extends RuntimeObject {
  protected abstract readonly methods: Record<string, TemporalMethod<any>>;
  /** Simple Java class name for `instanceof` and messages. */
  abstract readonly simpleName: string;

  abstract temporalFields(): TemporalFields;

  /** A number that orders values of the same class. */
  abstract sortKey(): number;

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (!Object.hasOwn(this.methods, name)) return NOT_FOUND;
    return this.methods[name]!(this, ctx, args);
  }

  override getProperty(ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "") return NOT_FOUND;
    const suffix = name[0]!.toUpperCase() + name.slice(1);
    for (const getter of ["get" + suffix, "is" + suffix]) {
      if (Object.hasOwn(this.methods, getter)) return this.methods[getter]!(this, ctx, []);
    }
    return NOT_FOUND;
  }

  override isInstanceOf(name: string): boolean {
    return name === this.simpleName || name === this.className || name === "Temporal" || name === "Comparable" || super.isInstanceOf(name);
  }

  groovyEquals(other: Value): boolean {
    return other instanceof TemporalValue && other.className === this.className && other.sameAs(this);
  }

  groovyCompare(other: Value): number | undefined {
    if (!(other instanceof TemporalValue) || other.className !== this.className) return undefined;
    return Math.sign(this.sortKey() - other.sortKey());
  }

  /** Java `equals` within one class; zoned values also compare their zone. */
  protected sameAs(other: TemporalValue): boolean {
    return this.sortKey() === other.sortKey();
  }
}

/** Reads an integer argument, raising MissingMethodException for anything else. */
export function intArg(self: Value, method: string, args: Value[], index: number): number {
  const n = toJsNumber(args[index] ?? null);
  if (n === undefined || !Number.isInteger(n)) return noSignature(self, method, args);
  return n;
}

/** Raises Java's DateTimeException. */
export function dateTimeError(message: string): never {
  throw new RuleException("DateTimeException", message);
}

/** Checks that `value` is a TemporalValue of the same class as `self`, for isBefore/isAfter/compareTo. */
export function sameClassArg<T extends TemporalValue>(self: T, method: string, args: Value[]): T {
  const other = args[0];
  if (args.length !== 1 || !(other instanceof TemporalValue) || other.className !== self.className) {
    return noSignature(self, method, args);
  }
  return other as T;
}
