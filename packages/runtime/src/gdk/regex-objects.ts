/**
 * `java.util.regex.Pattern` and `Matcher` as rule values: what `~/re/`,
 * `str =~ re` and `Pattern.compile` return, with the Groovy additions
 * (`matcher[0]`, `matcher[0][1]`, Groovy truth, iteration over matches).
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { expectArity, missingMethod, missingMethodOn } from "../exceptions.ts";
import { toGroovyString } from "../ops.ts";
import { defineClass } from "../registry.ts";
import { GClosure, GLong, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { PATTERN_FLAGS } from "./regex-syntax.ts";
import { markJavaArray } from "../dispatch/types.ts";
import { allMatches, compileRegex, expandReplacement, replaceMatches, splitByRegex, type CompiledRegex, type RegexMatch } from "./regex.ts";

/** A compiled pattern. It keeps only its source and flags and fetches the compiled form from the cache on use. */
export class PatternObject extends RuntimeObject {
  readonly className = "java.util.regex.Pattern";

  constructor(
    readonly source: string,
    readonly flags = 0,
  ) {
    super();
    compileRegex(source, flags);
  }

  get regex(): CompiledRegex {
    return compileRegex(this.source, this.flags);
  }

  override getProperty(_ctx: ExecutionContext, _name: string): Value | typeof NOT_FOUND {
    return NOT_FOUND;
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "pattern":
      case "toString":
        expectArity(this, name, args, 0);
        return this.source;
      case "flags":
        expectArity(this, name, args, 0);
        return this.flags;
      case "matcher":
        expectArity(this, name, args, 1);
        return new MatcherObject(this.regex, textArgument(this, name, args));
      case "split": {
        expectArity(this, name, args, 1, 2);
        const limit = args.length === 2 ? integerArgument(this, name, args, 1) : 0;
        return markJavaArray(splitByRegex(ctx, this.regex, textArgument(this, name, args), limit), "java.lang.String");
      }
      case "isCase":
        expectArity(this, name, args, 1);
        return args[0] !== null && this.regex.matchEntire(toGroovyString(args[0]!)) !== null;
      default:
        return NOT_FOUND;
    }
  }

  override toString(): string {
    return this.source;
  }
}

function textArgument(self: Value, name: string, args: Value[]): string {
  const value = args[0];
  if (typeof value !== "string") throw missingMethod(self, name, args);
  return value;
}

function integerArgument(self: Value, name: string, args: Value[], index: number): number {
  const value = args[index];
  if (typeof value !== "number") throw missingMethod(self, name, args);
  return value;
}

/** Compiles the right side of `=~`, `==~` or a regex argument: a Pattern, or any value's string form. */
export function regexOf(value: Value): CompiledRegex {
  if (value instanceof PatternObject) return value.regex;
  if (value === null) throw new RuleException("NullPointerException", "Cannot use null as a regular expression");
  return compileRegex(toGroovyString(value));
}

/** Returns Groovy's view of one match: the matched text, or the list of all groups when the pattern has groups. */
export function matchValue(regex: CompiledRegex, match: RegexMatch): Value {
  return regex.groupCount > 0 ? [...match.groups] : match.groups[0]!;
}

/** A `java.util.regex.Matcher` over one input, with Java's find/group state machine. */
export class MatcherObject extends RuntimeObject {
  readonly className = "java.util.regex.Matcher";
  private current: RegexMatch | null = null;
  /** Start offset of the next `find()`, or -1 once a search has failed. */
  private next = 0;

  constructor(
    readonly regex: CompiledRegex,
    readonly input: string,
  ) {
    super();
  }

  /** Groovy truth: whether the pattern occurs anywhere in the input (`find(0)`). */
  groovyTruth(): boolean {
    return this.findFrom(0);
  }

  /** Collects every match from the start, as Groovy iterates a matcher. */
  values(ctx: ExecutionContext): Value[] {
    this.reset();
    const values: Value[] = [];
    for (const match of allMatches(ctx, this.regex, this.input)) {
      values.push(matchValue(this.regex, match));
      ctx.checkCollection(values.length);
    }
    return values;
  }

  private reset(): void {
    this.current = null;
    this.next = 0;
  }

  private findFrom(from: number): boolean {
    this.current = from <= this.input.length ? this.regex.find(this.input, from) : null;
    if (this.current === null) {
      this.next = -1;
      return false;
    }
    const { start, end } = this.current;
    this.next = end > start ? end : end + 1;
    return true;
  }

  private requireMatch(): RegexMatch {
    if (this.current === null) throw new RuleException("IllegalStateException", "No match found");
    return this.current;
  }

  private group(args: Value[]): Value {
    const match = this.requireMatch();
    const which = args[0] ?? 0;
    let index: number | undefined;
    if (typeof which === "number") index = which;
    else if (typeof which === "string") {
      index = this.regex.groupNames.get(which);
      if (index === undefined) throw new RuleException("IllegalArgumentException", `No group with name <${which}>`);
    } else throw missingMethod(this, "group", args);
    if (index < 0 || index > this.regex.groupCount) throw new RuleException("IndexOutOfBoundsException", `No group ${index}`);
    return match.groups[index] ?? null;
  }

