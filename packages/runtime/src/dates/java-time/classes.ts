/**
 * Static members of the java.time classes (`LocalDate.now()`, `of`, `parse`,
 * `ZoneId.of`, `DateTimeFormatter.ofPattern`, `ChronoUnit.DAYS`...) and the
 * conversions between java.util.Date and Instant. "Now" comes from
 * `ctx.clock`; a missing zone means the run's zone.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { defineClass, defineMethods, type StaticImpl } from "../../registry.ts";
import { GDate, type Value } from "../../values.ts";
import { expectArgs, toJsNumber } from "../../gdk/collections/support.ts";
import { asZone, contextZone, ZoneIdValue } from "../time-zone.ts";
import { offsetAt, zoneOf, type Zone } from "../zones.ts";
import { CHRONO_UNITS, ChronoUnitValue, durationBetween, DurationValue } from "./duration.ts";
import { joinWall, offsetId, splitWall } from "./fields.ts";
import { DateTimeFormatterValue, ISO_NAMES } from "./formatter.ts";
import { checkDate, checkTime, LocalDateTimeValue, LocalDateValue, LocalTimeValue } from "./local.ts";
import { parseError, type ParsedTemporal } from "./pattern-parse.ts";
import { InstantValue, resolveLocal, ZonedDateTimeValue } from "./zoned.ts";
import "./extensions.ts";

function int(className: string, method: string, args: Value[], index: number): number {
  const n = toJsNumber(args[index] ?? null);
  if (n === undefined || !Number.isInteger(n)) {
    throw new RuleException("MissingMethodException", `${className}.${method}() needs whole numbers, got ${args.map(String).join(", ")}`);
  }
  return n;
}

function zoneAt(ctx: ExecutionContext, className: string, method: string, args: Value[], index: number): Zone {
  if (args.length <= index) return contextZone(ctx);
  const zone = asZone(args[index]!);
  if (zone === undefined) throw new RuleException("MissingMethodException", `${className}.${method}() needs a ZoneId such as ZoneId.of("UTC")`);
  return zone;
}

/** Reads the text and optional formatter of a `parse` call. */
function parsed(className: string, args: Value[], fallback: DateTimeFormatterValue): { text: string; fields: ParsedTemporal } {
  const text = args[0];
  const formatter = args.length === 2 ? args[1] : fallback;
  if (typeof text !== "string" || !(formatter instanceof DateTimeFormatterValue) || args.length > 2) {
    throw new RuleException("MissingMethodException", `${className}.parse() needs a text and optionally a DateTimeFormatter`);
  }
  return { text, fields: formatter.parseFields(text) };
}

function needDate(className: string, text: string, f: ParsedTemporal): { year: number; month: number; day: number } {
  if (f.year !== undefined && f.month !== undefined && f.day !== undefined) return { year: f.year, month: f.month, day: f.day };
  if (f.year !== undefined && f.dayOfYear !== undefined) return splitWall(joinWall({ year: f.year, month: 1, day: 1 }) + (f.dayOfYear - 1) * 86_400_000).date;
  throw parseError(text, `: Unable to obtain ${className} from TemporalAccessor`);
}

function needTime(className: string, text: string, f: ParsedTemporal): number {
  if (f.hour === undefined) throw parseError(text, `: Unable to obtain ${className} from TemporalAccessor`);
  return checkTime(f.hour, f.minute ?? 0, f.second ?? 0, f.millisecond ?? 0);
}

function zonedFromParsed(className: string, text: string, f: ParsedTemporal, offsetOnly: boolean): ZonedDateTimeValue {
  const wall = joinWall(needDate(className, text, f), needTime(className, text, f));
  const zone: Zone | undefined = offsetOnly && f.offset !== undefined ? { id: offsetId(f.offset), fixed: f.offset } : f.zone ?? (f.offset === undefined ? undefined : { id: offsetId(f.offset), fixed: f.offset });
  if (zone === undefined) throw parseError(text, `: Unable to obtain ${className} from TemporalAccessor`);
  return new ZonedDateTimeValue(resolveLocal(zone, wall, f.offset), zone, offsetOnly);
}

const ISO = Object.fromEntries(ISO_NAMES.map((name) => [name, DateTimeFormatterValue.iso(name)])) as Record<string, DateTimeFormatterValue>;

function nowWall(ctx: ExecutionContext, zone: Zone): number {
  const now = ctx.clock();
  return now + offsetAt(zone, now);
}

