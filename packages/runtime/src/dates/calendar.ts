/**
 * Calendar arithmetic on the proleptic Gregorian calendar, which java.time
 * uses. It splits an instant into local fields and builds local wall times
 * from fields. Out-of-range fields roll over like a lenient Java Calendar,
 * so month 13 is January of the next year.
 *
 * NOTE: java.util.Date and SimpleDateFormat switch to the Julian calendar
 * before 15 October 1582; this module does not, so dates before then differ.
 */

import { GLong } from "../values.ts";
import { MS_PER_DAY } from "./zones.ts";

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** Day names indexed by ISO day of week minus one (Monday first). */
export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Local calendar fields of an instant. */
export interface DateFields {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO day of week: 1 is Monday, 7 is Sunday. */
  dayOfWeek: number;
  /** 1 to 366. */
  dayOfYear: number;
}

/** Milliseconds of a local wall time, written as if it were UTC. Fields out of range roll over. */
export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/** Splits a wall time (ms, as if UTC) into fields. */
export function fieldsOfWall(wallMs: number): DateFields {
  const date = new Date(wallMs);
  const year = date.getUTCFullYear();
  const startOfYear = wallTime(year, 1, 1);
  const dayOfWeek = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  return {
    year,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    dayOfWeek,
    dayOfYear: Math.floor((wallMs - startOfYear) / MS_PER_DAY) + 1,
  };
}

/** Local fields of the instant `epochMs` at the UTC offset `offsetMs`. */
export function fieldsAt(epochMs: number, offsetMs: number): DateFields {
  return fieldsOfWall(epochMs + offsetMs);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Days since 1970-01-01 of a date. */
export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(wallTime(year, month, day) / MS_PER_DAY);
}

/** Converts a day count since 1970-01-01 to a date. */
export function dateOfEpochDay(days: number): { year: number; month: number; day: number } {
  const fields = fieldsOfWall(days * MS_PER_DAY);
  return { year: fields.year, month: fields.month, day: fields.day };
}

/** Day of week with Sunday as 0, for US week rules. */
function sundayIndex(fields: DateFields): number {
  return fields.dayOfWeek % 7;
}

/**
 * Week of year and week-based year with US rules (weeks start on Sunday and
 * week 1 contains January 1), as SimpleDateFormat's `w` and `Y` use them.
 */
export function usWeekOfYear(fields: DateFields): { week: number; weekYear: number } {
  const daysToSaturday = 6 - sundayIndex(fields);
  const endOfWeek = fieldsOfWall(wallTime(fields.year, fields.month, fields.day + daysToSaturday));
  if (endOfWeek.year > fields.year) return { week: 1, weekYear: fields.year + 1 };
  const januaryFirst = fieldsOfWall(wallTime(fields.year, 1, 1));
  return { week: Math.floor((fields.dayOfYear - 1 + sundayIndex(januaryFirst)) / 7) + 1, weekYear: fields.year };
}

/** Week of month with US rules, as SimpleDateFormat's `W` prints it. */
export function usWeekOfMonth(fields: DateFields): number {
  const first = fieldsOfWall(wallTime(fields.year, fields.month, 1));
  return Math.floor((fields.day - 1 + sundayIndex(first)) / 7) + 1;
}

/** A Java `long` result, such as `getTime()` returns: rules must not see it as a 32-bit Integer. */
export function javaLong(value: number): GLong {
  return new GLong(BigInt(Math.trunc(value)));
}

export function pad(value: number, width: number): string {
  const text = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? "-" + text : text;
}
