/**
 * `LocalDate`, `LocalTime` and `LocalDateTime`: dates and times without a
 * zone, with millisecond precision.
 *
 * NOTE: java.time keeps nanoseconds; these classes keep milliseconds, so
 * digits past the third of a second's fraction are dropped when parsing.
 */

import { expectArgs } from "../../gdk/collections/support.ts";
import type { Value } from "../../values.ts";
import { DAY_NAMES, MONTH_NAMES, daysInMonth, epochDay, isLeapYear, javaLong } from "../calendar.ts";
import { MS_PER_DAY } from "../zones.ts";
import { calendarFields, isoDate, isoTimeShort, joinWall, splitWall, type LocalDateParts, type TemporalFields } from "./fields.ts";
import { formatWith } from "./shared.ts";
import { dateTimeError, intArg, methodTable, sameClassArg, TemporalValue, type TemporalMethod } from "./temporal.ts";

/** Adds months to a date, moving a day past the new month's end back to its last day, as java.time does. */
export function plusMonths(date: LocalDateParts, months: number): LocalDateParts {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function checkDate(year: number, month: number, day: number): LocalDateParts {
  if (month < 1 || month > 12) dateTimeError(`Invalid value for MonthOfYear (valid values 1 - 12): ${month}`);
  if (day < 1 || day > 31) dateTimeError(`Invalid value for DayOfMonth (valid values 1 - 28/31): ${day}`);
  if (day > daysInMonth(year, month)) {
    if (month === 2 && day === 29) dateTimeError(`Invalid date 'February 29' as '${year}' is not a leap year`);
    dateTimeError(`Invalid date '${MONTH_NAMES[month - 1]!.toUpperCase()} ${day}'`);
  }
  return { year, month, day };
}

export function checkTime(hour: number, minute: number, second = 0, millisecond = 0): number {
  if (hour < 0 || hour > 23) dateTimeError(`Invalid value for HourOfDay (valid values 0 - 23): ${hour}`);
  if (minute < 0 || minute > 59) dateTimeError(`Invalid value for MinuteOfHour (valid values 0 - 59): ${minute}`);
  if (second < 0 || second > 59) dateTimeError(`Invalid value for SecondOfMinute (valid values 0 - 59): ${second}`);
  return ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
}

/** Getters shared by every value with a date. */
export function dateGetters<T extends TemporalValue>(): Record<string, TemporalMethod<T>> {
  const field = (name: string, read: (f: ReturnType<typeof calendarFields>) => Value): TemporalMethod<T> => (self, _ctx, args) => {
    expectArgs(self, name, args, 0);
    return read(calendarFields(self.temporalFields(), name));
  };
  return {
    getYear: field("getYear", (f) => f.year),
    getMonthValue: field("getMonthValue", (f) => f.month),
    getMonth: field("getMonth", (f) => MONTH_NAMES[f.month - 1]!.toUpperCase()),
    getDayOfMonth: field("getDayOfMonth", (f) => f.day),
    getDayOfYear: field("getDayOfYear", (f) => f.dayOfYear),
    getDayOfWeek: field("getDayOfWeek", (f) => DAY_NAMES[f.dayOfWeek - 1]!.toUpperCase()),
    lengthOfMonth: field("lengthOfMonth", (f) => daysInMonth(f.year, f.month)),
    lengthOfYear: field("lengthOfYear", (f) => (isLeapYear(f.year) ? 366 : 365)),
    isLeapYear: field("isLeapYear", (f) => isLeapYear(f.year)),
  };
}

/** Getters shared by every value with a time of day. */
export function timeGetters<T extends TemporalValue>(): Record<string, TemporalMethod<T>> {
  const field = (name: string, read: (ms: number) => number): TemporalMethod<T> => (self, _ctx, args) => {
    expectArgs(self, name, args, 0);
    return read(self.temporalFields().time ?? 0);
  };
  return {
    getHour: field("getHour", (ms) => Math.floor(ms / 3_600_000)),
    getMinute: field("getMinute", (ms) => Math.floor(ms / 60_000) % 60),
    getSecond: field("getSecond", (ms) => Math.floor(ms / 1000) % 60),
    getNano: field("getNano", (ms) => (ms % 1000) * 1_000_000),
  };
}

/** Comparison methods shared by all java.time values. */
export function comparisons<T extends TemporalValue>(): Record<string, TemporalMethod<T>> {
  return {
    isBefore: (self, _ctx, args) => self.sortKey() < sameClassArg(self, "isBefore", args).sortKey(),
    isAfter: (self, _ctx, args) => self.sortKey() > sameClassArg(self, "isAfter", args).sortKey(),
    isEqual: (self, _ctx, args) => self.sortKey() === sameClassArg(self, "isEqual", args).sortKey(),
    compareTo: (self, _ctx, args) => Math.sign(self.sortKey() - sameClassArg(self, "compareTo", args).sortKey()),
    equals: (self, _ctx, args) => {
      expectArgs(self, "equals", args, 1);
      return self.groovyEquals(args[0]!);
    },
    format: (self, _ctx, args) => formatWith(self, args),
    toString: (self: T, _ctx: unknown, args: Value[]) => {
      expectArgs(self, "toString", args, 0);
      return self.toString();
    },
  };
}

export class LocalDateValue extends TemporalValue {
  readonly className = "java.time.LocalDate";
  readonly simpleName = "LocalDate";
  protected readonly methods: Record<string, TemporalMethod<LocalDateValue>> = LOCAL_DATE_METHODS;

  constructor(readonly date: LocalDateParts) {
    super();
  }

  temporalFields(): TemporalFields {
    return { date: this.date };
  }

  sortKey(): number {
    return epochDay(this.date.year, this.date.month, this.date.day);
  }

  override toString(): string {
    return isoDate(this.date);
  }
}

export class LocalTimeValue extends TemporalValue {
  readonly className = "java.time.LocalTime";
  readonly simpleName = "LocalTime";
  protected readonly methods: Record<string, TemporalMethod<LocalTimeValue>> = LOCAL_TIME_METHODS;

  /** Milliseconds since midnight. */
  constructor(readonly time: number) {
    super();
  }

  temporalFields(): TemporalFields {
    return { time: this.time };
  }

  sortKey(): number {
    return this.time;
  }

  override toString(): string {
    return isoTimeShort(this.time);
  }
}

export class LocalDateTimeValue extends TemporalValue {
  readonly className = "java.time.LocalDateTime";
  readonly simpleName = "LocalDateTime";
  protected readonly methods: Record<string, TemporalMethod<LocalDateTimeValue>> = LOCAL_DATE_TIME_METHODS;

  /** Local wall time in milliseconds, written as if it were UTC. */
  constructor(readonly wall: number) {
    super();
  }

  temporalFields(): TemporalFields {
    return splitWall(this.wall);
  }

  sortKey(): number {
    return this.wall;
  }

  override toString(): string {
    const { date, time } = splitWall(this.wall);
    return `${isoDate(date)}T${isoTimeShort(time)}`;
  }
}

function dateOf(days: number): LocalDateValue {
  return new LocalDateValue(splitWall(days * MS_PER_DAY).date);
}

function shiftDate(self: LocalDateValue, method: string, args: Value[], days: (n: number) => number | LocalDateParts): LocalDateValue {
  expectArgs(self, method, args, 1);
  const result = days(intArg(self, method, args, 0));
  return typeof result === "number" ? dateOf(self.sortKey() + result) : new LocalDateValue(result);
}

const LOCAL_DATE_METHODS: Record<string, TemporalMethod<LocalDateValue>> = methodTable<LocalDateValue>({
  ...dateGetters<LocalDateValue>(),
  ...comparisons<LocalDateValue>(),
  plusDays: (self, _ctx, args) => shiftDate(self, "plusDays", args, (n) => n),
  minusDays: (self, _ctx, args) => shiftDate(self, "minusDays", args, (n) => -n),
  plusWeeks: (self, _ctx, args) => shiftDate(self, "plusWeeks", args, (n) => 7 * n),
  minusWeeks: (self, _ctx, args) => shiftDate(self, "minusWeeks", args, (n) => -7 * n),
  plusMonths: (self, _ctx, args) => shiftDate(self, "plusMonths", args, (n) => plusMonths(self.date, n)),
  minusMonths: (self, _ctx, args) => shiftDate(self, "minusMonths", args, (n) => plusMonths(self.date, -n)),
  plusYears: (self, _ctx, args) => shiftDate(self, "plusYears", args, (n) => plusMonths(self.date, 12 * n)),
  minusYears: (self, _ctx, args) => shiftDate(self, "minusYears", args, (n) => plusMonths(self.date, -12 * n)),
  withDayOfMonth: (self, _ctx, args) => new LocalDateValue(checkDate(self.date.year, self.date.month, intArg(self, "withDayOfMonth", args, 0))),
  withMonth: (self, _ctx, args) => {
    const month = intArg(self, "withMonth", args, 0);
    checkDate(self.date.year, month, 1);
    return new LocalDateValue({ year: self.date.year, month, day: Math.min(self.date.day, daysInMonth(self.date.year, month)) });
  },
  withYear: (self, _ctx, args) => {
    const year = intArg(self, "withYear", args, 0);
    return new LocalDateValue({ year, month: self.date.month, day: Math.min(self.date.day, daysInMonth(year, self.date.month)) });
  },
  toEpochDay: (self, _ctx, args) => {
    expectArgs(self, "toEpochDay", args, 0);
    return javaLong(self.sortKey());
  },
  atTime: (self, _ctx, args) => {
    expectArgs(self, "atTime", args, 1, 3);
    const time = args[0] instanceof LocalTimeValue ? args[0].time : checkTime(intArg(self, "atTime", args, 0), intArg(self, "atTime", args, 1), args.length === 3 ? intArg(self, "atTime", args, 2) : 0);
    return new LocalDateTimeValue(joinWall(self.date, time));
  },
});

const LOCAL_TIME_METHODS: Record<string, TemporalMethod<LocalTimeValue>> = methodTable<LocalTimeValue>({
  ...timeGetters<LocalTimeValue>(),
  ...comparisons<LocalTimeValue>(),
  plusHours: (self, _ctx, args) => new LocalTimeValue(wrapTime(self.time + intArg(self, "plusHours", args, 0) * 3_600_000)),
  plusMinutes: (self, _ctx, args) => new LocalTimeValue(wrapTime(self.time + intArg(self, "plusMinutes", args, 0) * 60_000)),
  plusSeconds: (self, _ctx, args) => new LocalTimeValue(wrapTime(self.time + intArg(self, "plusSeconds", args, 0) * 1000)),
  minusHours: (self, _ctx, args) => new LocalTimeValue(wrapTime(self.time - intArg(self, "minusHours", args, 0) * 3_600_000)),
  minusMinutes: (self, _ctx, args) => new LocalTimeValue(wrapTime(self.time - intArg(self, "minusMinutes", args, 0) * 60_000)),
  toSecondOfDay: (self, _ctx, args) => {
    expectArgs(self, "toSecondOfDay", args, 0);
    return Math.floor(self.time / 1000);
  },
});

function wrapTime(ms: number): number {
  return ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
}

function shiftWall(self: LocalDateTimeValue, method: string, args: Value[], unitMs: number): LocalDateTimeValue {
  expectArgs(self, method, args, 1);
  return new LocalDateTimeValue(self.wall + intArg(self, method, args, 0) * unitMs);
}

function shiftWallMonths(self: LocalDateTimeValue, method: string, args: Value[], months: number): LocalDateTimeValue {
  expectArgs(self, method, args, 1);
  const { date, time } = splitWall(self.wall);
  return new LocalDateTimeValue(joinWall(plusMonths(date, intArg(self, method, args, 0) * months), time));
}

const LOCAL_DATE_TIME_METHODS: Record<string, TemporalMethod<LocalDateTimeValue>> = methodTable<LocalDateTimeValue>({
  ...dateGetters<LocalDateTimeValue>(),
  ...timeGetters<LocalDateTimeValue>(),
  ...comparisons<LocalDateTimeValue>(),
  plusDays: (self, _ctx, args) => shiftWall(self, "plusDays", args, MS_PER_DAY),
  minusDays: (self, _ctx, args) => shiftWall(self, "minusDays", args, -MS_PER_DAY),
  plusWeeks: (self, _ctx, args) => shiftWall(self, "plusWeeks", args, 7 * MS_PER_DAY),
  minusWeeks: (self, _ctx, args) => shiftWall(self, "minusWeeks", args, -7 * MS_PER_DAY),
  plusHours: (self, _ctx, args) => shiftWall(self, "plusHours", args, 3_600_000),
  minusHours: (self, _ctx, args) => shiftWall(self, "minusHours", args, -3_600_000),
  plusMinutes: (self, _ctx, args) => shiftWall(self, "plusMinutes", args, 60_000),
  minusMinutes: (self, _ctx, args) => shiftWall(self, "minusMinutes", args, -60_000),
  plusSeconds: (self, _ctx, args) => shiftWall(self, "plusSeconds", args, 1000),
  minusSeconds: (self, _ctx, args) => shiftWall(self, "minusSeconds", args, -1000),
  plusMonths: (self, _ctx, args) => shiftWallMonths(self, "plusMonths", args, 1),
  minusMonths: (self, _ctx, args) => shiftWallMonths(self, "minusMonths", args, -1),
  plusYears: (self, _ctx, args) => shiftWallMonths(self, "plusYears", args, 12),
  minusYears: (self, _ctx, args) => shiftWallMonths(self, "minusYears", args, -12),
  toLocalDate: (self, _ctx, args) => {
    expectArgs(self, "toLocalDate", args, 0);
    return new LocalDateValue(splitWall(self.wall).date);
  },
  toLocalTime: (self, _ctx, args) => {
    expectArgs(self, "toLocalTime", args, 0);
    return new LocalTimeValue(splitWall(self.wall).time);
  },
});

/** Adds Groovy's extension methods, which live in their own module. */
export function addExtensionMethods<D extends LocalDateValue, T extends LocalDateTimeValue, L extends LocalTimeValue>(methods: {
  date: Record<string, TemporalMethod<D>>;
  dateTime: Record<string, TemporalMethod<T>>;
  time?: Record<string, TemporalMethod<L>>;
}): void {
  Object.assign(LOCAL_DATE_METHODS, methods.date);
  Object.assign(LOCAL_DATE_TIME_METHODS, methods.dateTime);
  if (methods.time !== undefined) Object.assign(LOCAL_TIME_METHODS, methods.time);
}

/** Adds methods that need the zoned classes (atStartOfDay, atZone), which live in another module. */
export function addLocalMethods(
  date: Record<string, TemporalMethod<LocalDateValue>>,
  dateTime: Record<string, TemporalMethod<LocalDateTimeValue>>,
): void {
  Object.assign(LOCAL_DATE_METHODS, date);
  Object.assign(LOCAL_DATE_TIME_METHODS, dateTime);
}