const statics = (className: string, members: Record<string, StaticImpl>, properties: Record<string, (ctx: ExecutionContext) => Value> = {}) =>
  defineClass(`java.time.${className}`, { statics: members, staticProperties: properties, supertypes: ["Temporal", "Comparable"] });

statics("LocalDate", {
  now: (ctx, args) => new LocalDateValue(splitWall(nowWall(ctx, zoneAt(ctx, "LocalDate", "now", args, 0))).date),
  of: (_ctx, args) => {
    expectArgs(null, "of", args, 3);
    return new LocalDateValue(checkDate(int("LocalDate", "of", args, 0), int("LocalDate", "of", args, 1), int("LocalDate", "of", args, 2)));
  },
  ofEpochDay: (_ctx, args) => new LocalDateValue(splitWall(int("LocalDate", "ofEpochDay", args, 0) * 86_400_000).date),
  parse: (_ctx, args) => {
    const { text, fields } = parsed("LocalDate", args, ISO.ISO_LOCAL_DATE!);
    return new LocalDateValue(needDate("LocalDate", text, fields));
  },
});

statics("LocalDateTime", {
  now: (ctx, args) => new LocalDateTimeValue(nowWall(ctx, zoneAt(ctx, "LocalDateTime", "now", args, 0))),
  of: (_ctx, args) => {
    if (args.length < 5 || args.length > 7) throw new RuleException("MissingMethodException", "LocalDateTime.of() needs year, month, day, hour, minute[, second[, nanos]]");
    const n = (i: number) => int("LocalDateTime", "of", args, i);
    const date = checkDate(n(0), n(1), n(2));
    const time = checkTime(n(3), n(4), args.length > 5 ? n(5) : 0, args.length > 6 ? Math.floor(n(6) / 1_000_000) : 0);
    return new LocalDateTimeValue(joinWall(date, time));
  },
  ofInstant: (ctx, args) => {
    const instant = args[0];
    if (!(instant instanceof InstantValue)) throw new RuleException("MissingMethodException", "LocalDateTime.ofInstant() needs an Instant and a ZoneId");
    const zone = zoneAt(ctx, "LocalDateTime", "ofInstant", args, 1);
    return new LocalDateTimeValue(instant.epochMs + offsetAt(zone, instant.epochMs));
  },
  parse: (_ctx, args) => {
    const { text, fields } = parsed("LocalDateTime", args, ISO.ISO_LOCAL_DATE_TIME!);
    return new LocalDateTimeValue(joinWall(needDate("LocalDateTime", text, fields), needTime("LocalDateTime", text, fields)));
  },
});

statics("LocalTime", {
  now: (ctx, args) => new LocalTimeValue(splitWall(nowWall(ctx, zoneAt(ctx, "LocalTime", "now", args, 0))).time),
  of: (_ctx, args) => {
    if (args.length < 2 || args.length > 3) throw new RuleException("MissingMethodException", "LocalTime.of() needs hour, minute[, second]");
    return new LocalTimeValue(checkTime(int("LocalTime", "of", args, 0), int("LocalTime", "of", args, 1), args.length === 3 ? int("LocalTime", "of", args, 2) : 0));
  },
  parse: (_ctx, args) => {
    const { text, fields } = parsed("LocalTime", args, ISO.ISO_LOCAL_TIME!);
    return new LocalTimeValue(needTime("LocalTime", text, fields));
  },
});

statics("ZonedDateTime", {
  now: (ctx, args) => new ZonedDateTimeValue(ctx.clock(), zoneAt(ctx, "ZonedDateTime", "now", args, 0)),
  of: (ctx, args) => {
    const local = args[0];
    if (args.length !== 2 || !(local instanceof LocalDateTimeValue)) {
      throw new RuleException("MissingMethodException", "ZonedDateTime.of() needs a LocalDateTime and a ZoneId");
    }
    const zone = zoneAt(ctx, "ZonedDateTime", "of", args, 1);
    return new ZonedDateTimeValue(resolveLocal(zone, local.wall), zone);
  },
  ofInstant: (ctx, args) => {
    const instant = args[0];
    if (!(instant instanceof InstantValue)) throw new RuleException("MissingMethodException", "ZonedDateTime.ofInstant() needs an Instant and a ZoneId");
    return new ZonedDateTimeValue(instant.epochMs, zoneAt(ctx, "ZonedDateTime", "ofInstant", args, 1));
  },
  parse: (_ctx, args) => {
    const { text, fields } = parsed("ZonedDateTime", args, ISO.ISO_ZONED_DATE_TIME!);
    return zonedFromParsed("ZonedDateTime", text, fields, false);
  },
});

