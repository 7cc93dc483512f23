/**
 * `java.time.Duration` (millisecond precision) and `ChronoUnit` with
 * `between(a, b)`, the two ways rules measure the distance between dates.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { NOT_FOUND, RuntimeObject, type Value } from "../../values.ts";
import { expectArgs, noSignature } from "../../gdk/collections/support.ts";
import { javaLong } from "../calendar.ts";
import { offsetAt } from "../zones.ts";
import { splitWall } from "./fields.ts";
import { LocalDateTimeValue, LocalDateValue, LocalTimeValue } from "./local.ts";
import { intArg, methodTable, TemporalValue, type TemporalMethod } from "./temporal.ts";
import { InstantValue, ZonedDateTimeValue } from "./zoned.ts";

/** Java's `Duration.toString()`: `PT25H1M1S`, `PT0.5S`, `PT0S`. */
function durationText(ms: number): string {
  if (ms === 0) return "PT0S";
  const sign = ms < 0 ? "-" : "";
  const total = Math.abs(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const millis = total % 60_000;
  let text = "PT";
  if (hours > 0) text += `${sign}${hours}H`;
  if (minutes > 0) text += `${sign}${minutes}M`;
  if (millis > 0) {
    const seconds = Math.floor(millis / 1000);
    const fraction = millis % 1000;
    text += `${sign}${seconds}${fraction === 0 ? "" : "." + String(fraction).padStart(3, "0").replace(/0+$/, "")}S`;
  }
  return text;
}

export class DurationValue extends TemporalValue {
  readonly className = "java.time.Duration";
  readonly simpleName = "Duration";
  protected readonly methods: Record<string, TemporalMethod<DurationValue>> = DURATION_METHODS;

  constructor(readonly ms: number) {
    super();
  }

  temporalFields() {
    return {};
  }

  sortKey(): number {
    return this.ms;
  }

  override toString(): string {
    return durationText(this.ms);
  }
}

const truncate = (value: number) => Math.trunc(value);

function reader(name: string, read: (ms: number) => number): TemporalMethod<DurationValue> {
  return (self, _ctx, args) => {
    expectArgs(self, name, args, 0);
    return javaLong(read(self.ms));
  };
}

function shift(name: string, unitMs: number): TemporalMethod<DurationValue> {
  return (self, _ctx, args) => {
    expectArgs(self, name, args, 1);
    return new DurationValue(self.ms + intArg(self, name, args, 0) * unitMs);
  };
}

const DURATION_METHODS: Record<string, TemporalMethod<DurationValue>> = methodTable<DurationValue>({
  toMillis: reader("toMillis", (ms) => ms),
  toSeconds: reader("toSeconds", (ms) => Math.floor(ms / 1000)),
  getSeconds: reader("getSeconds", (ms) => Math.floor(ms / 1000)),
  toMinutes: reader("toMinutes", (ms) => truncate(ms / 60_000)),
  toHours: reader("toHours", (ms) => truncate(ms / 3_600_000)),
  toDays: reader("toDays", (ms) => truncate(ms / 86_400_000)),
  isNegative: (self, _ctx, args) => {
    expectArgs(self, "isNegative", args, 0);
    return self.ms < 0;
  },
  isZero: (self, _ctx, args) => {
    expectArgs(self, "isZero", args, 0);
    return self.ms === 0;
  },
  plusDays: shift("plusDays", 86_400_000),
  plusHours: shift("plusHours", 3_600_000),
  plusMinutes: shift("plusMinutes", 60_000),
  plusSeconds: shift("plusSeconds", 1000),
  plusMillis: shift("plusMillis", 1),
  minusDays: shift("minusDays", -86_400_000),
  minusHours: shift("minusHours", -3_600_000),
  minusMinutes: shift("minusMinutes", -60_000),
  minusSeconds: shift("minusSeconds", -1000),
  toString: (self: DurationValue, _ctx: ExecutionContext, args: Value[]) => {
    expectArgs(self, "toString", args, 0);
    return self.toString();
  },
});
/** Milliseconds between two values of one class, for Duration.between and time-based units. */
export function millisBetween(a: Value, b: Value): number {
  if (a instanceof InstantValue && b instanceof InstantValue) return b.epochMs - a.epochMs;
  if (a instanceof ZonedDateTimeValue && (b instanceof ZonedDateTimeValue || b instanceof InstantValue)) return b.epochMs - a.epochMs;
  if (a instanceof LocalDateTimeValue && b instanceof LocalDateTimeValue) return b.wall - a.wall;
  if (a instanceof LocalTimeValue && b instanceof LocalTimeValue) return b.time - a.time;
  throw new RuleException("DateTimeException", `cannot measure the time between ${describe(a)} and ${describe(b)}: use two Instants, ZonedDateTimes, LocalDateTimes or LocalTimes`);
}

function describe(value: Value): string {
  if (value instanceof RuntimeObject) return value.className;
  return value === null ? "null" : typeof value;
}

const UNIT_MS: Record<string, number> = {
  MILLIS: 1,
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  HALF_DAYS: 43_200_000,
};

const DATE_UNIT_MONTHS: Record<string, number> = { MONTHS: 1, YEARS: 12, DECADES: 120, CENTURIES: 1200 };

/** Whole months from `a` to `b` (local wall times), as `LocalDate.until` counts them. */
function monthsBetween(a: number, b: number): number {
  const start = splitWall(a);
  const end = splitWall(b);
  let months = end.date.year * 12 + end.date.month - (start.date.year * 12 + start.date.month);
  const dayAndTime = (end.date.day - start.date.day) * 86_400_000 + (end.time - start.time);
  if (months > 0 && dayAndTime < 0) months--;
  else if (months < 0 && dayAndTime > 0) months++;
  return months;
}

/** Local wall milliseconds of a date-based value; a zoned `b` is first moved to `a`'s zone. */
function wallOf(value: Value, reference: Value): number | undefined {
  if (value instanceof LocalDateValue) return value.sortKey() * 86_400_000;
  if (value instanceof LocalDateTimeValue) return value.wall;
  if (value instanceof ZonedDateTimeValue) {
    const zone = reference instanceof ZonedDateTimeValue ? reference.zone : value.zone;
    return value.epochMs + offsetAt(zone, value.epochMs);
  }
  return undefined;
}

/** `ChronoUnit.X.between(a, b)`: whole units from `a` to `b`, truncated toward zero. */
export function unitsBetween(unit: string, a: Value, b: Value): number {
  if (unit === "DAYS" || unit === "WEEKS" || unit in DATE_UNIT_MONTHS) {
    const start = wallOf(a, a);
    const end = wallOf(b, a);
    if (start === undefined || end === undefined) {
      if (a instanceof InstantValue && b instanceof InstantValue && unit !== "WEEKS" && !(unit in DATE_UNIT_MONTHS)) {
        return truncate((b.epochMs - a.epochMs) / 86_400_000);
      }
      throw new RuleException("UnsupportedTemporalTypeException", `Unsupported unit: ${unit[0]}${unit.slice(1).toLowerCase()}`);
    }
    if (unit === "DAYS") return truncate((end - start) / 86_400_000);
    if (unit === "WEEKS") return truncate((end - start) / (7 * 86_400_000));
    return truncate(monthsBetween(start, end) / DATE_UNIT_MONTHS[unit]!);
  }
  const unitMs = UNIT_MS[unit];
  if (unitMs === undefined) throw new RuleException("UnsupportedTemporalTypeException", `Unsupported unit: ${unit}`);
  if (a instanceof LocalDateValue) {
    throw new RuleException("UnsupportedTemporalTypeException", `Unsupported unit: ${unit[0]}${unit.slice(1).toLowerCase()}`);
  }
  return truncate(millisBetween(a, b) / unitMs);
}

export const CHRONO_UNITS = ["MILLIS", "SECONDS", "MINUTES", "HOURS", "HALF_DAYS", "DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES", "CENTURIES"];

/** A `ChronoUnit` constant such as `ChronoUnit.DAYS`. */
export class ChronoUnitValue extends RuntimeObject {
  readonly className = "java.time.temporal.ChronoUnit";

  constructor(readonly unit: string) {
    super();
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (name === "between") {
      expectArgs(this, name, args, 2);
      return javaLong(unitsBetween(this.unit, args[0]!, args[1]!));
    }
    if (name === "name" || name === "toString") return this.unit;
    return NOT_FOUND;
  }

  groovyEquals(other: Value): boolean {
    return other instanceof ChronoUnitValue && other.unit === this.unit;
  }

  override toString(): string {
    return this.unit[0] + this.unit.slice(1).toLowerCase().replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
  }
}

/** `Duration.between(a, b)`. */
export function durationBetween(a: Value, b: Value): DurationValue {
  if (!(a instanceof TemporalValue) || !(b instanceof TemporalValue)) return noSignature(null, "between", [a, b]);
  return new DurationValue(millisBetween(a, b));
}
