/**
 * `java.text.SimpleDateFormat` for rules: `new SimpleDateFormat(pattern)`,
 * `format(date)`, `parse(text)`, `setTimeZone(zone)`, `setLenient(flag)`.
 * A new format uses the run's time zone until `setTimeZone` changes it.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { defineClass } from "../registry.ts";
import { GDate, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { expectArgs, noSignature, toJsNumber } from "../gdk/collections/support.ts";
import { compilePattern, formatWithPattern, type PatternToken } from "./simple-format.ts";
import { parseWithPattern } from "./simple-parse.ts";
import { asZone, contextZone, TimeZoneValue } from "./time-zone.ts";
import type { Zone } from "./zones.ts";

export class SimpleDateFormatValue extends RuntimeObject {
  readonly className = "java.text.SimpleDateFormat";
  private tokens: PatternToken[];
  private lenient = true;

  constructor(
    private pattern: string,
    private zone: Zone,
  ) {
    super();
    this.tokens = compilePattern(pattern);
  }

  format(value: Value): string {
    if (value instanceof GDate) return formatWithPattern(this.tokens, value.time, this.zone);
    const epoch = toJsNumber(value);
    if (epoch !== undefined && Number.isInteger(epoch)) return formatWithPattern(this.tokens, epoch, this.zone);
    throw new RuleException("IllegalArgumentException", `Cannot format given Object as a Date: ${value === null ? "null" : String(value)}`);
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "timeZone") return new TimeZoneValue(this.zone);
    if (name === "lenient") return this.lenient;
    return NOT_FOUND;
  }

  override setProperty(_ctx: ExecutionContext, name: string, value: Value): boolean {
    if (name === "timeZone") {
      this.setZone(value);
      return true;
    }
    if (name === "lenient" && typeof value === "boolean") {
      this.lenient = value;
      return true;
    }
    return false;
  }

  private setZone(value: Value): void {
    const zone = asZone(value);
    if (zone === undefined) {
      throw new RuleException("IllegalArgumentException", `setTimeZone() needs a TimeZone such as TimeZone.getTimeZone("UTC"), got ${value === null ? "null" : String(value)}`);
    }
    this.zone = zone;
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "format":
        expectArgs(this, name, args, 1);
        return this.format(args[0]!);
      case "parse": {
        expectArgs(this, name, args, 1);
        const text = args[0];
        if (text === null) throw new RuleException("NullPointerException", "SimpleDateFormat.parse() was given null instead of a text");
        if (typeof text !== "string") return noSignature(this, name, args);
        return new GDate(parseWithPattern(this.tokens, text, this.zone, ctx.clock(), this.lenient));
      }
      case "setTimeZone":
        expectArgs(this, name, args, 1);
        this.setZone(args[0]!);
        return null;
      case "getTimeZone":
        expectArgs(this, name, args, 0);
        return new TimeZoneValue(this.zone);
      case "setLenient":
        expectArgs(this, name, args, 1);
        if (typeof args[0] !== "boolean") noSignature(this, name, args);
        this.lenient = args[0];
        return null;
      case "isLenient":
        expectArgs(this, name, args, 0);
        return this.lenient;
      case "toPattern":
        expectArgs(this, name, args, 0);
        return this.pattern;
      case "applyPattern":
        expectArgs(this, name, args, 1);
        if (typeof args[0] !== "string") noSignature(this, name, args);
        this.tokens = compilePattern(args[0]);
        this.pattern = args[0];
        return null;
      default:
        return NOT_FOUND;
    }
  }

  override isInstanceOf(name: string): boolean {
    return name === "SimpleDateFormat" || name === "DateFormat" || name === "java.text.DateFormat" || super.isInstanceOf(name);
  }
}

defineClass("java.text.SimpleDateFormat", {
  supertypes: ["DateFormat", "Format"],
  construct: (ctx, args) => {
    // A Locale second argument is accepted; formatting always uses US English names.
    if (args.length < 1 || args.length > 2 || typeof args[0] !== "string") {
      throw new RuleException(
        "GroovyRuntimeException",
        "Could not find matching constructor for SimpleDateFormat: pass a pattern such as new SimpleDateFormat(\"yyyy-MM-dd\")",
      );
    }
    return new SimpleDateFormatValue(args[0], contextZone(ctx));
  },
});
