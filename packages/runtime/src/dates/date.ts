/**
 * `java.util.Date` and `java.sql.Timestamp` ({@link GDate}): constructors,
 * Java's methods, and Groovy's date extensions (`date + 1`, `date - other`,
 * `format`, `Date.parse`, `clearTime`). Every zone-less operation uses the
 * run's time zone (`ctx.timeZone`) where Java would use the JVM default.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { mapEntries } from "../map.ts";
import { defineClass, defineMethods } from "../registry.ts";
import { setProperty } from "../dispatch.ts";
import { GDate, GMap, type Value } from "../values.ts";
import { expectArgs, javaTypeName, noSignature, toJsNumber } from "../gdk/collections/support.ts";
import { epochDay, fieldsAt, javaLong, wallTime } from "./calendar.ts";
import { compilePattern, formatDate, javaDateString, javaTimestampString } from "./simple-format.ts";
import { parseWithPattern } from "./simple-parse.ts";
import { asZone, contextZone } from "./time-zone.ts";
import { offsetAt, wallToEpoch, type Zone } from "./zones.ts";

/** `date.toString()` in the run's time zone: `Thu Jan 01 00:00:00 UTC 1970`, or `1970-01-01 00:00:00.0` for a Timestamp. */
export function dateToString(ctx: ExecutionContext, date: GDate): string {
  const zone = contextZone(ctx);
  return date.timestamp ? javaTimestampString(date.time, zone) : javaDateString(date.time, zone);
}

/** Adds whole days on the local calendar of `zone`, keeping the wall-clock time across DST changes like Calendar.add. */
export function addDays(epochMs: number, days: number, zone: Zone): number {
  const offset = offsetAt(zone, epochMs);
  const f = fieldsAt(epochMs, offset);
  const wall = wallTime(f.year, f.month, f.day + days, f.hour, f.minute, f.second, f.millisecond);
  return wallToEpoch(zone, wall, "later");
}

/** Calendar days from `then` to `self` in `zone` (Groovy's `date - otherDate`). */
export function daysBetween(self: number, then: number, zone: Zone): number {
  const a = fieldsAt(self, offsetAt(zone, self));
  const b = fieldsAt(then, offsetAt(zone, then));
  return epochDay(a.year, a.month, a.day) - epochDay(b.year, b.month, b.day);
}

function intArg(self: Value, method: string, args: Value[], index: number): number {
  const n = toJsNumber(args[index] ?? null);
  if (n === undefined || !Number.isInteger(n)) return noSignature(self, method, args);
  return n;
}

function dateArg(self: Value, method: string, args: Value[], index: number): GDate {
  const value = args[index];
  if (value instanceof GDate) return value;
  if (value === null) throw new RuleException("NullPointerException", `Cannot call ${method}() with a null date`);
  return noSignature(self, method, args);
}

/** Returns the zone argument at `index` (a TimeZone or ZoneId), or the run's zone when there is none. */
function zoneArg(ctx: ExecutionContext, self: Value, method: string, args: Value[], index: number): Zone {
  if (args.length <= index) return contextZone(ctx);
  return asZone(args[index]!) ?? noSignature(self, method, args);
}

/** Parses `text` with a SimpleDateFormat pattern in `zone` (Groovy's `Date.parse(pattern, text)`). */
export function parseDate(ctx: ExecutionContext, pattern: string, text: string, zone: Zone): GDate {
  return new GDate(parseWithPattern(compilePattern(pattern), text, zone, ctx.clock()));
}

function localField(ctx: ExecutionContext, date: GDate) {
  return fieldsAt(date.time, offsetAt(contextZone(ctx), date.time));
}

