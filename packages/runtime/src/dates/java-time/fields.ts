/**
 * The field view shared by the java.time values and DateTimeFormatter: a
 * date, a time of day, an offset and a zone, each present only when the
 * value has it (a LocalDate has no time, a LocalDateTime no offset).
 */

import { RuleException } from "../../errors.ts";
import { dateOfEpochDay, epochDay, fieldsAt, type DateFields } from "../calendar.ts";
import { MS_PER_DAY, type Zone } from "../zones.ts";

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

export interface TemporalFields {
  date?: LocalDateParts;
  /** Milliseconds since midnight. */
  time?: number;
  /** UTC offset in ms. */
  offset?: number;
  zone?: Zone;
  /** The instant, when the value is one. */
  epochMs?: number;
}

/** Raises Java's UnsupportedTemporalTypeException for a field the value lacks. */
export function unsupportedField(field: string): never {
  throw new RuleException("UnsupportedTemporalTypeException", `Unsupported field: ${field}`);
}

/** Full calendar fields of a value that has a date (and maybe a time). */
export function calendarFields(fields: TemporalFields, field: string): DateFields {
  if (fields.date === undefined) unsupportedField(field);
  const day = epochDay(fields.date.year, fields.date.month, fields.date.day);
  return fieldsAt(day * MS_PER_DAY + (fields.time ?? 0), 0);
}

export function timeFields(fields: TemporalFields, field: string): { hour: number; minute: number; second: number; millisecond: number } {
  if (fields.time === undefined) unsupportedField(field);
  const ms = fields.time;
  return {
    hour: Math.floor(ms / 3_600_000),
    minute: Math.floor(ms / 60_000) % 60,
    second: Math.floor(ms / 1000) % 60,
    millisecond: ms % 1000,
  };
}

/** Splits local wall milliseconds (as if UTC) into a date and a time of day. */
export function splitWall(wallMs: number): { date: LocalDateParts; time: number } {
  const days = Math.floor(wallMs / MS_PER_DAY);
  return { date: dateOfEpochDay(days), time: wallMs - days * MS_PER_DAY };
}

/** Local wall milliseconds (as if UTC) of a date and time of day. */
export function joinWall(date: LocalDateParts, time = 0): number {
  return epochDay(date.year, date.month, date.day) * MS_PER_DAY + time;
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? "-" + text : text;
}

/** ISO date text: `2024-01-02`, with a sign for years outside 0000-9999 as Java prints them. */
export function isoDate(date: LocalDateParts): string {
  const year = date.year > 9999 ? "+" + date.year : pad(date.year, 4);
  return `${year}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `toString()` form of a time: `03:04`, `03:04:05`, `03:04:05.123` (seconds only when not zero). */
export function isoTimeShort(ms: number): string {
  const t = timeFields({ time: ms }, "Time");
  let text = `${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
  if (t.second !== 0 || t.millisecond !== 0) text += `:${pad(t.second, 2)}`;
  if (t.millisecond !== 0) text += `.${pad(t.millisecond, 3)}`;
  return text;
}

/** ISO_LOCAL_TIME form: seconds always, the fraction with as few digits as needed. */
export function isoTimeFull(ms: number): string {
  const t = timeFields({ time: ms }, "Time");
  let text = `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
  if (t.millisecond !== 0) text += "." + pad(t.millisecond, 3).replace(/0+$/, "");
  return text;
}

/** Offset ID as java.time prints it: `Z`, `+05:30`, `-04:00`. */
export function offsetId(offsetMs: number): string {
  if (offsetMs === 0) return "Z";
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.abs(Math.round(offsetMs / 1000));
  const text = `${sign}${pad(Math.floor(total / 3600), 2)}:${pad(Math.floor(total / 60) % 60, 2)}`;
  return total % 60 === 0 ? text : `${text}:${pad(total % 60, 2)}`;
}