  /** Groovy's `matcher[index]`: the index-th match (negative counts from the end). */
  private getAt(ctx: ExecutionContext, args: Value[]): Value {
    const index = args[0];
    if (typeof index !== "number") throw missingMethod(this, "getAt", args);
    const values = this.values(ctx);
    const count = values.length;
    if (index < -count || index >= count) {
      throw new RuleException("IndexOutOfBoundsException", `index is out of range ${-count}..${count - 1} (index = ${index})`);
    }
    return values[index < 0 ? index + count : index]!;
  }

  override getProperty(ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "count") return this.values(ctx).length;
    return NOT_FOUND;
  }

  override invokeMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "find":
        expectArity(this, name, args, 0, 1);
        if (args.length === 1) {
          const start = integerArgument(this, name, args, 0);
          if (start < 0 || start > this.input.length) throw new RuleException("IndexOutOfBoundsException", "Illegal start index");
          this.reset();
          return this.findFrom(start);
        }
        return this.next >= 0 && this.findFrom(this.next);
      case "matches":
        expectArity(this, name, args, 0);
        this.current = this.regex.matchEntire(this.input);
        this.next = this.current === null ? -1 : this.current.end;
        return this.current !== null;
      case "lookingAt":
        expectArity(this, name, args, 0);
        this.current = this.regex.matchStart(this.input);
        this.next = this.current === null ? -1 : this.current.end;
        return this.current !== null;
      case "group":
        expectArity(this, name, args, 0, 1);
        return this.group(args);
      case "groupCount":
        expectArity(this, name, args, 0);
        return this.regex.groupCount;
      case "hasGroup":
        expectArity(this, name, args, 0);
        return this.regex.groupCount > 0;
      case "start":
      case "end":
        return this.offset(name, args);
      case "reset":
        expectArity(this, name, args, 0);
        this.reset();
        return this;
      case "replaceAll":
      case "replaceFirst":
        return this.replace(ctx, name, args);
      case "getCount":
        expectArity(this, name, args, 0);
        return this.values(ctx).length;
      case "size":
        expectArity(this, name, args, 0);
        return new GLong(BigInt(this.values(ctx).length));
      case "getAt":
        expectArity(this, name, args, 1);
        return this.getAt(ctx, args);
      case "asBoolean":
        expectArity(this, name, args, 0);
        return this.groovyTruth();
      case "toString":
        expectArity(this, name, args, 0);
        return this.toString();
      default:
        return NOT_FOUND;
    }
  }

  private offset(name: "start" | "end", args: Value[]): Value {
    expectArity(this, name, args, 0, 1);
    const match = this.requireMatch();
    if (args.length === 1 && args[0] !== 0) {
      // NOTE: RE2 through re2-wasm reports group texts but not group offsets.
      throw new RuleException("UnsupportedOperationException", `${name}(group) is not supported for groups other than 0; use group(n) to read a group's text`);
    }
    return name === "start" ? match.start : match.end;
  }

  private replace(ctx: ExecutionContext, name: "replaceAll" | "replaceFirst", args: Value[]): Value {
    expectArity(this, name, args, 1);
    const replacement = args[0]!;
    this.reset();
    if (typeof replacement === "string") {
      return replaceMatches(ctx, this.regex, this.input, (m) => expandReplacement(this.regex, replacement, m), name === "replaceFirst");
    }
    if (replacement instanceof GClosure) throw missingMethod(this, name, args, "Use String.replaceAll(pattern, closure) to compute replacements with a closure.");
    throw missingMethod(this, name, args);
  }

  override toString(): string {
    const last = this.current === null ? "" : this.current.groups[0];
    return `java.util.regex.Matcher[pattern=${this.regex.source} region=0,${this.input.length} lastmatch=${last}]`;
  }
}

/** Java's `Pattern.quote`: `\Q...\E`, with any `\E` inside the text split out. */
export function quotePattern(text: string): string {
  if (!text.includes("\\E")) return `\\Q${text}\\E`;
  return "\\Q" + text.split("\\E").join("\\E\\\\E\\Q") + "\\E";
}

defineClass("java.util.regex.Pattern", {
  statics: {
    compile: (_ctx, args) => {
      const [source, flags = 0] = args;
      if (typeof source !== "string" || typeof flags !== "number" || args.length > 2) {
        throw missingMethodOn("static java.util.regex.Pattern", "compile", args);
      }
      return new PatternObject(source, flags);
    },
    matches: (_ctx, args) => {
      const [source, input] = args;
      if (args.length !== 2 || typeof source !== "string" || typeof input !== "string") {
        throw missingMethodOn("static java.util.regex.Pattern", "matches", args);
      }
      return compileRegex(source).matchEntire(input) !== null;
    },
    quote: (_ctx, args) => {
      if (args.length !== 1 || typeof args[0] !== "string") throw missingMethodOn("static java.util.regex.Pattern", "quote", args);
      return quotePattern(args[0]);
    },
  },
  staticProperties: Object.fromEntries(Object.entries(PATTERN_FLAGS).map(([name, bit]) => [name, () => bit])),
});

defineClass("java.util.regex.Matcher", {
  statics: {
    quoteReplacement: (_ctx, args) => {
      if (args.length !== 1 || typeof args[0] !== "string") throw missingMethodOn("static java.util.regex.Matcher", "quoteReplacement", args);
      return args[0].replace(/[\\$]/g, "\\$&");
    },
  },
});