defineMethods("Date", {
  getTime: (_ctx, self: GDate, args) => {
    expectArgs(self, "getTime", args, 0);
    return javaLong(self.time);
  },
  setTime: (_ctx, self: GDate, args) => {
    expectArgs(self, "setTime", args, 1);
    self.time = intArg(self, "setTime", args, 0);
    return null;
  },
  before: (_ctx, self: GDate, args) => {
    expectArgs(self, "before", args, 1);
    return self.time < dateArg(self, "before", args, 0).time;
  },
  after: (_ctx, self: GDate, args) => {
    expectArgs(self, "after", args, 1);
    return self.time > dateArg(self, "after", args, 0).time;
  },
  compareTo: (_ctx, self: GDate, args) => {
    expectArgs(self, "compareTo", args, 1);
    const other = dateArg(self, "compareTo", args, 0).time;
    return Math.sign(self.time - other);
  },
  equals: (_ctx, self: GDate, args) => {
    expectArgs(self, "equals", args, 1);
    const other = args[0];
    return other instanceof GDate && other.time === self.time && other.timestamp === self.timestamp;
  },
  plus: (ctx, self: GDate, args) => {
    expectArgs(self, "plus", args, 1);
    return new GDate(addDays(self.time, intArg(self, "plus", args, 0), contextZone(ctx)), self.timestamp);
  },
  minus: (ctx, self: GDate, args) => {
    expectArgs(self, "minus", args, 1);
    if (args[0] instanceof GDate) return daysBetween(self.time, args[0].time, contextZone(ctx));
    return new GDate(addDays(self.time, -intArg(self, "minus", args, 0), contextZone(ctx)), self.timestamp);
  },
  next: (ctx, self: GDate, args) => {
    expectArgs(self, "next", args, 0);
    return new GDate(addDays(self.time, 1, contextZone(ctx)), self.timestamp);
  },
  previous: (ctx, self: GDate, args) => {
    expectArgs(self, "previous", args, 0);
    return new GDate(addDays(self.time, -1, contextZone(ctx)), self.timestamp);
  },
  clearTime: (ctx, self: GDate, args) => {
    expectArgs(self, "clearTime", args, 0);
    const zone = contextZone(ctx);
    const f = fieldsAt(self.time, offsetAt(zone, self.time));
    self.time = wallToEpoch(zone, wallTime(f.year, f.month, f.day), "later");
    return self;
  },
  format: (ctx, self: GDate, args) => {
    expectArgs(self, "format", args, 1, 2);
    if (typeof args[0] !== "string") noSignature(self, "format", args);
    return formatDate(args[0], self.time, zoneArg(ctx, self, "format", args, 1));
  },
  // DateFormat.SHORT date and MEDIUM time in the US locale, as JDK 17 prints them.
  getDateString: (ctx, self: GDate, args) => {
    expectArgs(self, "getDateString", args, 0);
    return formatDate("M/d/yy", self.time, contextZone(ctx));
  },
  getTimeString: (ctx, self: GDate, args) => {
    expectArgs(self, "getTimeString", args, 0);
    return formatDate("h:mm:ss a", self.time, contextZone(ctx));
  },
  getDateTimeString: (ctx, self: GDate, args) => {
    expectArgs(self, "getDateTimeString", args, 0);
    return formatDate("M/d/yy, h:mm:ss a", self.time, contextZone(ctx));
  },
  toString: (ctx: ExecutionContext, self: GDate, args: Value[]) => {
    expectArgs(self, "toString", args, 0);
    return dateToString(ctx, self);
  },
  toTimestamp: (_ctx, self: GDate, args) => {
    expectArgs(self, "toTimestamp", args, 0);
    return new GDate(self.time, true);
  },
  clone: (_ctx, self: GDate, args) => {
    expectArgs(self, "clone", args, 0);
    return new GDate(self.time, self.timestamp);
  },
  // Java's deprecated field getters, still reachable as `date.year` (years since 1900) and `date.month` (0-based).
  getYear: (ctx, self: GDate, args) => {
    expectArgs(self, "getYear", args, 0);
    return localField(ctx, self).year - 1900;
  },
  getMonth: (ctx, self: GDate, args) => {
    expectArgs(self, "getMonth", args, 0);
    return localField(ctx, self).month - 1;
  },
  getDate: (ctx, self: GDate, args) => {
    expectArgs(self, "getDate", args, 0);
    return localField(ctx, self).day;
  },
  getDay: (ctx, self: GDate, args) => {
    expectArgs(self, "getDay", args, 0);
    return localField(ctx, self).dayOfWeek % 7;
  },
  getHours: (ctx, self: GDate, args) => {
    expectArgs(self, "getHours", args, 0);
    return localField(ctx, self).hour;
  },
  getMinutes: (ctx, self: GDate, args) => {
    expectArgs(self, "getMinutes", args, 0);
    return localField(ctx, self).minute;
  },
  getSeconds: (ctx, self: GDate, args) => {
    expectArgs(self, "getSeconds", args, 0);
    return localField(ctx, self).second;
  },
});

