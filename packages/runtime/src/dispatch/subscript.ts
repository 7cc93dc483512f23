/**
 * The subscript operator: `obj[index]` and `obj[index] = value`. Maps use the
 * index as key, strings select characters, a string index on other values is
 * a property name, and lists, ranges and runtime objects use their `getAt` /
 * `putAt` methods.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { missingMethod, nullMethodError } from "../exceptions.ts";
import { stringGetRange } from "../gdk/ranges.ts";
import { mapGet, mapPut } from "../map.ts";
import { GMap, GRange, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { callMethod } from "./calls.ts";
import { getProperty, setProperty } from "./properties.ts";

/** `text[index]` with a negative index counting from the end; raises Java's StringIndexOutOfBoundsException. */
function charAt(text: string, index: number): string {
  const position = index < 0 ? index + text.length : index;
  if (position < 0 || position >= text.length) {
    throw new RuleException("StringIndexOutOfBoundsException", `begin ${position}, end ${position + 1}, length ${text.length}`);
  }
  return text[position]!;
}

/** `text[index]` for an Integer, a range, or a list of those (concatenated). */
function stringGetAt(ctx: ExecutionContext, text: string, index: Value): Value {
  if (typeof index === "number") return charAt(text, index);
  if (index instanceof GRange) return stringGetRange(text, index);
  if (Array.isArray(index)) {
    let result = "";
    for (const part of index) {
      result += stringGetAt(ctx, text, part) as string;
      ctx.checkString(result.length);
    }
    return result;
  }
  throw missingMethod(text, "getAt", [index]);
}

/** `obj[index]`. */
export function getAt(ctx: ExecutionContext, obj: Value, index: Value): Value {
  if (obj === null) throw nullMethodError("getAt");
  if (obj instanceof GMap) return mapGet(obj, index);
  if (typeof obj === "string") return stringGetAt(ctx, obj, index);
  if (obj instanceof RuntimeObject) {
    const result = obj.invokeMethod(ctx, "getAt", [index]);
    if (result !== NOT_FOUND) return result;
  }
  if (typeof index === "string") return getProperty(ctx, obj, index);
  return callMethod(ctx, obj, "getAt", [index]);
}

/** `obj[index] = value`. */
export function putAt(ctx: ExecutionContext, obj: Value, index: Value, value: Value): void {
  if (obj === null) throw nullMethodError("putAt");
  if (obj instanceof GMap) {
    mapPut(obj, index, value);
    ctx.checkCollection(obj.size);
    return;
  }
  if (obj instanceof RuntimeObject) {
    const result = obj.invokeMethod(ctx, "putAt", [index, value]);
    if (result !== NOT_FOUND) return;
  }
  if (typeof index === "string" && typeof obj !== "string") {
    setProperty(ctx, obj, index, value);
    return;
  }
  callMethod(ctx, obj, "putAt", [index, value]);
}
