/**
 * `java.util.TimeZone` for rules: `TimeZone.getTimeZone(id)`,
 * `TimeZone.getDefault()` (the run's time zone) and the instance methods
 * rules call on it.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { defineClass } from "../registry.ts";
import { GDate, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { expectArgs, noSignature, toJsNumber } from "../gdk/collections/support.ts";
import { findZone, inDaylightTime, legacyTimeZone, longZoneName, offsetAt, shortZoneName, UTC_ZONE, type Zone } from "./zones.ts";

/** Returns the zone of the run (`ctx.timeZone`), which every zone-less date operation uses. */
export function contextZone(ctx: ExecutionContext): Zone {
  return findZone(ctx.timeZone) ?? UTC_ZONE;
}

/** A `java.util.TimeZone` value. */
export class TimeZoneValue extends RuntimeObject {
  readonly className = "java.util.TimeZone";

  constructor(readonly zone: Zone) {
    super();
  }

  override getProperty(ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "ID" || name === "id") return this.zone.id;
    if (name === "rawOffset") return this.rawOffset(ctx);
    if (name === "displayName") return longZoneName(this.zone, ctx.clock());
    return NOT_FOUND;
  }

  private rawOffset(ctx: ExecutionContext): number {
    const year = new Date(ctx.clock()).getUTCFullYear();
    return Math.min(offsetAt(this.zone, Date.UTC(year, 0, 1)), offsetAt(this.zone, Date.UTC(year, 6, 1)));
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "getID":
        expectArgs(this, name, args, 0);
        return this.zone.id;
      case "getDisplayName": {
        const now = ctx.clock();
        const daylight = args[0] === true;
        const short = args[1] === 0;
        if (args.length === 0) return longZoneName(this.zone, now);
        if (args.length !== 2) noSignature(this, name, args);
        const instant = daylight === inDaylightTime(this.zone, now) ? now : this.instantWithDaylight(now, daylight);
        return short ? shortZoneName(this.zone, instant) : longZoneName(this.zone, instant);
      }
      case "getOffset": {
        expectArgs(this, name, args, 1);
        const at = args[0]!;
        const epoch = at instanceof GDate ? at.time : toJsNumber(at);
        if (epoch === undefined) return noSignature(this, name, args);
        return offsetAt(this.zone, epoch);
      }
      case "getRawOffset":
        expectArgs(this, name, args, 0);
        return this.rawOffset(ctx);
      case "inDaylightTime": {
        expectArgs(this, name, args, 1);
        if (!(args[0] instanceof GDate)) noSignature(this, name, args);
        return inDaylightTime(this.zone, args[0].time);
      }
      case "useDaylightTime": {
        expectArgs(this, name, args, 0);
        const year = new Date(ctx.clock()).getUTCFullYear();
        return offsetAt(this.zone, Date.UTC(year, 0, 1)) !== offsetAt(this.zone, Date.UTC(year, 6, 1));
      }
      case "toZoneId":
        expectArgs(this, name, args, 0);
        return new ZoneIdValue(this.zone);
      case "toString":
        expectArgs(this, name, args, 0);
        return this.toString();
      default:
        return NOT_FOUND;
    }
  }

  /** Finds an instant in the current year whose daylight state is `daylight`, for display names. */
  private instantWithDaylight(now: number, daylight: boolean): number {
    const year = new Date(now).getUTCFullYear();
    for (const month of [0, 6]) {
      const instant = Date.UTC(year, month, 1);
      if (inDaylightTime(this.zone, instant) === daylight) return instant;
    }
    return now;
  }

  override isInstanceOf(name: string): boolean {
    return name === "TimeZone" || super.isInstanceOf(name);
  }

  override toString(): string {
    return this.zone.id;
  }
}

/** A `java.time.ZoneId` value. */
export class ZoneIdValue extends RuntimeObject {
  readonly className = "java.time.ZoneId";

  constructor(readonly zone: Zone) {
    super();
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    return name === "id" ? this.zone.id : NOT_FOUND;
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "getId":
      case "toString":
        expectArgs(this, name, args, 0);
        return this.zone.id;
      case "getDisplayName":
        return longZoneName(this.zone, ctx.clock());
      case "equals":
        expectArgs(this, name, args, 1);
        return args[0] instanceof ZoneIdValue && args[0].zone.id === this.zone.id;
      default:
        return NOT_FOUND;
    }
  }

  override isInstanceOf(name: string): boolean {
    return name === "ZoneId" || super.isInstanceOf(name);
  }

  override toString(): string {
    return this.zone.id;
  }
}

/** Returns the zone of a TimeZone or ZoneId argument, or undefined when the argument is neither. */
export function asZone(value: Value): Zone | undefined {
  if (value instanceof TimeZoneValue || value instanceof ZoneIdValue) return value.zone;
  return undefined;
}

function zoneArgument(value: Value): Zone {
  if (typeof value === "string") return legacyTimeZone(value);
  const zone = asZone(value);
  if (zone !== undefined) return zone;
  throw new RuleException("IllegalArgumentException", `TimeZone.getTimeZone() needs a zone ID such as "UTC" or "America/New_York", got ${String(value)}`);
}

defineClass("java.util.TimeZone", {
  statics: {
    getTimeZone: (_ctx, args) => {
      if (args.length !== 1) throw new RuleException("MissingMethodException", "TimeZone.getTimeZone() takes one zone ID");
      return new TimeZoneValue(zoneArgument(args[0]!));
    },
    getDefault: (ctx, args) => {
      if (args.length !== 0) throw new RuleException("MissingMethodException", "TimeZone.getDefault() takes no arguments");
      return new TimeZoneValue(contextZone(ctx));
    },
    setDefault: () => {
      throw new RuleException(
        "UnsupportedOperationException",
        "TimeZone.setDefault() is not allowed in a rule because it would change every other rule; pass the zone to format() or setTimeZone() instead",
      );
    },
    getAvailableIDs: (_ctx, args) => {
      if (args.length !== 0) throw new RuleException("MissingMethodException", "TimeZone.getAvailableIDs() takes no arguments here");
      return Intl.supportedValuesOf("timeZone");
    },
  },
});
