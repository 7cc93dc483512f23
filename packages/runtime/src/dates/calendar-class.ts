/**
 * `java.util.Calendar` as legacy rules use it: `Calendar.getInstance()`,
 * `setTime`, `add`, `set`, `get`, `getTime`, and the field constants.
 * A calendar is an instant plus a zone (the run's zone unless given); field
 * changes roll over leniently like Java's GregorianCalendar.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { defineClass } from "../registry.ts";
import { GDate, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { expectArgs, noSignature, toJsNumber } from "../gdk/collections/support.ts";
import { daysInMonth, fieldsAt, javaLong, usWeekOfYear, wallTime, type DateFields } from "./calendar.ts";
import { asZone, contextZone, TimeZoneValue } from "./time-zone.ts";
import { offsetAt, wallToEpoch, type Zone } from "./zones.ts";

/** Java's Calendar field numbers. */
const FIELDS = {
  ERA: 0,
  YEAR: 1,
  MONTH: 2,
  WEEK_OF_YEAR: 3,
  DATE: 5,
  DAY_OF_MONTH: 5,
  DAY_OF_YEAR: 6,
  DAY_OF_WEEK: 7,
  AM_PM: 9,
  HOUR: 10,
  HOUR_OF_DAY: 11,
  MINUTE: 12,
  SECOND: 13,
  MILLISECOND: 14,
} as const;

const MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];
const DAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

const FIXED_MS: Record<number, number> = {
  [FIELDS.HOUR]: 3_600_000,
  [FIELDS.HOUR_OF_DAY]: 3_600_000,
  [FIELDS.MINUTE]: 60_000,
  [FIELDS.SECOND]: 1000,
  [FIELDS.MILLISECOND]: 1,
};

function int(self: Value, method: string, args: Value[], index: number): number {
  const n = toJsNumber(args[index] ?? null);
  if (n === undefined || !Number.isInteger(n)) return noSignature(self, method, args);
  return n;
}

export class CalendarValue extends RuntimeObject {
  readonly className = "java.util.GregorianCalendar";

  constructor(
    public time: number,
    public zone: Zone,
  ) {
    super();
  }

  private fields(): DateFields {
    return fieldsAt(this.time, offsetAt(this.zone, this.time));
  }

  /** Rebuilds the instant from local fields, rolling over out-of-range values like a lenient Calendar. */
  private setWall(f: DateFields): void {
    const wall = wallTime(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond);
    this.time = wallToEpoch(this.zone, wall, "later");
  }

  get(field: number): number {
    const f = this.fields();
    switch (field) {
      case FIELDS.ERA:
        return f.year > 0 ? 1 : 0;
      case FIELDS.YEAR:
        return f.year;
      case FIELDS.MONTH:
        return f.month - 1;
      case FIELDS.WEEK_OF_YEAR:
        return usWeekOfYear(f).week;
      case FIELDS.DAY_OF_MONTH:
        return f.day;
      case FIELDS.DAY_OF_YEAR:
        return f.dayOfYear;
      case FIELDS.DAY_OF_WEEK:
        return (f.dayOfWeek % 7) + 1;
      case FIELDS.AM_PM:
        return f.hour < 12 ? 0 : 1;
      case FIELDS.HOUR:
        return f.hour % 12;
      case FIELDS.HOUR_OF_DAY:
        return f.hour;
      case FIELDS.MINUTE:
        return f.minute;
      case FIELDS.SECOND:
        return f.second;
      case FIELDS.MILLISECOND:
        return f.millisecond;
      default:
        throw new RuleException("ArrayIndexOutOfBoundsException", `Calendar field ${field} is not supported`);
    }
  }

  set(field: number, value: number): void {
    const f = this.fields();
    switch (field) {
      case FIELDS.YEAR:
        f.year = value;
        break;
      case FIELDS.MONTH:
        f.month = value + 1;
        break;
      case FIELDS.DAY_OF_MONTH:
        f.day = value;
        break;
      case FIELDS.DAY_OF_YEAR:
        f.month = 1;
        f.day = value;
        break;
      case FIELDS.DAY_OF_WEEK:
        f.day += value - ((f.dayOfWeek % 7) + 1);
        break;
      case FIELDS.HOUR_OF_DAY:
        f.hour = value;
        break;
      case FIELDS.HOUR:
        f.hour = (f.hour >= 12 ? 12 : 0) + value;
        break;
      case FIELDS.AM_PM:
        f.hour = (f.hour % 12) + (value === 1 ? 12 : 0);
        break;
      case FIELDS.MINUTE:
        f.minute = value;
        break;
      case FIELDS.SECOND:
        f.second = value;
        break;
      case FIELDS.MILLISECOND:
        f.millisecond = value;
        break;
      default:
        throw new RuleException("ArrayIndexOutOfBoundsException", `Calendar field ${field} is not supported`);
    }
    this.setWall(f);
  }

