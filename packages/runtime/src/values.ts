/**
 * Runtime representation of Groovy values.
 *
 * Rule code only ever holds these values. Primitive JS values cover the common
 * Groovy types; wrapper classes keep the Java type where JS has no equivalent:
 *
 * | Groovy / Java type          | JS representation                                  |
 * |-----------------------------|----------------------------------------------------|
 * | null                        | `null` (never `undefined`)                         |
 * | Boolean                     | `boolean`                                          |
 * | Integer (32-bit)            | `number` holding an int32 value                    |
 * | Long                        | {@link GLong} (`bigint` in the 64-bit range)        |
 * | BigInteger                  | {@link GBigInteger}                                |
 * | BigDecimal                  | {@link GBigDecimal} (unscaled `bigint` and scale)  |
 * | Double / Float              | {@link GDouble} / {@link GFloat}                   |
 * | String and GString          | `string` (GStrings are rendered when built)        |
 * | List (ArrayList)            | JS `Array` of values                               |
 * | Map (LinkedHashMap)         | {@link GMap}                                       |
 * | Range                       | {@link GRange}                                     |
 * | Closure, method pointer     | {@link GClosure}                                   |
 * | Date, Timestamp, java.time  | {@link GDate} and the classes in `dates.ts`        |
 * | Class literal (`String`)    | {@link GClass}                                     |
 * | model objects and helpers   | subclasses of {@link RuntimeObject}                |
 *
 * Arrays are only containers: rule code never reaches `Array.prototype`
 * because every call goes through the runtime's own method tables.
 */

import type { ExecutionContext } from "./context.ts";

export type Value =
  | null
  | boolean
  | number
  | string
  | Value[]
  | GLong
  | GBigInteger
  | GBigDecimal
  | GDouble
  | GFloat
  | GMap
  | GRange
  | GClosure
  | GDate
  | GClass
  | RuntimeObject;

/** A Java `long`. The value is always inside the signed 64-bit range. */
export class GLong {
  constructor(readonly value: bigint) {}
}

/** A Java `BigInteger`. */
export class GBigInteger {
  constructor(readonly value: bigint) {}
}

/** A Java `BigDecimal`: `unscaled * 10^-scale`. */
export class GBigDecimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}
}

/** A Java `double`. */
export class GDouble {
  constructor(readonly value: number) {}
}

/** A Java `float`; the value is already rounded with `Math.fround`. */
export class GFloat {
  constructor(readonly value: number) {}
}

/** Canonical key for a map entry, so that `1`, `1L` and `"1"` stay distinct keys. */
export type MapKey = string | number | boolean | null | symbol | object;

/**
 * An insertion-ordered Groovy map (LinkedHashMap): a JS `Map` from canonical
 * key to value.
 *
 * Keys are compared with Java `equals`/`hashCode` rules: strings by content,
 * Integer and Long are different keys, lists and maps by deep content.
 * The runtime computes a canonical key with `mapKeyOf` in `map.ts`. Add and
 * remove keys only through the functions in `map.ts`, which keep the tables
 * below in step. The map is a `Map` itself rather than holding one, so a
 * lookup reads one object less. Rule code still reaches only the GDK methods
 * of the registry, never `Map.prototype`.
 */
export class GMap extends Map<unknown, Value> {
  /**
   * The key as the rule wrote it, by canonical key, for keys that differ from
   * their canonical key (Long, BigDecimal, lists, maps and other objects).
   * Strings, Integers, booleans and null are their own canonical keys, so
   * this stays null for most maps.
   */
  originalKeys: Map<unknown, Value> | null = null;
  /**
   * The `Map.Entry` objects handed out for this map's keys, so that an entry
   * keeps writing through until its key is removed, like a LinkedHashMap
   * node. Null until the first one is handed out.
   */
  entryViews: Map<unknown, MapEntryView> | null = null;
}

/** A `Map.Entry` a {@link GMap} handed out; the map detaches it when its key is removed. */
export interface MapEntryView {
  /** Keeps `value` as the entry's own value and stops writing through to the map. */
  detach(value: Value): void;
}

/** An inclusive or exclusive range of integers or single-character strings. */
export class GRange {
  constructor(
    readonly from: Value,
    readonly to: Value,
    readonly exclusive: boolean,
  ) {}
}

/** Signature of the code behind a closure: the compiler produces these. */
export type ClosureBody = (ctx: ExecutionContext, args: Value[]) => Value;

/**
 * A Groovy closure or method pointer.
 *
 * `params` is the declared parameter count; `implicitIt` is true for a closure
 * written without `->`, which takes one optional parameter named `it`.
 */
export class GClosure {
  constructor(
    readonly params: number,
    readonly implicitIt: boolean,
    readonly body: ClosureBody,
    readonly name = "closure",
    /**
     * The same code as `body` for a call with exactly one argument, without
     * the argument array, or null. Only closures that take one argument (`it`
     * or one parameter) have it; `callClosureWith` in the dispatcher uses it.
     */
    readonly bodyOne: ((ctx: ExecutionContext, arg: Value) => Value) | null = null,
  ) {}
}

/** A `java.util.Date` (or `java.sql.Timestamp` when `timestamp` is true): epoch milliseconds. */
export class GDate {
  constructor(
    public time: number,
    readonly timestamp = false,
  ) {}
}

/** A class literal such as `String`, `Integer` or `JsonOutput`, by its simple Java name. */
export class GClass {
  constructor(
    readonly name: string,
    readonly qualifiedName: string,
  ) {}
}

/**
 * Base of every object the runtime exposes that is not plain data: the issue
 * and replica models, helpers, loggers, date formatters, exceptions.
 *
 * Subclasses answer property and method access through these three members
 * only, so a rule can never reach a JS property that was not meant for it.
 * They return `NOT_FOUND` for a name they do not know.
 */
export abstract class RuntimeObject {
  /** Java-style class name, used in messages and by `instanceof`. */
  abstract readonly className: string;

  getProperty(_ctx: ExecutionContext, _name: string): Value | typeof NOT_FOUND {
    return NOT_FOUND;
  }

  /** Returns false when the property cannot be written. */
  setProperty(_ctx: ExecutionContext, _name: string, _value: Value): boolean {
    return false;
  }

  invokeMethod(_ctx: ExecutionContext, _name: string, _args: Value[]): Value | typeof NOT_FOUND {
    return NOT_FOUND;
  }

  /** Whether this object is an instance of the named class (simple or qualified name). */
  isInstanceOf(name: string): boolean {
    return name === this.className || name === "Object" || name === "java.lang.Object";
  }

  /** Groovy `toString()`. */
  toString(): string {
    return this.className;
  }
}

/** Sentinel returned by lookups that found no member of that name. */
export const NOT_FOUND: unique symbol = Symbol("not found");
