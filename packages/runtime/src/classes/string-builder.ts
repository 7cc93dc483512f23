/**
 * `java.lang.StringBuilder` and `StringBuffer` as rule values: a mutable text
 * whose growth counts against the string size limit. `"a" << "b"` builds a
 * StringBuffer, as in Groovy; like in Java it is not `==` to a String.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { expectArity, missingMethod } from "../exceptions.ts";
import { toGroovyString, toGroovyStringIn } from "../ops.ts";
import { defineClass } from "../registry.ts";
import { javaClassName } from "../dispatch/types.ts";
import { NOT_FOUND, RuntimeObject, type Value } from "../values.ts";

export type BuilderKind = "StringBuilder" | "StringBuffer";

function indexError(message: string): never {
  throw new RuleException("StringIndexOutOfBoundsException", message);
}

function intArgument(self: Value, name: string, args: Value[], index: number): number {
  const value = args[index];
  if (typeof value !== "number") throw missingMethod(self, name, args);
  return value;
}

export class StringBuilderObject extends RuntimeObject {
  readonly className: string;
  private text: string;

  constructor(kind: BuilderKind, initial = "") {
    super();
    this.className = `java.lang.${kind}`;
    this.text = initial;
  }

  /** Appends text, enforcing the string size limit. */
  append(ctx: ExecutionContext, text: string): void {
    ctx.checkString(this.text.length + text.length);
    this.text += text;
  }

  /** Groovy truth of a CharSequence: non-empty. */
  groovyTruth(): boolean {
    return this.text.length > 0;
  }

  override toString(): string {
    return this.text;
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "empty") return this.text.length === 0;
    return NOT_FOUND;
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "append":
      case "leftShift":
        expectArity(this, name, args, 1);
        this.append(ctx, toGroovyStringIn(ctx, args[0]!));
        return this;
      case "insert": {
        expectArity(this, name, args, 2);
        const offset = intArgument(this, name, args, 0);
        if (offset < 0 || offset > this.text.length) indexError(`offset ${offset}, length ${this.text.length}`);
        const inserted = toGroovyStringIn(ctx, args[1]!);
        ctx.checkString(this.text.length + inserted.length);
        this.text = this.text.slice(0, offset) + inserted + this.text.slice(offset);
        return this;
      }
      case "reverse":
        expectArity(this, name, args, 0);
        this.text = Array.from(this.text).reverse().join("");
        return this;
      case "setLength": {
        expectArity(this, name, args, 1);
        const length = intArgument(this, name, args, 0);
        if (length < 0) indexError(`String index out of range: ${length}`);
        ctx.checkString(length);
        this.text = length <= this.text.length ? this.text.slice(0, length) : this.text.padEnd(length, "\u0000");
        return null;
      }
      case "length":
      case "size":
        expectArity(this, name, args, 0);
        return this.text.length;
      case "isEmpty":
        expectArity(this, name, args, 0);
        return this.text.length === 0;
      case "toString":
        expectArity(this, name, args, 0);
        return this.text;
      case "plus":
        expectArity(this, name, args, 1);
        const suffix = toGroovyStringIn(ctx, args[0]!);
        ctx.checkString(this.text.length + suffix.length);
        return this.text + suffix;
      case "charAt": {
        expectArity(this, name, args, 1);
        const index = intArgument(this, name, args, 0);
        if (index < 0 || index >= this.text.length) indexError(`index ${index},length ${this.text.length}`);
        return this.text[index]!;
      }
      case "setCharAt": {
        expectArity(this, name, args, 2);
        const index = intArgument(this, name, args, 0);
        const char = args[1];
        if (typeof char !== "string" || char.length !== 1) throw missingMethod(this, name, args);
        if (index < 0 || index >= this.text.length) indexError(`index ${index},length ${this.text.length}`);
        this.text = this.text.slice(0, index) + char + this.text.slice(index + 1);
        return null;
      }
      case "deleteCharAt": {
        expectArity(this, name, args, 1);
        const index = intArgument(this, name, args, 0);
        if (index < 0 || index >= this.text.length) indexError(`index ${index},length ${this.text.length}`);
        this.text = this.text.slice(0, index) + this.text.slice(index + 1);
        return this;
      }
      case "delete":
      case "replace":
        return this.replaceRange(ctx, name, args);
      case "indexOf":
      case "lastIndexOf": {
        expectArity(this, name, args, 1, 2);
        const needle = args[0];
        if (typeof needle !== "string") throw missingMethod(this, name, args);
        const from = args.length === 2 ? intArgument(this, name, args, 1) : undefined;
        if (name === "indexOf") return this.text.indexOf(needle, from ?? 0);
        if (from === undefined) return this.text.lastIndexOf(needle);
        return from < 0 ? -1 : this.text.lastIndexOf(needle, from);
      }
      case "substring": {
        expectArity(this, name, args, 1, 2);
        const start = intArgument(this, name, args, 0);
        const end = args.length === 2 ? intArgument(this, name, args, 1) : this.text.length;
        if (start < 0 || end > this.text.length || start > end) indexError(`start ${start}, end ${end}, length ${this.text.length}`);
        return this.text.slice(start, end);
      }
      default:
        return NOT_FOUND;
    }
  }

  /** `delete(start, end)` and `replace(start, end, text)`; `end` past the length is clamped like Java. */
  private replaceRange(ctx: ExecutionContext, name: "delete" | "replace", args: Value[]): Value {
    expectArity(this, name, args, name === "delete" ? 2 : 3);
    const start = intArgument(this, name, args, 0);
    const end = Math.min(intArgument(this, name, args, 1), this.text.length);
    if (start < 0 || start > this.text.length || start > end) indexError(`start ${start}, end ${end}, length ${this.text.length}`);
    let inserted = "";
    if (name === "replace") {
      const replacement = args[2];
      if (typeof replacement !== "string") throw missingMethod(this, name, args);
      inserted = replacement;
    }
    ctx.checkString(this.text.length - (end - start) + inserted.length);
    this.text = this.text.slice(0, start) + inserted + this.text.slice(end);
    return this;
  }
}

function construct(kind: BuilderKind) {
  return (_ctx: ExecutionContext, args: Value[]): Value => {
    if (args.length === 0) return new StringBuilderObject(kind);
    const [first] = args;
    if (args.length === 1 && typeof first === "number") {
      if (first < 0) throw new RuleException("NegativeArraySizeException", `${first}`);
      return new StringBuilderObject(kind);
    }
    if (args.length === 1 && (typeof first === "string" || first instanceof StringBuilderObject)) {
      return new StringBuilderObject(kind, toGroovyString(first));
    }
    throw new RuleException(
      "GroovyRuntimeException",
      `Could not find matching constructor for: java.lang.${kind}(${args.map(javaClassName).join(", ")}); pass nothing, a capacity or a string`,
    );
  };
}

defineClass("java.lang.StringBuilder", { supertypes: ["CharSequence", "Appendable"], construct: construct("StringBuilder") });
defineClass("java.lang.StringBuffer", { supertypes: ["CharSequence", "Appendable"], construct: construct("StringBuffer") });
