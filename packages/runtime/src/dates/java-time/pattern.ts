/**
 * `DateTimeFormatter.ofPattern` patterns (US locale): compiling, formatting
 * and parsing. Letters follow java.time, not SimpleDateFormat: `u` is the
 * year, `S` digits of the second's fraction, `VV` the zone ID, `x`/`X`/`Z`/`O`
 * offsets, and `[...]` an optional section. Parsing is strict like Java:
 * `dd` needs two digits, names are case-sensitive, and all text must be consumed.
 */

import { RuleException } from "../../errors.ts";
import { DAY_NAMES, MONTH_NAMES, usWeekOfYear } from "../calendar.ts";
import { longZoneName, offsetText, shortZoneName } from "../zones.ts";
import { calendarFields, offsetId, timeFields, unsupportedField, type TemporalFields } from "./fields.ts";

export type PatternPart =
  | { kind: "text"; text: string }
  | { kind: "field"; letter: string; count: number }
  | { kind: "optional"; parts: PatternPart[] };

const LETTERS = new Set("GuyDMLdQqYwWEecFaHhKkmsSAnNVzOXxZ");

/** Compiles an ofPattern pattern; raises IllegalArgumentException for unknown letters like Java. */
export function compileTimePattern(pattern: string): PatternPart[] {
  const stack: PatternPart[][] = [[]];
  const top = () => stack[stack.length - 1]!;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new RuleException("IllegalArgumentException", `Pattern ends with an incomplete string literal: ${pattern}`);
      top().push({ kind: "text", text: end === i + 1 ? "'" : pattern.slice(i + 1, end).replace(/''/g, "'") });
      i = end + 1;
    } else if (c === "[") {
      const parts: PatternPart[] = [];
      top().push({ kind: "optional", parts });
      stack.push(parts);
      i++;
    } else if (c === "]") {
      if (stack.length === 1) throw new RuleException("IllegalArgumentException", `Pattern invalid as it contains ] without previous [: ${pattern}`);
      stack.pop();
      i++;
    } else if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.has(c)) throw new RuleException("IllegalArgumentException", `Unknown pattern letter: ${c}`);
      let count = 1;
      while (pattern[i + count] === c) count++;
      top().push({ kind: "field", letter: c, count });
      i += count;
    } else {
      top().push({ kind: "text", text: c });
      i++;
    }
  }
  return stack[0]!;
}

function pad(value: number, count: number): string {
  return String(value).padStart(count, "0");
}

function textStyle(full: string, count: number): string {
  if (count === 4) return full;
  if (count === 5) return full[0]!;
  return full.slice(0, 3);
}

function offsetOf(fields: TemporalFields): number {
  if (fields.offset === undefined) unsupportedField("OffsetSeconds");
  return fields.offset;
}

function compactOffset(offset: number, count: number, zeroText: string): string {
  if (offset === 0) return zeroText;
  const full = offsetText(offset);
  if (count === 1) return full.endsWith(":00") ? full.slice(0, 3) : full.replace(":", "");
  if (count === 2) return full.replace(":", "");
  return full;
}

function localizedOffset(offset: number, long: boolean): string {
  if (offset === 0) return "GMT";
  const sign = offset < 0 ? "-" : "+";
  const minutes = Math.abs(offset) / 60_000;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (long) return `GMT${sign}${pad(hours, 2)}:${pad(rest, 2)}`;
  return rest === 0 ? `GMT${sign}${hours}` : `GMT${sign}${hours}:${pad(rest, 2)}`;
}

function formatField(letter: string, count: number, fields: TemporalFields): string {
  switch (letter) {
    case "G":
      return calendarFields(fields, "Era").year > 0 ? "AD" : "BC";
    case "u":
    case "y": {
      const year = calendarFields(fields, "YearOfEra").year;
      return count === 2 ? pad(((year % 100) + 100) % 100, 2) : pad(year, count);
    }
    case "Y": {
      const weekYear = usWeekOfYear(calendarFields(fields, "WeekBasedYear")).weekYear;
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case "w":
      return pad(usWeekOfYear(calendarFields(fields, "WeekOfWeekBasedYear")).week, count);
    case "M":
    case "L": {
      const month = calendarFields(fields, "MonthOfYear").month;
      return count >= 3 ? textStyle(MONTH_NAMES[month - 1]!, count) : pad(month, count);
    }
    case "Q":
    case "q":
      return pad(Math.floor((calendarFields(fields, "QuarterOfYear").month - 1) / 3) + 1, count);
    case "d":
      return pad(calendarFields(fields, "DayOfMonth").day, count);
    case "D":
      return pad(calendarFields(fields, "DayOfYear").dayOfYear, count);
    case "E":
      return textStyle(DAY_NAMES[calendarFields(fields, "DayOfWeek").dayOfWeek - 1]!, count);
    case "e":
    case "c": {
      const dayOfWeek = calendarFields(fields, "DayOfWeek").dayOfWeek;
      return count >= 3 ? textStyle(DAY_NAMES[dayOfWeek - 1]!, count) : pad((dayOfWeek % 7) + 1, count);
    }
    case "F":
      return pad(Math.floor((calendarFields(fields, "AlignedWeekOfMonth").day - 1) / 7) + 1, count);
    case "a":
      return timeFields(fields, "AmPmOfDay").hour < 12 ? "AM" : "PM";
    case "H":
      return pad(timeFields(fields, "HourOfDay").hour, count);
    case "k":
      return pad(timeFields(fields, "ClockHourOfDay").hour || 24, count);
    case "K":
      return pad(timeFields(fields, "HourOfAmPm").hour % 12, count);
    case "h":
      return pad(timeFields(fields, "ClockHourOfAmPm").hour % 12 || 12, count);
    case "m":
      return pad(timeFields(fields, "MinuteOfHour").minute, count);
    case "s":
      return pad(timeFields(fields, "SecondOfMinute").second, count);
    case "S":
      return pad(timeFields(fields, "NanoOfSecond").millisecond, 3).padEnd(9, "0").slice(0, count);
    case "A":
      return pad(fields.time ?? unsupportedField("MilliOfDay"), count);
    case "n":
      return pad(timeFields(fields, "NanoOfSecond").millisecond * 1_000_000, count);
    case "N":
      return pad((fields.time ?? unsupportedField("NanoOfDay")) * 1_000_000, count);
    case "V":
      if (fields.zone === undefined) throw new RuleException("DateTimeException", "Unable to extract ZoneId from temporal");
      return fields.zone.id;
    case "z": {
      if (fields.zone === undefined) throw new RuleException("DateTimeException", "Unable to extract ZoneId from temporal");
      const instant = fields.epochMs ?? 0;
      return count >= 4 ? longZoneName(fields.zone, instant) : shortZoneName(fields.zone, instant);
    }
    case "O":
      return localizedOffset(offsetOf(fields), count >= 4);
    case "X":
      return compactOffset(offsetOf(fields), count, "Z");
    case "x":
      return compactOffset(offsetOf(fields), count, ["+00", "+0000", "+00:00"][Math.min(count, 3) - 1]!);
    case "Z":
      if (count === 4) return localizedOffset(offsetOf(fields), true);
      if (count === 5) return offsetId(offsetOf(fields));
      return offsetText(offsetOf(fields), false);
    default:
      throw new RuleException("IllegalArgumentException", `Unknown pattern letter: ${letter}`);
  }
}

/** Formats a value's fields with a compiled pattern; optional sections print only when their fields exist. */
export function formatTimePattern(parts: PatternPart[], fields: TemporalFields): string {
  let out = "";
  for (const part of parts) {
    if (part.kind === "text") out += part.text;
    else if (part.kind === "field") out += formatField(part.letter, part.count, fields);
    else {
      try {
        out += formatTimePattern(part.parts, fields);
      } catch (error) {
        if (!(error instanceof RuleException)) throw error;
      }
    }
  }
  return out;
}
