/**
 * Parsing with a `java.text.SimpleDateFormat` pattern (US locale).
 *
 * Behaves like Java's lenient default: out-of-range fields roll over
 * (`2024-13-45` is 2025-02-14), spaces before a field are skipped, text after
 * the pattern is ignored, and a numeric field followed directly by another
 * numeric field reads exactly as many digits as the pattern has letters
 * (`yyyyMMdd`). A two-digit `yy` year lands within 80 years before and 20
 * years after the current time. Missing fields default to 1970-01-01 00:00:00.000.
 */

import { RuleException } from "../errors.ts";
import { DAY_NAMES, MONTH_NAMES, daysInMonth, fieldsAt, wallTime } from "./calendar.ts";
import type { PatternToken } from "./simple-format.ts";
import { javaShortZoneName, zonesWithShortName } from "./zone-names.ts";
import { findZone, offsetAt, parseOffset, wallToEpoch, type Zone } from "./zones.ts";

const NUMERIC = new Set("yYMLwWDdFuHkKhmsS");

/** Offsets of common abbreviations whose zone is ambiguous in Java's table (IST, CST, BST...). */
const PREFERRED_ABBREVIATIONS: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  IST: 5.5, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, WET: 0, WEST: 1, JST: 9, AEST: 10, AEDT: 11,
};

function parseFailure(text: string): RuleException {
  return new RuleException("ParseException", `Unparseable date: "${text}"`);
}

interface ParsedFields {
  year?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour?: number;
  /** Set by `h` and `K`, which combine with `a`. */
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  millisecond?: number;
  /** Offset read from the text, in ms. */
  offset?: number;
  /** True when the year came from exactly two digits under `y`/`yy`. */
  twoDigitYear?: boolean;
}

/** Finds the longest name in `names` (full or 3-letter) at `position`, case-insensitively. */
function matchName(text: string, position: number, names: string[]): { index: number; length: number } | undefined {
  let best: { index: number; length: number } | undefined;
  const rest = text.slice(position).toLowerCase();
  names.forEach((name, index) => {
    for (const candidate of [name, name.slice(0, 3)]) {
      if (rest.startsWith(candidate.toLowerCase()) && (best === undefined || candidate.length > best.length)) {
        best = { index, length: candidate.length };
      }
    }
  });
  return best;
}

/** Reads a zone written as `GMT+05:30`, `UTC`, an abbreviation, or an RFC 822 / ISO offset. */
function matchZone(text: string, position: number, iso: boolean): { offset: number; length: number } | undefined {
  const rest = text.slice(position);
  if (iso && rest.startsWith("Z")) return { offset: 0, length: 1 };
  const numeric = /^([+-]\d{2}(?::?\d{2})?)/.exec(rest);
  if (numeric !== null) {
    const offset = parseOffset(numeric[1]!);
    if (offset !== undefined) return { offset, length: numeric[1]!.length };
  }
  if (iso) return undefined;
  const gmt = /^(?:GMT|UTC)([+-]\d{1,2}(?::?\d{2})?)?/.exec(rest);
  if (gmt !== null) {
    const offset = gmt[1] === undefined ? 0 : parseOffset(gmt[1]);
    if (offset !== undefined) return { offset, length: gmt[0].length };
  }
  const word = /^[A-Za-z]+(?:\/[A-Za-z_]+)*/.exec(rest)?.[0];
  if (word === undefined) return undefined;
  if (Object.hasOwn(PREFERRED_ABBREVIATIONS, word)) {
    return { offset: PREFERRED_ABBREVIATIONS[word]! * 3_600_000, length: word.length };
  }
  const [zoneId] = zonesWithShortName(word);
  const zone = findZone(zoneId ?? word);
  if (zone === undefined) return undefined;
  // Offsets of a recent year: a daylight name means the larger of the zone's two offsets.
  const january = offsetAt(zone, Date.UTC(2020, 0, 1));
  const july = offsetAt(zone, Date.UTC(2020, 6, 1));
  const daylight = zoneId !== undefined && javaShortZoneName(zoneId, true) === word && javaShortZoneName(zoneId, false) !== word;
  return { offset: daylight ? Math.max(january, july) : Math.min(january, july), length: word.length };
}

/**
 * Parses `text` with compiled pattern tokens. `zone` applies when the text
 * names no zone; `now` decides the century of two-digit years.
 */
