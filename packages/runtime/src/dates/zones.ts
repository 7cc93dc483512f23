/**
 * Time zones: resolving Java zone IDs, the UTC offset of a zone at an
 * instant (from the host's Intl time zone data), converting local wall times
 * to instants across DST changes, and Java's zone names.
 *
 * A zone is either an IANA region (`America/New_York`, also Java's legacy
 * IDs such as `IST` and `EST` that Intl knows) or a fixed offset
 * (`GMT+05:30`, `+02:00`, `UTC`).
 */

import { RuleException } from "../errors.ts";
import { javaShortZoneName } from "./zone-names.ts";

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** A resolved zone: `id` is the name Java reports; `fixed` is the offset in ms for fixed-offset zones. */
export interface Zone {
  readonly id: string;
  readonly fixed?: number;
}

export const UTC_ZONE: Zone = { id: "UTC", fixed: 0 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(id: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(id);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: id,
        hourCycle: "h23",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      return undefined;
    }
    formatters.set(id, formatter);
  }
  return formatter;
}

/** Parses `+05:30`, `-5`, `+0530`, `+05` into milliseconds, or undefined. */
export function parseOffset(text: string): number | undefined {
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(text);
  if (match === null) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  const seconds = Number(match[4] ?? "0");
  if (hours > 18 || minutes > 59 || seconds > 59) return undefined;
  const total = (hours * 3600 + minutes * 60 + seconds) * 1000;
  return match[1] === "-" ? -total : total;
}

/** `+05:30` style text of an offset (`Z` is not used here). */
export function offsetText(offsetMs: number, withColon = true): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.abs(Math.round(offsetMs / 1000));
  const hours = String(Math.floor(total / 3600)).padStart(2, "0");
  const minutes = String(Math.floor((total % 3600) / 60)).padStart(2, "0");
  const seconds = total % 60;
  const base = withColon ? `${sign}${hours}:${minutes}` : `${sign}${hours}${minutes}`;
  return seconds === 0 ? base : `${base}${withColon ? ":" : ""}${String(seconds).padStart(2, "0")}`;
}

/**
 * Resolves a zone ID the way `java.time.ZoneId.of` does; returns undefined
 * for an unknown ID. Accepts region IDs, `Z`, `UTC`, `GMT`, and offsets with
 * or without a `UTC`/`GMT`/`UT` prefix.
 */
export function findZone(id: string): Zone | undefined {
  if (id === "Z") return { id: "Z", fixed: 0 };
  if (id === "UTC" || id === "GMT" || id === "UT") return { id, fixed: 0 };
  const prefixed = /^(UTC|GMT|UT)([+-].*)$/.exec(id);
  const offsetPart = prefixed !== null ? prefixed[2]! : /^[+-]/.test(id) ? id : undefined;
  if (offsetPart !== undefined) {
    const offset = parseOffset(offsetPart);
    if (offset === undefined) return undefined;
    const text = offset === 0 && prefixed === null ? "Z" : offsetText(offset);
    return { id: prefixed !== null ? prefixed[1]! + text : text, fixed: offset };
  }
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(id)) return undefined;
  const formatter = formatterFor(id);
  if (formatter === undefined) return undefined;
  return { id };
}

/** `ZoneId.of(id)`: raises like Java for an unknown ID. */
export function zoneOf(id: string): Zone {
  const zone = findZone(id);
  if (zone === undefined) {
    throw new RuleException("ZoneRulesException", `Unknown time-zone ID: ${id}`);
  }
  return zone;
}

/**
 * `TimeZone.getTimeZone(id)`: an unknown ID silently becomes GMT, as in Java.
 * Offsets are written `GMT+05:30` like Java's custom zone IDs.
 */
export function legacyTimeZone(id: string): Zone {
  const custom = /^GMT([+-]\d{1,2}(?::?\d{2})?)$/.exec(id);
  if (custom !== null) {
    const offset = parseOffset(custom[1]!);
    if (offset === undefined) return { id: "GMT", fixed: 0 };
    return { id: "GMT" + offsetText(offset), fixed: offset };
  }
  if (/^[+-]/.test(id) || id.startsWith("UTC+") || id.startsWith("UTC-")) return { id: "GMT", fixed: 0 };
  return findZone(id) ?? { id: "GMT", fixed: 0 };
}

