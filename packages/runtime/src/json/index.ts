/**
 * The `groovy.json` classes rules use: JsonOutput (toJson, prettyPrint),
 * JsonSlurper (parseText) and JsonBuilder with plain content. Importing this
 * module registers them.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { defineExceptionClass } from "../exceptions.ts";
import { defineClass } from "../registry.ts";
import { GClosure, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { expectArgs, javaTypeName } from "../gdk/collections/support.ts";
import { toJsonText } from "./output.ts";
import { parseJsonText } from "./parse.ts";
import { prettyPrintJson } from "./pretty.ts";

export { MAX_JSON_DEPTH, jsonDateText, quoteJson, toJsonText, type JsonOptions } from "./output.ts";
export { jsonNumber, parseJsonText } from "./parse.ts";
export { prettyPrintJson } from "./pretty.ts";

function textArg(self: string, method: string, args: Value[]): string {
  const text = args[0];
  if (typeof text === "string") return text;
  if (text === null) throw new RuleException("IllegalArgumentException", `${self}.${method}() needs JSON text, got null`);
  throw new RuleException("MissingMethodException", `No signature of method: ${self}.${method}() is applicable for argument types: (${javaTypeName(text!)})`);
}

/** `new JsonSlurper()`: parses JSON text into maps, lists, strings, numbers, booleans and null. */
export class JsonSlurper extends RuntimeObject {
  readonly className = "groovy.json.JsonSlurper";

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (name !== "parseText") return NOT_FOUND;
    expectArgs(this, name, args, 1);
    return parseJsonText(textArg("JsonSlurper", "parseText", args), ctx);
  }
}

/** `new JsonBuilder(content)`: holds a value and prints it as JSON. The closure DSL is not supported. */
export class JsonBuilder extends RuntimeObject {
  readonly className = "groovy.json.JsonBuilder";

  constructor(private content: Value) {
    super();
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    return name === "content" ? this.content : NOT_FOUND;
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "toString":
        expectArgs(this, name, args, 0);
        return toJsonText(this.content, { maxLength: ctx.limits.maxStringLength });
      case "toPrettyString":
        expectArgs(this, name, args, 0);
        return prettyPrintJson(toJsonText(this.content, { maxLength: ctx.limits.maxStringLength }), ctx);
      case "getContent":
        expectArgs(this, name, args, 0);
        return this.content;
      case "call":
        expectArgs(this, name, args, 1);
        if (args[0] instanceof GClosure) {
          throw new RuleException("UnsupportedOperationException", "JsonBuilder closures are not supported; build a map or list and pass it to new JsonBuilder(value)");
        }
        this.content = args[0]!;
        return this.content;
      default:
        return NOT_FOUND;
    }
  }

  override toString(): string {
    return toJsonText(this.content);
  }
}

defineClass("groovy.json.JsonOutput", {
  statics: {
    toJson: (ctx, args) => {
      if (args.length !== 1) {
        throw new RuleException("MissingMethodException", `JsonOutput.toJson() takes one value, got ${args.length} arguments`);
      }
      return toJsonText(args[0]!, { maxLength: ctx.limits.maxStringLength });
    },
    prettyPrint: (ctx, args) => {
      expectArgs(null, "prettyPrint", args, 1);
      return prettyPrintJson(textArg("JsonOutput", "prettyPrint", args), ctx);
    },
  },
});

defineClass("groovy.json.JsonSlurper", {
  construct: (_ctx, args) => {
    if (args.length > 0) {
      throw new RuleException("GroovyRuntimeException", "new JsonSlurper() takes no arguments");
    }
    return new JsonSlurper();
  },
});

defineClass("groovy.json.JsonBuilder", {
  construct: (_ctx, args) => {
    if (args.length > 1) {
      throw new RuleException("GroovyRuntimeException", "new JsonBuilder() takes at most one value");
    }
    return new JsonBuilder(args.length === 1 ? args[0]! : null);
  },
});

defineExceptionClass("groovy.json.JsonException", "RuntimeException");