export function parseWithPattern(tokens: PatternToken[], text: string, zone: Zone, now: number, lenient = true): number {
  const fields: ParsedFields = {};
  let position = 0;

  tokens.forEach((token, index) => {
    if (token.kind === "text") {
      if (!text.startsWith(token.text, position)) throw parseFailure(text);
      position += token.text.length;
      return;
    }
    while (text[position] === " " || text[position] === "\t") position++;
    const { letter, count } = token;

    if (NUMERIC.has(letter) && !((letter === "M" || letter === "L") && count >= 3)) {
      const next = tokens[index + 1];
      const abutting = next?.kind === "field" && NUMERIC.has(next.letter) && !((next.letter === "M" || next.letter === "L") && next.count >= 3);
      const digits = (abutting ? new RegExp(`^\\d{1,${count}}`) : /^\d+/).exec(text.slice(position))?.[0];
      if (digits === undefined) throw parseFailure(text);
      position += digits.length;
      assignNumber(fields, letter, count, digits);
      return;
    }

    if (letter === "M" || letter === "L") {
      const match = matchName(text, position, MONTH_NAMES);
      if (match === undefined) throw parseFailure(text);
      fields.month = match.index + 1;
      position += match.length;
    } else if (letter === "E") {
      const match = matchName(text, position, DAY_NAMES);
      if (match === undefined) throw parseFailure(text);
      position += match.length;
    } else if (letter === "a") {
      const marker = text.slice(position, position + 2).toUpperCase();
      if (marker !== "AM" && marker !== "PM") throw parseFailure(text);
      fields.pm = marker === "PM";
      position += 2;
    } else if (letter === "G") {
      const era = text.slice(position, position + 2).toUpperCase();
      if (era !== "AD" && era !== "BC") throw parseFailure(text);
      position += 2;
    } else {
      const match = matchZone(text, position, letter === "X");
      if (match === undefined) throw parseFailure(text);
      fields.offset = match.offset;
      position += match.length;
    }
  });

  if (position === 0 && text.length > 0 && tokens.length > 0) throw parseFailure(text);
  return resolve(fields, text, zone, now, lenient);
}

function assignNumber(fields: ParsedFields, letter: string, count: number, digits: string): void {
  const value = Number(digits);
  switch (letter) {
    case "y":
    case "Y":
      fields.year = value;
      fields.twoDigitYear = count <= 2 && digits.length === 2;
      break;
    case "M":
    case "L":
      fields.month = value;
      break;
    case "d":
      fields.day = value;
      break;
    case "D":
      fields.dayOfYear = value;
      break;
    case "H":
      fields.hour = value;
      break;
    case "k":
      fields.hour = value === 24 ? 0 : value;
      break;
    case "K":
      fields.hour12 = value;
      break;
    case "h":
      fields.hour12 = value === 12 ? 0 : value;
      break;
    case "m":
      fields.minute = value;
      break;
    case "s":
      fields.second = value;
      break;
    case "S":
      fields.millisecond = value;
      break;
    default:
      // w, W, F and u are read but, as in Java when a full date is given, do not change the result.
      break;
  }
}

function resolve(fields: ParsedFields, text: string, zone: Zone, now: number, lenient: boolean): number {
  let year = fields.year ?? 1970;
  // Java places a two-digit year in the century starting 80 years before now.
  let centuryStart: number | undefined;
  if (fields.twoDigitYear) {
    const today = fieldsAt(now, 0);
    centuryStart = wallTime(today.year - 80, today.month, today.day, today.hour, today.minute, today.second, today.millisecond);
    const startYear = today.year - 80;
    year = startYear - (startYear % 100) + year;
  }
  // As in Java, AM/PM only applies to an hour read with h or K; H and k are already 0-23.
  const hour = fields.hour12 !== undefined ? fields.hour12 + (fields.pm ? 12 : 0) : fields.hour ?? 0;
  const month = fields.month ?? 1;
  const day = fields.dayOfYear !== undefined && fields.day === undefined ? fields.dayOfYear : fields.day ?? 1;
  const monthForDay = fields.dayOfYear !== undefined && fields.day === undefined ? 1 : month;

  if (!lenient) {
    const valid =
      month >= 1 && month <= 12 &&
      day >= 1 && day <= daysInMonth(year, monthForDay) &&
      hour >= 0 && hour <= 23 &&
      (fields.minute ?? 0) <= 59 && (fields.second ?? 0) <= 59 && (fields.millisecond ?? 0) <= 999 &&
      (fields.hour12 === undefined || fields.hour12 <= 11);
    if (!valid) throw parseFailure(text);
  }

  const toEpoch = (y: number): number => {
    const wall = wallTime(y, monthForDay, day, hour, fields.minute ?? 0, fields.second ?? 0, fields.millisecond ?? 0);
    return fields.offset !== undefined ? wall - fields.offset : wallToEpoch(zone, wall, "later");
  };
  const epoch = toEpoch(year);
  if (centuryStart !== undefined && epoch < centuryStart) return toEpoch(year + 100);
  return epoch;
}