/** UTC offset in milliseconds of `zone` at the instant `epochMs`. */
export function offsetAt(zone: Zone, epochMs: number): number {
  if (zone.fixed !== undefined) return zone.fixed;
  const formatter = formatterFor(zone.id)!;
  const seconds = Math.floor(epochMs / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of formatter.formatToParts(new Date(seconds))) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
    else if (part.type === "hour") hour = Number(part.value);
    else if (part.type === "minute") minute = Number(part.value);
    else if (part.type === "second") second = Number(part.value);
    else if (part.type === "era") bc = part.value.startsWith("B");
  }
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - seconds;
}

/**
 * The instant of a local wall time in `zone` (both in ms; the wall time is
 * written as if it were UTC). In a DST gap the time moves forward by the
 * gap, as in Java. In an overlap, `overlap` picks the earlier instant
 * (java.time) or the later one (SimpleDateFormat and Calendar).
 */
export function wallToEpoch(zone: Zone, wallMs: number, overlap: "earlier" | "later" = "earlier"): number {
  if (zone.fixed !== undefined) return wallMs - zone.fixed;
  const before = offsetAt(zone, wallMs - MS_PER_DAY);
  const after = offsetAt(zone, wallMs + MS_PER_DAY);
  if (before === after) {
    const offset = offsetAt(zone, wallMs - before);
    if (offset === before) return wallMs - before;
    // A short-lived change inside the two days: settle on a consistent offset.
    return wallMs - offsetAt(zone, wallMs - offset);
  }
  const beforeValid = offsetAt(zone, wallMs - before) === before;
  const afterValid = offsetAt(zone, wallMs - after) === after;
  if (beforeValid && afterValid) {
    const earlier = Math.min(wallMs - before, wallMs - after);
    const later = Math.max(wallMs - before, wallMs - after);
    return overlap === "earlier" ? earlier : later;
  }
  if (beforeValid) return wallMs - before;
  if (afterValid) return wallMs - after;
  // In the gap: keep the offset from before the transition, which moves the time forward.
  return wallMs - before;
}

/** True when `zone` observes daylight saving time at `epochMs`. */
export function inDaylightTime(zone: Zone, epochMs: number): boolean {
  if (zone.fixed !== undefined) return false;
  const year = new Date(epochMs).getUTCFullYear();
  const january = offsetAt(zone, Date.UTC(year, 0, 1));
  const july = offsetAt(zone, Date.UTC(year, 6, 1));
  return offsetAt(zone, epochMs) > Math.min(january, july);
}

/** Java's short zone name at an instant: `UTC`, `EST`/`EDT`, `IST`, or `GMT+05:30` when Java has none. */
export function shortZoneName(zone: Zone, epochMs: number): string {
  if (zone.fixed !== undefined) {
    if (zone.id === "UTC" || zone.id === "GMT" || zone.id === "Z") return zone.id === "Z" ? "Z" : zone.id;
    return zone.fixed === 0 ? "GMT" : "GMT" + offsetText(zone.fixed);
  }
  const name = javaShortZoneName(zone.id, inDaylightTime(zone, epochMs));
  if (name !== undefined) return name;
  const offset = offsetAt(zone, epochMs);
  return offset === 0 ? "GMT" : "GMT" + offsetText(offset);
}

/** The long zone name (`Eastern Standard Time`), from Intl's English names. */
export function longZoneName(zone: Zone, epochMs: number): string {
  if (zone.fixed !== undefined) {
    if (zone.fixed === 0) return zone.id === "UTC" ? "Coordinated Universal Time" : "Greenwich Mean Time";
    return "GMT" + offsetText(zone.fixed);
  }
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone.id, timeZoneName: "long" }).formatToParts(new Date(epochMs));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone.id;
}

export { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE };
