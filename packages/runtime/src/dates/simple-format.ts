/**
 * The pattern language of `java.text.SimpleDateFormat` (US locale):
 * compiling a pattern and formatting an instant with it. Parsing is in
 * `simple-parse.ts`.
 *
 * Supported letters: G y Y M L w W D d F E u a H k K h m s S z Z X, quoted
 * text (`'T'`, `''` for a quote). Any other ASCII letter raises
 * IllegalArgumentException like Java.
 */

import { RuleException } from "../errors.ts";
import { DAY_NAMES, MONTH_NAMES, fieldsAt, pad, usWeekOfMonth, usWeekOfYear, type DateFields } from "./calendar.ts";
import { longZoneName, offsetAt, offsetText, shortZoneName, type Zone } from "./zones.ts";

export type PatternToken = { kind: "text"; text: string } | { kind: "field"; letter: string; count: number };

const LETTERS = new Set("GyYMLwWDdFEuaHkKhmsSzZX");

/** Splits a SimpleDateFormat pattern into literal text and field tokens. */
export function compilePattern(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  const addText = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "text") last.text += text;
    else tokens.push({ kind: "text", text });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        addText("'");
        i += 2;
        continue;
      }
      let text = "";
      i++;
      for (;;) {
        if (i >= pattern.length) {
          throw new RuleException("IllegalArgumentException", `Unterminated quote in date pattern "${pattern}"`);
        }
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += pattern[i++];
      }
      addText(text);
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.has(c)) {
        throw new RuleException("IllegalArgumentException", `Illegal pattern character '${c}' in date pattern "${pattern}"`);
      }
      let count = 1;
      while (pattern[i + count] === c) count++;
      if (c === "X" && count > 3) {
        throw new RuleException("IllegalArgumentException", `invalid ISO 8601 format: length=${count} in date pattern "${pattern}"`);
      }
      tokens.push({ kind: "field", letter: c, count });
      i += count;
      continue;
    }
    addText(c);
    i++;
  }
  return tokens;
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function isoOffset(offset: number, count: number): string {
  if (offset === 0) return "Z";
  const full = offsetText(offset - (offset % 60_000));
  if (count === 1) return full.slice(0, 3);
  if (count === 2) return full.replace(":", "");
  return full;
}

function formatField(letter: string, count: number, epochMs: number, zone: Zone, offset: number, f: DateFields): string {
  const yearOfEra = f.year > 0 ? f.year : 1 - f.year;
  switch (letter) {
    case "G":
      return f.year > 0 ? "AD" : "BC";
    case "y":
      return count === 2 ? pad(yearOfEra % 100, 2) : pad(yearOfEra, count);
    case "Y": {
      const weekYear = usWeekOfYear(f).weekYear;
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case "M":
    case "L":
      return count >= 3 ? text(MONTH_NAMES[f.month - 1]!, count) : pad(f.month, count);
    case "w":
      return pad(usWeekOfYear(f).week, count);
    case "W":
      return pad(usWeekOfMonth(f), count);
    case "D":
      return pad(f.dayOfYear, count);
    case "d":
      return pad(f.day, count);
    case "F":
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case "E":
      return text(DAY_NAMES[f.dayOfWeek - 1]!, count);
    case "u":
      return pad(f.dayOfWeek, count);
    case "a":
      return f.hour < 12 ? "AM" : "PM";
    case "H":
      return pad(f.hour, count);
    case "k":
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case "K":
      return pad(f.hour % 12, count);
    case "h":
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case "m":
      return pad(f.minute, count);
    case "s":
      return pad(f.second, count);
    case "S":
      return pad(f.millisecond, count);
    case "z":
      return count >= 4 ? longZoneName(zone, epochMs) : shortZoneName(zone, epochMs);
    case "Z":
      return offsetText(offset - (offset % 60_000), false);
    case "X":
      return isoOffset(offset, count);
    default:
      throw new RuleException("IllegalArgumentException", `Illegal pattern character '${letter}'`);
  }
}

/** Formats the instant `epochMs` with compiled pattern tokens in `zone`. */
export function formatWithPattern(tokens: PatternToken[], epochMs: number, zone: Zone): string {
  // The zone lookup is the slow part, so it runs once per call, not once per field.
  const offset = offsetAt(zone, epochMs);
  const fields = fieldsAt(epochMs, offset);
  let out = "";
  for (const token of tokens) {
    out += token.kind === "text" ? token.text : formatField(token.letter, token.count, epochMs, zone, offset, fields);
  }
  return out;
}

/** Formats an instant with a SimpleDateFormat pattern in `zone`. */
export function formatDate(pattern: string, epochMs: number, zone: Zone): string {
  return formatWithPattern(compilePattern(pattern), epochMs, zone);
}

/** `java.util.Date.toString()`: `Thu Jan 01 00:00:00 UTC 1970` in `zone`. */
export function javaDateString(epochMs: number, zone: Zone): string {
  return formatDate("EEE MMM dd HH:mm:ss zzz y", epochMs, zone);
}

/** `java.sql.Timestamp.toString()`: `1970-01-01 00:00:00.0`, fractional seconds without trailing zeros. */
export function javaTimestampString(epochMs: number, zone: Zone): string {
  const base = formatDate("yyyy-MM-dd HH:mm:ss", epochMs, zone);
  const millis = ((epochMs % 1000) + 1000) % 1000;
  const fraction = millis === 0 ? "0" : String(millis).padStart(3, "0").replace(/0+$/, "");
  return `${base}.${fraction}`;
}
