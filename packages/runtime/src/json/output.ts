/**
 * JSON text from runtime values, as `groovy.json.JsonOutput.toJson` writes
 * it: compact, non-ASCII characters escaped as `\u00e9`, numbers in Java's
 * notation (`1.0E10`, BigDecimal `1.50`), dates as
 * `yyyy-MM-dd'T'HH:mm:ssZ` in GMT. Groovy 2.4 and Groovy 4 agree on all of these.
 */

import { LimitError, RuleException } from "../errors.ts";
import { mapOriginalKey } from "../map.ts";
import { toGroovyString } from "../ops.ts";
import {
  GBigDecimal,
  GBigInteger,
  GClass,
  GClosure,
  GDate,
  GDouble,
  GFloat,
  GLong,
  GMap,
  GRange,
  RuntimeObject,
  type Value,
} from "../values.ts";
import { MapEntry } from "../gdk/collections/map-entry.ts";
import { iterateRange } from "../gdk/ranges.ts";
import { CalendarValue } from "../dates/calendar-class.ts";

/** Deepest nesting of lists and maps that JSON output and parsing accept. */
export const MAX_JSON_DEPTH = 1000;

export interface JsonOptions {
  /** Write dates as epoch milliseconds instead of Groovy's date string. */
  datesAsEpochMillis?: boolean;
  /** Maximum length of the text in UTF-16 code units. Longer output raises a LimitError. */
  maxLength?: number;
}

/** Objects that serialize as a map of their fields (the issue and replica models). */
interface JsonFields {
  jsonFields(): GMap;
}

function hasJsonFields(value: RuntimeObject): value is RuntimeObject & JsonFields {
  return typeof (value as Partial<JsonFields>).jsonFields === "function";
}

export function jsonError(message: string): RuleException {
  return new RuleException("JsonException", message);
}

/** Appends `text` as a JSON string literal with Groovy's escapes. */
export function quoteJson(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += "\\\\";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x08) out += "\\b";
    else if (c === 0x0c) out += "\\f";
    else if (c < 0x20 || c > 0x7e) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += text[i];
  }
  return out + '"';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `yyyy-MM-dd'T'HH:mm:ssZ` in GMT, the date format of JsonOutput. */
export function jsonDateText(time: number): string {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  const yearText = year < 0 ? "-" + pad(-year, 4) : pad(year, 4);
  return `${yearText}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+0000`;
}

function numberText(value: GDouble | GFloat): string {
  const n = value.value;
  if (Number.isNaN(n)) throw jsonError("Number NaN can't be serialized as JSON: NaN are not allowed in JSON.");
  if (!Number.isFinite(n)) {
    throw jsonError(`Number ${n > 0 ? "Infinity" : "-Infinity"} can't be serialized as JSON: infinite are not allowed in JSON.`);
  }
  // Groovy writes negative zero as 0.0.
  if (Object.is(n, -0)) return "0.0";
  return toGroovyString(value);
}

/** Collects output text and stops once it passes the length limit, so shared sublists cannot blow up memory. */
class OutputParts {
  private readonly chunks: string[] = [];
  private length = 0;

  constructor(private readonly maxLength: number) {}

  push(...texts: string[]): void {
    for (const text of texts) {
      this.length += text.length;
      if (this.length > this.maxLength) {
        throw new LimitError("size", `the JSON text is longer than the limit of ${this.maxLength} characters`);
      }
      this.chunks.push(text);
    }
  }

  join(): string {
    return this.chunks.join("");
  }
}

class JsonWriter {
  private readonly parts: OutputParts;
  private readonly open = new Set<object>();

  constructor(private readonly options: JsonOptions) {
    this.parts = new OutputParts(options.maxLength ?? Number.POSITIVE_INFINITY);
  }

  text(): string {
    return this.parts.join();
  }

  write(value: Value, depth: number): void {
    if (value === null) this.parts.push("null");
    else if (typeof value === "boolean") this.parts.push(String(value));
    else if (typeof value === "number") this.parts.push(String(value));
    else if (typeof value === "string") this.parts.push(quoteJson(value));
    else if (value instanceof GLong || value instanceof GBigInteger) this.parts.push(String(value.value));
    else if (value instanceof GBigDecimal) this.parts.push(toGroovyString(value));
    else if (value instanceof GDouble || value instanceof GFloat) this.parts.push(numberText(value));
    else if (value instanceof GDate) this.writeDate(value.time);
    else if (value instanceof CalendarValue) this.writeDate(value.time); else if (value instanceof GClass) this.parts.push(quoteJson(value.qualifiedName));
    else if (value instanceof GClosure) this.parts.push("{}");
    else if (value instanceof GRange) this.writeList([...iterateRange(value)], depth);
    else this.writeContainer(value, depth);
  }

  /** Groovy writes a Date or a Calendar as a GMT date string. */
  private writeDate(time: number): void {
    this.parts.push(this.options.datesAsEpochMillis ? String(time) : quoteJson(jsonDateText(time)));
  }

  private writeContainer(value: Value[] | GMap | RuntimeObject, depth: number): void {
    if (depth >= MAX_JSON_DEPTH) {
      throw jsonError(`the value is nested more than ${MAX_JSON_DEPTH} levels deep, too deep to write as JSON`);
    }
    if (this.open.has(value)) {
      throw jsonError("the value contains itself, so it cannot be written as JSON");
    }
    this.open.add(value);
    try {
      if (Array.isArray(value)) this.writeList(value, depth);
      else if (value instanceof GMap) this.writeMap(value, depth);
      else if (value instanceof MapEntry) {
        // Groovy 2.4 writes an entry as a bean with its properties in this order.
        this.parts.push('{"value":');
        this.write(value.value, depth + 1);
        this.parts.push(',"key":');
        this.write(value.key, depth + 1);
        this.parts.push("}");
      } else if (hasJsonFields(value)) this.writeMap(value.jsonFields(), depth);
      else this.parts.push(quoteJson(value.toString()));
    } finally {
      this.open.delete(value);
    }
  }

  private writeList(items: Value[], depth: number): void {
    this.parts.push("[");
    items.forEach((item, i) => {
      if (i > 0) this.parts.push(",");
      this.write(item, depth + 1);
    });
    this.parts.push("]");
  }

  private writeMap(map: GMap, depth: number): void {
    this.parts.push("{");
    let first = true;
    for (const [canonical, item] of map) {
      const key = mapOriginalKey(map, canonical);
      if (key === null) {
        throw new RuleException("IllegalArgumentException", "Maps with null keys can't be converted to JSON");
      }
      if (!first) this.parts.push(",");
      first = false;
      this.parts.push(quoteJson(typeof key === "string" ? key : toGroovyString(key)), ":");
      this.write(item, depth + 1);
    }
    this.parts.push("}");
  }
}

/**
 * Serializes a value as compact JSON. With `datesAsEpochMillis`, dates are
 * written as numbers (the form sync states use) instead of Groovy's date string.
 */
export function toJsonText(value: Value, options: JsonOptions = {}): string {
  const writer = new JsonWriter(options);
  writer.write(value, 0);
  return writer.text();
}
