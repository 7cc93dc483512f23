/**
 * `ZonedDateTime`, `OffsetDateTime` and `Instant`: points on the time line,
 * with millisecond precision. A zoned value keeps its instant and zone; its
 * local fields and offset are derived from the zone's rules.
 */

import type { Value } from "../../values.ts";
import { expectArgs, noSignature } from "../../gdk/collections/support.ts";
import { asZone, ZoneIdValue } from "../time-zone.ts";
import { javaLong } from "../calendar.ts";
import { offsetAt, type Zone } from "../zones.ts";
import { isoDate, isoTimeShort, joinWall, offsetId, splitWall, type TemporalFields } from "./fields.ts";
import { addLocalMethods, comparisons, dateGetters, LocalDateTimeValue, LocalDateValue, LocalTimeValue, plusMonths, timeGetters } from "./local.ts";
import { intArg, methodTable, TemporalValue, type TemporalMethod } from "./temporal.ts";

/**
 * Resolves a local wall time in `zone` to an instant as `ZonedDateTime.ofLocal`
 * does: a gap moves the time forward, an overlap keeps `preferred`
 * when it is one of the two offsets and otherwise takes the earlier one.
 */
export function resolveLocal(zone: Zone, wall: number, preferred?: number): number {
  if (preferred !== undefined && offsetAt(zone, wall - preferred) === preferred) return wall - preferred;
  if (zone.fixed !== undefined) return wall - zone.fixed;
  const before = offsetAt(zone, wall - 86_400_000);
  const after = offsetAt(zone, wall + 86_400_000);
  const candidates = [...new Set([before, after, offsetAt(zone, wall - before), offsetAt(zone, wall - after)])]
    .filter((offset) => offsetAt(zone, wall - offset) === offset)
    .map((offset) => wall - offset);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the offset from before the transition moves the wall time forward by the gap.
  return wall - Math.min(before, after);
}

/** Tells whether Java prints the zone in brackets after the offset (`[America/New_York]`, `[UTC]`). */
function isRegion(zone: Zone): boolean {
  return !(zone.id === "Z" || zone.id.startsWith("+") || zone.id.startsWith("-"));
}

export class ZonedDateTimeValue extends TemporalValue {
  readonly className: string;
  readonly simpleName: string;
  protected readonly methods: Record<string, TemporalMethod<ZonedDateTimeValue>> = ZONED_METHODS;

  constructor(
    readonly epochMs: number,
    readonly zone: Zone,
    /** True for an OffsetDateTime, which prints no zone ID. */
    readonly offsetOnly = false,
  ) {
    super();
    this.simpleName = offsetOnly ? "OffsetDateTime" : "ZonedDateTime";
    this.className = "java.time." + this.simpleName;
  }

  get offset(): number {
    return offsetAt(this.zone, this.epochMs);
  }

  get wall(): number {
    return this.epochMs + this.offset;
  }

  temporalFields(): TemporalFields {
    return { ...splitWall(this.wall), offset: this.offset, zone: this.zone, epochMs: this.epochMs };
  }

  sortKey(): number {
    return this.epochMs;
  }

  protected override sameAs(other: TemporalValue): boolean {
    return other instanceof ZonedDateTimeValue && other.epochMs === this.epochMs && other.zone.id === this.zone.id;
  }

  /** Moves to a new local wall time in the same zone, keeping the current offset when it is still valid. */
  withWall(wall: number): ZonedDateTimeValue {
    return new ZonedDateTimeValue(resolveLocal(this.zone, wall, this.offset), this.zone, this.offsetOnly);
  }

  override toString(): string {
    const { date, time } = splitWall(this.wall);
    const base = `${isoDate(date)}T${isoTimeShort(time)}${offsetId(this.offset)}`;
    return !this.offsetOnly && isRegion(this.zone) ? `${base}[${this.zone.id}]` : base;
  }
}

export class InstantValue extends TemporalValue {
  readonly className = "java.time.Instant";
  readonly simpleName = "Instant";
  protected readonly methods: Record<string, TemporalMethod<InstantValue>> = INSTANT_METHODS;

