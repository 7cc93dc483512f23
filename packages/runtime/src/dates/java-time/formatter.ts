/**
 * `java.time.format.DateTimeFormatter`: `ofPattern(pattern)`, the ISO
 * constants, `withZone(zone)`, and `format(temporal)`. The parse side
 * returns {@link ParsedTemporal} fields; the value classes resolve them.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { NOT_FOUND, RuntimeObject, type Value } from "../../values.ts";
import { expectArgs, noSignature } from "../../gdk/collections/support.ts";
import { DAY_NAMES, MONTH_NAMES, daysInMonth } from "../calendar.ts";
import { asZone } from "../time-zone.ts";
import { findZone, offsetAt, offsetText, parseOffset, type Zone } from "../zones.ts";
import { calendarFields, isoDate, isoTimeFull, offsetId, unsupportedField, type TemporalFields } from "./fields.ts";
import { compileTimePattern, formatTimePattern, type PatternPart } from "./pattern.ts";
import { parseError, parseTimePattern, type ParsedTemporal } from "./pattern-parse.ts";

/** Something a formatter can print: every java.time value implements it. */
export interface FormattableTemporal {
  temporalFields(): TemporalFields;
}

export function isFormattable(value: Value): value is RuntimeObject & FormattableTemporal {
  return value instanceof RuntimeObject && typeof (value as Partial<FormattableTemporal>).temporalFields === "function";
}

type IsoName =
  | "ISO_LOCAL_DATE" | "ISO_LOCAL_TIME" | "ISO_LOCAL_DATE_TIME" | "ISO_OFFSET_DATE_TIME" | "ISO_ZONED_DATE_TIME"
  | "ISO_DATE_TIME" | "ISO_INSTANT" | "ISO_DATE" | "ISO_TIME" | "BASIC_ISO_DATE" | "RFC_1123_DATE_TIME";

export const ISO_NAMES: IsoName[] = [
  "ISO_LOCAL_DATE", "ISO_LOCAL_TIME", "ISO_LOCAL_DATE_TIME", "ISO_OFFSET_DATE_TIME", "ISO_ZONED_DATE_TIME",
  "ISO_DATE_TIME", "ISO_INSTANT", "ISO_DATE", "ISO_TIME", "BASIC_ISO_DATE", "RFC_1123_DATE_TIME",
];

const DATE = "(\\d{4})-(\\d{2})-(\\d{2})";
const TIME = "(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?";
const OFFSET = "(Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)";
const ZONE = "(?:\\[([^\\]]+)\\])";

/** Regexes of the ISO formats; capture groups are date, time, offset, zone in that order. */
const ISO_SYNTAX: Partial<Record<IsoName, { regex: RegExp; groups: ("date" | "time" | "offset" | "zone")[] }>> = {
  ISO_LOCAL_DATE: { regex: new RegExp(`^${DATE}$`), groups: ["date"] },
  ISO_LOCAL_TIME: { regex: new RegExp(`^${TIME}$`), groups: ["time"] },
  ISO_LOCAL_DATE_TIME: { regex: new RegExp(`^${DATE}T${TIME}$`), groups: ["date", "time"] },
  ISO_OFFSET_DATE_TIME: { regex: new RegExp(`^${DATE}T${TIME}${OFFSET}$`), groups: ["date", "time", "offset"] },
  ISO_ZONED_DATE_TIME: { regex: new RegExp(`^${DATE}T${TIME}${OFFSET}${ZONE}?$`), groups: ["date", "time", "offset", "zone"] },
  ISO_DATE_TIME: { regex: new RegExp(`^${DATE}T${TIME}(?:${OFFSET}${ZONE}?)?$`), groups: ["date", "time", "offset", "zone"] },
  ISO_INSTANT: { regex: new RegExp(`^${DATE}T${TIME}${OFFSET}$`), groups: ["date", "time", "offset"] },
  ISO_DATE: { regex: new RegExp(`^${DATE}${OFFSET}?$`), groups: ["date", "offset"] },
  ISO_TIME: { regex: new RegExp(`^${TIME}${OFFSET}?$`), groups: ["time", "offset"] },
};