  /** `add(field, amount)`: calendar fields move on the local calendar, time fields move the instant. */
  add(field: number, amount: number): void {
    const fixed = FIXED_MS[field];
    if (fixed !== undefined) {
      this.time += amount * fixed;
      return;
    }
    const f = this.fields();
    if (field === FIELDS.YEAR || field === FIELDS.MONTH) {
      const months = field === FIELDS.YEAR ? amount * 12 : amount;
      const total = f.year * 12 + (f.month - 1) + months;
      f.year = Math.floor(total / 12);
      f.month = total - f.year * 12 + 1;
      // Java keeps the day within the new month: Jan 31 plus one month is Feb 29 or 28.
      f.day = Math.min(f.day, daysInMonth(f.year, f.month));
    } else if (field === FIELDS.DAY_OF_MONTH || field === FIELDS.DAY_OF_YEAR || field === FIELDS.DAY_OF_WEEK) {
      f.day += amount;
    } else if (field === FIELDS.WEEK_OF_YEAR) {
      f.day += 7 * amount;
    } else {
      throw new RuleException("IllegalArgumentException", `Calendar.add() does not support field ${field}`);
    }
    this.setWall(f);
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "time") return new GDate(this.time);
    if (name === "timeInMillis") return javaLong(this.time);
    if (name === "timeZone") return new TimeZoneValue(this.zone);
    return NOT_FOUND;
  }

  override setProperty(_ctx: ExecutionContext, name: string, value: Value): boolean {
    if (name === "time" && value instanceof GDate) this.time = value.time;
    else if (name === "timeInMillis" && toJsNumber(value) !== undefined) this.time = Math.trunc(toJsNumber(value)!);
    else if (name === "timeZone" && asZone(value) !== undefined) this.zone = asZone(value)!;
    else return false;
    return true;
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "getTime":
        expectArgs(this, name, args, 0);
        return new GDate(this.time);
      case "setTime": {
        expectArgs(this, name, args, 1);
        const date = args[0];
        if (!(date instanceof GDate)) return noSignature(this, name, args);
        this.time = date.time;
        return null;
      }
      case "getTimeInMillis":
        expectArgs(this, name, args, 0);
        return javaLong(this.time);
      case "setTimeInMillis":
        expectArgs(this, name, args, 1);
        this.time = int(this, name, args, 0);
        return null;
      case "get":
      case "getAt":
        expectArgs(this, name, args, 1);
        return this.get(int(this, name, args, 0));
      case "set":
        return this.setCall(args);
      case "putAt":
        expectArgs(this, name, args, 2);
        this.set(int(this, name, args, 0), int(this, name, args, 1));
        return null;
      case "add":
        expectArgs(this, name, args, 2);
        this.add(int(this, name, args, 0), int(this, name, args, 1));
        return null;
      case "getTimeZone":
        expectArgs(this, name, args, 0);
        return new TimeZoneValue(this.zone);
      case "setTimeZone": {
        expectArgs(this, name, args, 1);
        this.zone = asZone(args[0]!) ?? noSignature(this, name, args);
        return null;
      }
      case "clone":
        expectArgs(this, name, args, 0);
        return new CalendarValue(this.time, this.zone);
      case "before":
      case "after": {
        expectArgs(this, name, args, 1);
        const other = args[0];
        if (!(other instanceof CalendarValue)) return false;
        return name === "before" ? this.time < other.time : this.time > other.time;
      }
      case "getActualMaximum": {
        expectArgs(this, name, args, 1);
        if (int(this, name, args, 0) !== FIELDS.DAY_OF_MONTH) return noSignature(this, name, args);
        const f = this.fields();
        return daysInMonth(f.year, f.month);
      }
      default:
        return NOT_FOUND;
    }
  }

  /** `set(field, value)` or `set(year, month, day[, hour, minute[, second]])`. */
  private setCall(args: Value[]): Value {
    const n = (i: number) => int(this, "set", args, i);
    if (args.length === 2) {
      this.set(n(0), n(1));
      return null;
    }
    if (args.length !== 3 && args.length !== 5 && args.length !== 6) return noSignature(this, "set", args);
    const f = this.fields();
    f.year = n(0);
    f.month = n(1) + 1;
    f.day = n(2);
    if (args.length >= 5) {
      f.hour = n(3);
      f.minute = n(4);
    }
    if (args.length === 6) f.second = n(5);
    this.setWall(f);
    return null;
  }

  groovyEquals(other: Value): boolean {
    return other instanceof CalendarValue && other.time === this.time && other.zone.id === this.zone.id;
  }

  groovyCompare(other: Value): number | undefined {
    return other instanceof CalendarValue ? Math.sign(this.time - other.time) : undefined;
  }

  override isInstanceOf(name: string): boolean {
    return name === "Calendar" || name === "GregorianCalendar" || name === "java.util.Calendar" || super.isInstanceOf(name);
  }

  override toString(): string {
    return `java.util.GregorianCalendar[time=${this.time},zone=${this.zone.id}]`;
  }
}

const constants: Record<string, () => Value> = {};
for (const [name, value] of Object.entries(FIELDS)) constants[name] = () => value;
MONTHS.forEach((name, index) => {
  constants[name] = () => index;
});
DAYS.forEach((name, index) => {
  constants[name] = () => index + 1;
});
constants.AM = () => 0;
constants.PM = () => 1;

defineClass("java.util.Calendar", {
  statics: {
    getInstance: (ctx, args) => {
      if (args.length > 2) throw new RuleException("MissingMethodException", "Calendar.getInstance() takes at most a TimeZone and a Locale");
      const zone = args.length === 0 ? contextZone(ctx) : asZone(args[0]!) ?? contextZone(ctx);
      return new CalendarValue(ctx.clock(), zone);
    },
  },
  staticProperties: constants,
});