statics("OffsetDateTime", {
  now: (ctx, args) => {
    const zone = zoneAt(ctx, "OffsetDateTime", "now", args, 0);
    const offset = offsetAt(zone, ctx.clock());
    return new ZonedDateTimeValue(ctx.clock(), { id: offsetId(offset), fixed: offset }, true);
  },
  parse: (_ctx, args) => {
    const { text, fields } = parsed("OffsetDateTime", args, ISO.ISO_OFFSET_DATE_TIME!);
    return zonedFromParsed("OffsetDateTime", text, fields, true);
  },
});

statics("Instant", {
  now: (ctx, args) => {
    expectArgs(null, "now", args, 0);
    return new InstantValue(ctx.clock());
  },
  ofEpochMilli: (_ctx, args) => new InstantValue(int("Instant", "ofEpochMilli", args, 0)),
  ofEpochSecond: (_ctx, args) => new InstantValue(int("Instant", "ofEpochSecond", args, 0) * 1000),
  parse: (_ctx, args) => {
    const { text, fields } = parsed("Instant", args, ISO.ISO_INSTANT!);
    return new InstantValue(zonedFromParsed("Instant", text, fields, true).epochMs);
  },
});

statics("ZoneId", {
  of: (_ctx, args) => {
    if (args.length !== 1 || typeof args[0] !== "string") throw new RuleException("MissingMethodException", 'ZoneId.of() needs a zone ID such as "Europe/Berlin"');
    return new ZoneIdValue(zoneOf(args[0]));
  },
  systemDefault: (ctx) => new ZoneIdValue(contextZone(ctx)),
});

statics(
  "ZoneOffset",
  {
    of: (_ctx, args) => {
      const zone = typeof args[0] === "string" ? zoneOf(args[0]) : undefined;
      if (zone?.fixed === undefined) throw new RuleException("DateTimeException", `Invalid ID for ZoneOffset, invalid format: ${String(args[0])}`);
      return new ZoneIdValue({ id: offsetId(zone.fixed), fixed: zone.fixed });
    },
    ofHours: (_ctx, args) => {
      const hours = int("ZoneOffset", "ofHours", args, 0);
      return new ZoneIdValue({ id: offsetId(hours * 3_600_000), fixed: hours * 3_600_000 });
    },
  },
  { UTC: () => new ZoneIdValue({ id: "Z", fixed: 0 }) },
);

defineClass("java.time.format.DateTimeFormatter", {
  statics: {
    ofPattern: (_ctx, args) => {
      if (args.length < 1 || args.length > 2 || typeof args[0] !== "string") {
        throw new RuleException("MissingMethodException", 'DateTimeFormatter.ofPattern() needs a pattern such as "yyyy-MM-dd"');
      }
      return DateTimeFormatterValue.ofPattern(args[0]);
    },
  },
  staticProperties: Object.fromEntries(ISO_NAMES.map((name) => [name, () => ISO[name]!])),
});

defineClass("java.time.Duration", {
  statics: {
    between: (_ctx, args) => {
      expectArgs(null, "between", args, 2);
      return durationBetween(args[0]!, args[1]!);
    },
    ofMillis: (_ctx, args) => new DurationValue(int("Duration", "ofMillis", args, 0)),
    ofSeconds: (_ctx, args) => new DurationValue(int("Duration", "ofSeconds", args, 0) * 1000),
    ofMinutes: (_ctx, args) => new DurationValue(int("Duration", "ofMinutes", args, 0) * 60_000),
    ofHours: (_ctx, args) => new DurationValue(int("Duration", "ofHours", args, 0) * 3_600_000),
    ofDays: (_ctx, args) => new DurationValue(int("Duration", "ofDays", args, 0) * 86_400_000),
  },
  staticProperties: { ZERO: () => new DurationValue(0) },
});

defineClass("java.time.temporal.ChronoUnit", {
  staticProperties: Object.fromEntries(CHRONO_UNITS.map((unit) => [unit, () => new ChronoUnitValue(unit)])),
});

defineClass("java.util.Date", {
  statics: {
    from: (_ctx, args) => {
      const instant = args[0];
      if (args.length !== 1 || !(instant instanceof InstantValue)) throw new RuleException("MissingMethodException", "Date.from() needs an Instant");
      return new GDate(instant.epochMs);
    },
  },
});

defineMethods("Date", {
  toInstant: (_ctx, self: GDate, args) => {
    expectArgs(self, "toInstant", args, 0);
    return new InstantValue(self.time);
  },
});
