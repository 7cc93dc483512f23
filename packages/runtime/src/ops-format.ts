/**
 * Groovy's `toString()` of runtime values: `[1, 2]`, `[a:1, b:[c:2]]`, `[:]`,
 * `null`, BigDecimal `1.50`, Double `1.0E10`, `class java.lang.String`.
 */

import type { ExecutionContext } from "./context.ts";
import { mapOriginalKey } from "./map.ts";
import { isNumber, numberToString } from "./numbers/kinds.ts";
import { rangeToString } from "./gdk/ranges.ts";
import { isInterfaceName } from "./dispatch/types.ts";
import { GClass, GClosure, GDate, GMap, GRange, RuntimeObject, type Value } from "./values.ts";

const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** Renders a date in the run's time zone; the dates module installs one with {@link setDateRenderer}. */
export type DateRenderer = (ctx: ExecutionContext, date: GDate) => string;

let dateRenderer: DateRenderer | undefined;

/** Installs the time-zone-aware date rendering that {@link toGroovyStringIn} uses. */
export function setDateRenderer(renderer: DateRenderer): void {
  dateRenderer = renderer;
}

/**
 * Java's `Date.toString()` (`Thu Jan 01 00:00:00 UTC 1970`) and
 * `Timestamp.toString()` (`1970-01-01 00:00:00.0`) in UTC, for rendering
 * without an execution context.
 */
function dateToStringUtc(date: GDate): string {
  const d = new Date(date.time);
  if (Number.isNaN(d.getTime())) return "Invalid Date";
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (date.timestamp) {
    const millis = d.getUTCMilliseconds();
    const fraction = millis === 0 ? "0" : pad(millis, 3).replace(/0+$/, "");
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time}.${fraction}`;
  }
  return `${DAY_NAMES[d.getUTCDay()]} ${MONTH_NAMES[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

const closureIds = new WeakMap<GClosure, number>();
let nextClosureId = 1;

function closureToString(closure: GClosure): string {
  let id = closureIds.get(closure);
  if (id === undefined) {
    id = nextClosureId++;
    closureIds.set(closure, id);
  }
  return `${closure.name}@${id.toString(16)}`;
}

/**
 * Groovy `toString()` of any value (`[1, 2]`, `[a:1]`, `null`, `1.50`, `1.0`).
 * Dates print in UTC here; {@link toGroovyStringIn} uses the run's time zone.
 */
export function toGroovyString(value: Value): string {
  if (typeof value === "string") return value;
  return render(value, [], undefined);
}

/** Groovy `toString()` with dates in the run's time zone: what GStrings, `+` and `println` should use. */
export function toGroovyStringIn(ctx: ExecutionContext, value: Value): string {
  // A string part needs no list of open collections.
  if (typeof value === "string") return value;
  return render(value, [], ctx);
}

function render(value: Value, open: object[], ctx: ExecutionContext | undefined): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
      return value ? "true" : "false";
  }
  if (isNumber(value)) return numberToString(value);
  if (Array.isArray(value)) {
    if (open.includes(value)) return "(this Collection)";
    open.push(value);
    const parts = value.map((item) => (item === value ? "(this Collection)" : render(item, open, ctx)));
    open.pop();
    return `[${parts.join(", ")}]`;
  }
  if (value instanceof GMap) {
    if (value.size === 0) return "[:]";
    if (open.includes(value)) return "(this Map)";
    open.push(value);
    const parts: string[] = [];
    for (const [canonical, v] of value) {
      const k = mapOriginalKey(value, canonical);
      const key = k === value ? "(this Map)" : render(k, open, ctx);
      parts.push(`${key}:${v === value ? "(this Map)" : render(v, open, ctx)}`);
    }
    open.pop();
    return `[${parts.join(", ")}]`;
  }
  if (value instanceof GRange) return rangeToString(value);
  if (value instanceof GDate) return ctx !== undefined && dateRenderer !== undefined ? dateRenderer(ctx, value) : dateToStringUtc(value);
  if (value instanceof GClass) return `${isInterfaceName(value.name) ? "interface" : "class"} ${value.qualifiedName}`;
  if (value instanceof GClosure) return closureToString(value);
  if (value instanceof RuntimeObject) return value.toString();
  return String(value);
}
