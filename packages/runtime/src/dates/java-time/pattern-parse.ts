/**
 * Parsing with compiled `DateTimeFormatter.ofPattern` patterns, as strict as
 * java.time: fixed widths (`dd` is two digits), case-sensitive names, and
 * every character consumed. Values go through the SMART resolver, so a day
 * past the end of the month moves back to its last day and other bad values raise.
 */

import { RuleException } from "../../errors.ts";
import { DAY_NAMES, MONTH_NAMES, daysInMonth } from "../calendar.ts";
import { javaShortZoneName, zonesWithShortName } from "../zone-names.ts";
import { findZone, parseOffset, type Zone } from "../zones.ts";
import type { PatternPart } from "./pattern.ts";

/** Fields read from text before they are resolved into a value. */
export interface ParsedTemporal {
  year?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  millisecond?: number;
  offset?: number;
  zone?: Zone;
}

export function parseError(text: string, detail: string): RuleException {
  return new RuleException("DateTimeParseException", `Text '${text}' could not be parsed${detail}`);
}

const NUMERIC = new Set("uyYMLdDQqwWeFHhKkmsSAnN");

function isNumericPart(part: PatternPart | undefined): boolean {
  if (part?.kind !== "field" || !NUMERIC.has(part.letter)) return false;
  return !((part.letter === "M" || part.letter === "L" || part.letter === "e" || part.letter === "Q") && part.count >= 3);
}

/** Digits a numeric field reads: [min, max]. */
function widthOf(letter: string, count: number): [number, number] {
  if (letter === "S") return [count, count];
  if (letter === "y" || letter === "u" || letter === "Y") return count === 2 ? [2, 2] : [count, 19];
  return count === 1 ? [1, 19] : [count, count];
}

class Cursor {
  position = 0;
  constructor(readonly text: string) {}

  fail(): never {
    throw parseError(this.text, ` at index ${this.position}`);
  }
}

function readName(cursor: Cursor, names: string[]): number {
  for (let i = 0; i < names.length; i++) {
    if (cursor.text.startsWith(names[i]!, cursor.position)) {
      cursor.position += names[i]!.length;
      return i;
    }
  }
  return cursor.fail();
}

function readOffset(cursor: Cursor, letter: string, count: number): number {
  const rest = cursor.text.slice(cursor.position);
  if ((letter === "X" || (letter === "Z" && count === 5)) && rest.startsWith("Z")) {
    cursor.position++;
    return 0;
  }
  if (letter === "O" || (letter === "Z" && count === 4)) {
    const match = /^GMT(?:([+-]\d{1,2})(?::(\d{2}))?)?/.exec(rest);
    if (match === null) cursor.fail();
    cursor.position += match[0].length;
    if (match[1] === undefined) return 0;
    return parseOffset(match[1] + (match[2] === undefined ? "" : ":" + match[2])) ?? cursor.fail();
  }
  const match = /^[+-]\d{2}(?::?\d{2})?(?::?\d{2})?/.exec(rest);
  const offset = match === null ? undefined : parseOffset(match[0]);
  if (match === null || offset === undefined) return cursor.fail();
  cursor.position += match[0].length;
  return offset;
}

function readZone(cursor: Cursor, letter: string): Zone {
  const rest = cursor.text.slice(cursor.position);
  const word = /^[A-Za-z][A-Za-z0-9_/+-]*/.exec(rest)?.[0] ?? /^[+-][0-9:]+/.exec(rest)?.[0];
  if (word === undefined) return cursor.fail();
  let zone = letter === "V" ? findZone(word) : undefined;
  if (zone === undefined && letter === "z") {
    const [id] = zonesWithShortName(word);
    zone = id !== undefined && (javaShortZoneName(id, false) === word || javaShortZoneName(id, true) === word) ? findZone(id) : findZone(word);
  }
  if (zone === undefined) return cursor.fail();
  cursor.position += word.length;
  return zone;
}

function parseParts(cursor: Cursor, parts: PatternPart[], out: ParsedTemporal): void {
  parts.forEach((part, index) => {
    if (part.kind === "text") {
      if (!cursor.text.startsWith(part.text, cursor.position)) cursor.fail();
      cursor.position += part.text.length;
      return;
    }
    if (part.kind === "optional") {
      const saved = cursor.position;
      const copy = { ...out };
      try {
        parseParts(cursor, part.parts, copy);
        Object.assign(out, copy);
      } catch (error) {
        if (!(error instanceof RuleException)) throw error;
        cursor.position = saved;
      }
      return;
    }
    const { letter, count } = part;
    if (isNumericPart(part)) {
      let [min, max] = widthOf(letter, count);
      // Adjacent value parsing: leave room for the fixed-width numeric fields that follow directly.
      let reserved = 0;
      for (let next = index + 1; isNumericPart(parts[next]); next++) {
        const following = parts[next] as { letter: string; count: number };
        reserved += widthOf(following.letter, following.count)[0];
      }
      const available = /^\d*/.exec(cursor.text.slice(cursor.position))![0].length;
      if (reserved > 0) max = Math.min(max, Math.max(available - reserved, min));
      const length = Math.min(available, max);
      if (length < min) cursor.fail();
      const digits = cursor.text.slice(cursor.position, cursor.position + length);
      cursor.position += length;
      assign(out, letter, count, digits);
      return;
    }
    if (letter === "M" || letter === "L") {
      out.month = readName(cursor, count === 3 ? MONTH_NAMES.map((m) => m.slice(0, 3)) : MONTH_NAMES) + 1;
    } else if (letter === "E" || letter === "e" || letter === "c") {
      readName(cursor, count === 4 ? DAY_NAMES : DAY_NAMES.map((d) => d.slice(0, 3)));
    } else if (letter === "a") {
      out.pm = readName(cursor, ["AM", "PM"]) === 1;
    } else if (letter === "G") {
      readName(cursor, ["AD", "BC"]);
    } else if (letter === "V" || letter === "z") {
      out.zone = readZone(cursor, letter);
    } else {
      out.offset = readOffset(cursor, letter, count);
    }
  });
}

function assign(out: ParsedTemporal, letter: string, count: number, digits: string): void {
  const value = Number(digits);
  switch (letter) {
    case "y":
    case "u":
    case "Y":
      out.year = count === 2 ? 2000 + value : value;
      break;
    case "M":
    case "L":
      out.month = value;
      break;
    case "d":
      out.day = value;
      break;
    case "D":
      out.dayOfYear = value;
      break;
    case "H":
    case "k":
      out.hour = letter === "k" && value === 24 ? 0 : value;
      break;
    case "h":
    case "K":
      out.hour12 = letter === "h" && value === 12 ? 0 : value;
      break;
    case "m":
      out.minute = value;
      break;
    case "s":
      out.second = value;
      break;
    case "S":
      out.millisecond = Number(digits.padEnd(3, "0").slice(0, 3));
      break;
    default:
      break;
  }
}

function checkRange(text: string, name: string, value: number | undefined, low: number, high: number, shown = `${low} - ${high}`): void {
  if (value !== undefined && (value < low || value > high)) {
    throw parseError(text, `: Invalid value for ${name} (valid values ${shown}): ${value}`);
  }
}

/**
 * Reads `text` with a compiled pattern and checks the values. With
 * `strict`, a day past the month's end raises (the ISO formatters); without,
 * it moves to the month's last day (ofPattern's SMART resolver).
 */
export function parseTimePattern(parts: PatternPart[], text: string, strict = false): ParsedTemporal {
  const cursor = new Cursor(text);
  const out: ParsedTemporal = {};
  parseParts(cursor, parts, out);
  if (cursor.position < text.length) {
    throw parseError(text, `, unparsed text found at index ${cursor.position}`);
  }
  checkRange(text, "MonthOfYear", out.month, 1, 12);
  checkRange(text, "DayOfMonth", out.day, 1, 31, "1 - 28/31");
  checkRange(text, "HourOfDay", out.hour, 0, 23);
  checkRange(text, "ClockHourOfAmPm", out.hour12, 0, 11, "1 - 12");
  checkRange(text, "MinuteOfHour", out.minute, 0, 59);
  checkRange(text, "SecondOfMinute", out.second, 0, 59);
  if (out.hour12 !== undefined) out.hour = out.hour12 + (out.pm ? 12 : 0);
  if (out.year !== undefined && out.month !== undefined && out.day !== undefined) {
    const last = daysInMonth(out.year, out.month);
    if (out.day > last) {
      if (strict) throw parseError(text, `: Invalid date '${MONTH_NAMES[out.month - 1]!.toUpperCase()} ${out.day}'`);
      out.day = last;
    }
  }
  return out;
}