function parseIso(name: IsoName, text: string): ParsedTemporal {
  if (name === "BASIC_ISO_DATE" || name === "RFC_1123_DATE_TIME") {
    const pattern = name === "BASIC_ISO_DATE" ? "uuuuMMdd[XX]" : "[EEE, ]d MMM uuuu HH:mm[:ss] xx";
    const gmtFixed = name === "RFC_1123_DATE_TIME" ? text.replace(/ GMT$/, " +0000") : text;
    try {
      return parseTimePattern(compileTimePattern(pattern), gmtFixed, true);
    } catch {
      throw parseError(text, " at index 0");
    }
  }

  const syntax = ISO_SYNTAX[name]!;
  const match = syntax.regex.exec(text);
  if (match === null) throw parseError(text, ` at index ${firstMismatch(name, text)}`);
  const out: ParsedTemporal = {};
  let group = 1;
  for (const part of syntax.groups) {
    if (part === "date") {
      out.year = Number(match[group++]);
      out.month = Number(match[group++]);
      out.day = Number(match[group++]);
    } else if (part === "time") {
      out.hour = Number(match[group++]);
      out.minute = Number(match[group++]);
      out.second = Number(match[group++] ?? "0");
      out.millisecond = Number((match[group++] ?? "0").padEnd(3, "0").slice(0, 3));
    } else if (part === "offset") {
      const text = match[group++];
      if (text !== undefined) out.offset = text === "Z" ? 0 : parseOffset(text);
    } else {
      const id = match[group++];
      if (id !== undefined) {
        const zone = findZone(id);
        if (zone === undefined) throw parseError(text, `: Unknown time-zone ID: ${id}`);
        out.zone = zone;
      }
    }
  }

  // Check ranges and month lengths strictly, as the ISO formatters do.
  if (out.month !== undefined && (out.month < 1 || out.month > 12)) throw parseError(text, `: Invalid value for MonthOfYear (valid values 1 - 12): ${out.month}`);
  if (out.year !== undefined && out.month !== undefined && out.day !== undefined) {
    if (out.day < 1 || out.day > 31) throw parseError(text, `: Invalid value for DayOfMonth (valid values 1 - 28/31): ${out.day}`);
    if (out.day > daysInMonth(out.year, out.month)) throw parseError(text, `: Invalid date '${MONTH_NAMES[out.month - 1]!.toUpperCase()} ${out.day}'`);
  }
  if (out.hour !== undefined && out.hour > 23) throw parseError(text, `: Invalid value for HourOfDay (valid values 0 - 23): ${out.hour}`);
  if (out.minute !== undefined && out.minute > 59) throw parseError(text, `: Invalid value for MinuteOfHour (valid values 0 - 59): ${out.minute}`);
  if (out.second !== undefined && out.second > 59) throw parseError(text, `: Invalid value for SecondOfMinute (valid values 0 - 59): ${out.second}`);
  return out;
}

/** Fixed leading layout of each ISO format: `0` is a digit, anything else itself. */
const TEMPLATES: Partial<Record<IsoName, string>> = {
  ISO_LOCAL_DATE: "0000-00-00",
  ISO_DATE: "0000-00-00",
  ISO_LOCAL_TIME: "00:00",
  ISO_TIME: "00:00",
};

/** Index of the first character that breaks the format's fixed layout, as Java reports it. */
function firstMismatch(name: IsoName, text: string): number {
  const template = TEMPLATES[name] ?? "0000-00-00T00:00";
  // Java reports the start of the number field that failed, so back up over the field's digits.
  const fieldStart = (i: number): number => {
    while (i > 0 && template[i - 1] === "0") i--;
    return i;
  };
  for (let i = 0; i < template.length; i++) {
    const expected = template[i]!;
    if (i >= text.length) return expected === "0" ? fieldStart(i) : text.length;
    const ok = expected === "0" ? text[i]! >= "0" && text[i]! <= "9" : text[i] === expected;
    if (!ok) return expected === "0" ? fieldStart(i) : i;
  }
  return template.length;
}