  constructor(readonly epochMs: number) {
    super();
  }

  temporalFields(): TemporalFields {
    return { epochMs: this.epochMs };
  }

  sortKey(): number {
    return this.epochMs;
  }

  override toString(): string {
    const d = new Date(this.epochMs);
    const millis = d.getUTCMilliseconds();
    const year = d.getUTCFullYear();
    const text = d.toISOString().replace(/^[+-]0*(?=\d{4})/, year > 9999 ? "+" : "").slice(0, -5);
    return text + (millis === 0 ? "" : "." + String(millis).padStart(3, "0")) + "Z";
  }
}

function zoneArg(self: Value, method: string, args: Value[]): Zone {
  expectArgs(self, method, args, 1);
  return asZone(args[0]!) ?? noSignature(self, method, args);
}

function shiftInstant(self: ZonedDateTimeValue, method: string, args: Value[], unitMs: number): ZonedDateTimeValue {
  expectArgs(self, method, args, 1);
  return new ZonedDateTimeValue(self.epochMs + intArg(self, method, args, 0) * unitMs, self.zone, self.offsetOnly);
}

function shiftLocal(self: ZonedDateTimeValue, method: string, args: Value[], days: number, months: number): ZonedDateTimeValue {
  expectArgs(self, method, args, 1);
  const n = intArg(self, method, args, 0);
  const { date, time } = splitWall(self.wall);
  return self.withWall(joinWall(plusMonths(date, n * months), time) + n * days * 86_400_000);
}

const ZONED_METHODS: Record<string, TemporalMethod<ZonedDateTimeValue>> = methodTable<ZonedDateTimeValue>({
  ...dateGetters<ZonedDateTimeValue>(),
  ...timeGetters<ZonedDateTimeValue>(),
  ...comparisons<ZonedDateTimeValue>(),
  getZone: (self, _ctx, args) => {
    expectArgs(self, "getZone", args, 0);
    return new ZoneIdValue(self.zone);
  },
  getOffset: (self, _ctx, args) => {
    expectArgs(self, "getOffset", args, 0);
    return new ZoneIdValue({ id: offsetId(self.offset), fixed: self.offset });
  },
  toInstant: (self, _ctx, args) => {
    expectArgs(self, "toInstant", args, 0);
    return new InstantValue(self.epochMs);
  },
  toEpochSecond: (self, _ctx, args) => {
    expectArgs(self, "toEpochSecond", args, 0);
    return javaLong(Math.floor(self.epochMs / 1000));
  },
  toLocalDate: (self, _ctx, args) => {
    expectArgs(self, "toLocalDate", args, 0);
    return new LocalDateValue(splitWall(self.wall).date);
  },
  toLocalDateTime: (self, _ctx, args) => {
    expectArgs(self, "toLocalDateTime", args, 0);
    return new LocalDateTimeValue(self.wall);
  },
  toLocalTime: (self, _ctx, args) => {
    expectArgs(self, "toLocalTime", args, 0);
    return new LocalTimeValue(splitWall(self.wall).time);
  },
  toOffsetDateTime: (self, _ctx, args) => {
    expectArgs(self, "toOffsetDateTime", args, 0);
    return new ZonedDateTimeValue(self.epochMs, { id: offsetId(self.offset), fixed: self.offset }, true);
  },
  withZoneSameInstant: (self, _ctx, args) => new ZonedDateTimeValue(self.epochMs, zoneArg(self, "withZoneSameInstant", args)),
  withZoneSameLocal: (self, _ctx, args) => {
    const zone = zoneArg(self, "withZoneSameLocal", args);
    return new ZonedDateTimeValue(resolveLocal(zone, self.wall, self.offset), zone);
  },
  plusDays: (self, _ctx, args) => shiftLocal(self, "plusDays", args, 1, 0),
  minusDays: (self, _ctx, args) => shiftLocal(self, "minusDays", args, -1, 0),
  plusWeeks: (self, _ctx, args) => shiftLocal(self, "plusWeeks", args, 7, 0),
  minusWeeks: (self, _ctx, args) => shiftLocal(self, "minusWeeks", args, -7, 0),
  plusMonths: (self, _ctx, args) => shiftLocal(self, "plusMonths", args, 0, 1),
  minusMonths: (self, _ctx, args) => shiftLocal(self, "minusMonths", args, 0, -1),
  plusYears: (self, _ctx, args) => shiftLocal(self, "plusYears", args, 0, 12),
  minusYears: (self, _ctx, args) => shiftLocal(self, "minusYears", args, 0, -12),
  plusHours: (self, _ctx, args) => shiftInstant(self, "plusHours", args, 3_600_000),
  minusHours: (self, _ctx, args) => shiftInstant(self, "minusHours", args, -3_600_000),
  plusMinutes: (self, _ctx, args) => shiftInstant(self, "plusMinutes", args, 60_000),
  minusMinutes: (self, _ctx, args) => shiftInstant(self, "minusMinutes", args, -60_000),
  plusSeconds: (self, _ctx, args) => shiftInstant(self, "plusSeconds", args, 1000),
  minusSeconds: (self, _ctx, args) => shiftInstant(self, "minusSeconds", args, -1000),
});

function shiftEpoch(self: InstantValue, method: string, args: Value[], unitMs: number): InstantValue {
  expectArgs(self, method, args, 1);
  return new InstantValue(self.epochMs + intArg(self, method, args, 0) * unitMs);
}

const INSTANT_METHODS: Record<string, TemporalMethod<InstantValue>> = methodTable<InstantValue>({
  ...comparisons<InstantValue>(),
  toEpochMilli: (self, _ctx, args) => {
    expectArgs(self, "toEpochMilli", args, 0);
    return javaLong(self.epochMs);
  },
  getEpochSecond: (self, _ctx, args) => {
    expectArgs(self, "getEpochSecond", args, 0);
    return javaLong(Math.floor(self.epochMs / 1000));
  },
  getNano: (self, _ctx, args) => {
    expectArgs(self, "getNano", args, 0);
    return (((self.epochMs % 1000) + 1000) % 1000) * 1_000_000;
  },
  atZone: (self, _ctx, args) => new ZonedDateTimeValue(self.epochMs, zoneArg(self, "atZone", args)),
  atOffset: (self, _ctx, args) => new ZonedDateTimeValue(self.epochMs, zoneArg(self, "atOffset", args), true),
  plusMillis: (self, _ctx, args) => shiftEpoch(self, "plusMillis", args, 1),
  minusMillis: (self, _ctx, args) => shiftEpoch(self, "minusMillis", args, -1),
  plusSeconds: (self, _ctx, args) => shiftEpoch(self, "plusSeconds", args, 1000),
  minusSeconds: (self, _ctx, args) => shiftEpoch(self, "minusSeconds", args, -1000),
});

addLocalMethods(
  {
    atStartOfDay: (self, _ctx, args) => {
      expectArgs(self, "atStartOfDay", args, 0, 1);
      const wall = joinWall(self.date);
      if (args.length === 0) return new LocalDateTimeValue(wall);
      const zone = zoneArg(self, "atStartOfDay", args);
      return new ZonedDateTimeValue(resolveLocal(zone, wall), zone);
    },
  },
  {
    atZone: (self, _ctx, args) => {
      const zone = zoneArg(self, "atZone", args);
      return new ZonedDateTimeValue(resolveLocal(zone, self.wall), zone);
    },
    atOffset: (self, _ctx, args) => {
      const zone = zoneArg(self, "atOffset", args);
      return new ZonedDateTimeValue(resolveLocal(zone, self.wall), zone, true);
    },
  },
);

/** Adds Groovy's extension methods, which live in their own module. */
export function addZonedExtensionMethods(methods: {
  zoned: Record<string, TemporalMethod<ZonedDateTimeValue>>;
  instant: Record<string, TemporalMethod<InstantValue>>;
}): void {
  Object.assign(ZONED_METHODS, methods.zoned);
  Object.assign(INSTANT_METHODS, methods.instant);
}