/** Reads the epoch milliseconds argument of `new Date(long)`. */
function epochArg(className: string, args: Value[]): number {
  const n = toJsNumber(args[0] ?? null);
  if (n === undefined || !Number.isInteger(n)) {
    const types = args.map((a) => javaTypeName(a)).join(", ");
    throw new RuleException("GroovyRuntimeException", `Could not find matching constructor for: ${className}(${types}); pass epoch milliseconds`);
  }
  return n;
}

/** `new Date(time: millis)`: Groovy's named-argument constructor sets each property on a new date. */
function withProperties(ctx: ExecutionContext, date: GDate, properties: GMap): GDate {
  for (const [name, value] of mapEntries(properties)) {
    if (typeof name !== "string") throw new RuleException("MissingPropertyException", `No such property: ${String(name)} for class: java.util.Date`);
    setProperty(ctx, date, name, value);
  }
  return date;
}

function parseStatic(ctx: ExecutionContext, args: Value[]): GDate {
  if (args.length < 2 || args.length > 3 || typeof args[0] !== "string" || typeof args[1] !== "string") {
    throw new RuleException("MissingMethodException", "Date.parse() needs a pattern and a text, and optionally a TimeZone: Date.parse(\"yyyy-MM-dd\", text)");
  }
  const zone = args.length === 3 ? asZone(args[2]!) : contextZone(ctx);
  if (zone === undefined) throw new RuleException("MissingMethodException", "the third argument of Date.parse() must be a TimeZone");
  return parseDate(ctx, args[0], args[1], zone);
}

defineClass("java.util.Date", {
  supertypes: ["Comparable", "Cloneable", "Serializable"],
  construct: (ctx, args) => {
    if (args.length === 0) return new GDate(ctx.clock());
    if (args.length === 1 && args[0] instanceof GMap) return withProperties(ctx, new GDate(ctx.clock()), args[0]);
    if (args.length === 1) return new GDate(epochArg("java.util.Date", args));
    if (args.length >= 3 && args.length <= 6) {
      // Deprecated Date(year - 1900, month 0-11, day[, hours, minutes, seconds]) in the run's zone.
      const parts = args.map((_, i) => intArg(null, "Date", args, i));
      const wall = wallTime(parts[0]! + 1900, parts[1]! + 1, parts[2]!, parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0);
      return new GDate(wallToEpoch(contextZone(ctx), wall, "later"));
    }
    return noSignature(null, "Date", args);
  },
  statics: {
    // Groovy 2.4 GDK; in Groovy 4 it lives in the groovy-dateutil module.
    parse: (ctx, args) => parseStatic(ctx, args),
  },
});

defineClass("java.sql.Timestamp", {
  supertypes: ["Date", "Comparable", "Cloneable", "Serializable"],
  construct: (_ctx, args) => {
    if (args.length !== 1) noSignature(null, "Timestamp", args);
    return new GDate(epochArg("java.sql.Timestamp", args), true);
  },
  statics: {
    valueOf: (ctx: ExecutionContext, args: Value[]) => {
      const text = args[0];
      const match = typeof text === "string" ? /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/.exec(text.trim()) : null;
      if (args.length !== 1 || match === null) {
        throw new RuleException("IllegalArgumentException", "Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]");
      }
      const [, y, mo, d, h, mi, s, fraction] = match;
      const millis = Number((fraction ?? "0").padEnd(3, "0").slice(0, 3));
      const wall = wallTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), millis);
      return new GDate(wallToEpoch(contextZone(ctx), wall, "later"), true);
    },
  },
});