function formatIso(name: IsoName, fields: TemporalFields): string {
  const date = () => (fields.date === undefined ? unsupportedField("Year") : isoDate(fields.date));
  const time = () => (fields.time === undefined ? unsupportedField("HourOfDay") : isoTimeFull(fields.time));
  const offset = () => (fields.offset === undefined ? unsupportedField("OffsetSeconds") : offsetId(fields.offset));
  const zoneSuffix = () => (fields.zone !== undefined && fields.zone.fixed === undefined ? `[${fields.zone.id}]` : "");
  switch (name) {
    case "ISO_LOCAL_DATE":
      return date();
    case "ISO_LOCAL_TIME":
      return time();
    case "ISO_LOCAL_DATE_TIME":
      return `${date()}T${time()}`;
    case "ISO_OFFSET_DATE_TIME":
      return `${date()}T${time()}${offset()}`;
    case "ISO_ZONED_DATE_TIME":
      return `${date()}T${time()}${offset()}${zoneSuffix()}`;
    case "ISO_DATE_TIME":
      return `${date()}T${time()}${fields.offset === undefined ? "" : offset() + zoneSuffix()}`;
    case "ISO_INSTANT": {
      if (fields.epochMs === undefined) unsupportedField("InstantSeconds");
      const d = new Date(fields.epochMs);
      const millis = d.getUTCMilliseconds();
      return d.toISOString().slice(0, 19) + (millis === 0 ? "" : "." + String(millis).padStart(3, "0")) + "Z";
    }
    case "ISO_DATE":
      return date() + (fields.offset === undefined ? "" : offset());
    case "ISO_TIME":
      return time() + (fields.offset === undefined ? "" : offset());
    case "BASIC_ISO_DATE":
      if (fields.offset === undefined) return date().replace(/-/g, "");
      return date().replace(/-/g, "") + (fields.offset === 0 ? "Z" : offsetText(fields.offset, false));
    case "RFC_1123_DATE_TIME": {
      const f = calendarFields(fields, "DayOfWeek");
      if (fields.offset === undefined) unsupportedField("OffsetSeconds");
      const zone = fields.offset === 0 ? "GMT" : offsetText(fields.offset, false);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${DAY_NAMES[f.dayOfWeek - 1]!.slice(0, 3)}, ${f.day} ${MONTH_NAMES[f.month - 1]!.slice(0, 3)} ${f.year} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${zone}`;
    }
  }
}

/** A DateTimeFormatter value: a compiled pattern or an ISO constant, optionally with an override zone. */
export class DateTimeFormatterValue extends RuntimeObject {
  readonly className = "java.time.format.DateTimeFormatter";

  constructor(
    private readonly source: { pattern: string; parts: PatternPart[] } | { iso: IsoName },
    readonly zone?: Zone,
  ) {
    super();
  }

  static ofPattern(pattern: string): DateTimeFormatterValue {
    return new DateTimeFormatterValue({ pattern, parts: compileTimePattern(pattern) });
  }

  static iso(name: IsoName): DateTimeFormatterValue {
    return new DateTimeFormatterValue({ iso: name });
  }

  /** Formats a value's fields; with an override zone, an instant is shown in that zone. */
  formatFields(fields: TemporalFields): string {
    let shown = fields;
    if (this.zone !== undefined && fields.epochMs !== undefined) {
      const offset = offsetAt(this.zone, fields.epochMs);
      const wall = fields.epochMs + offset;
      const days = Math.floor(wall / 86_400_000);
      const dateParts = new Date(days * 86_400_000);
      shown = {
        date: { year: dateParts.getUTCFullYear(), month: dateParts.getUTCMonth() + 1, day: dateParts.getUTCDate() },
        time: wall - days * 86_400_000,
        offset,
        zone: this.zone,
        epochMs: fields.epochMs,
      };
    }
    if ("iso" in this.source) return formatIso(this.source.iso, shown);
    return formatTimePattern(this.source.parts, shown);
  }

  /** Reads text into fields; ISO constants are strict about month lengths, patterns use the SMART resolver. */
  parseFields(text: string): ParsedTemporal {
    const parsed = "iso" in this.source ? parseIso(this.source.iso, text) : parseTimePattern(this.source.parts, text);
    if (parsed.zone === undefined && this.zone !== undefined) parsed.zone = this.zone;
    return parsed;
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "format": {
        expectArgs(this, name, args, 1);
        const value = args[0]!;
        if (!isFormattable(value)) {
          throw new RuleException("IllegalArgumentException", `DateTimeFormatter.format() needs a java.time value such as a LocalDate, got ${value === null ? "null" : String(value)}`);
        }
        return this.formatFields(value.temporalFields());
      }
      case "withZone": {
        expectArgs(this, name, args, 1);
        const zone = asZone(args[0]!) ?? noSignature(this, name, args);
        return new DateTimeFormatterValue(this.source, zone);
      }
      case "withLocale":
        // Formatting always uses US English names.
        return this;
      case "toString":
        return this.toString();
      default:
        return NOT_FOUND;
    }
  }

  override toString(): string {
    return "iso" in this.source ? this.source.iso : this.source.pattern;
  }
}
