/**
 * Regular expressions for rule code, on RE2 (the `re2-wasm` package) instead
 * of the JS engine: RE2 runs in time linear in the input, so no pattern a rule
 * supplies can hang the process. Java syntax is translated first (see
 * `regex-syntax.ts`); patterns with backreferences or lookaround raise
 * PatternSyntaxException naming the construct.
 *
 * Java's `$` and `\Z` outside multiline mode also match just before a line
 * terminator that ends the input, and RE2's `$` does not. For such patterns a
 * search therefore runs on the whole input and on the input without that
 * terminator and keeps the leftmost match. On a tie it keeps the whole-input
 * match, because Java's greedy backtracking prefers the longer match there.
 *
 * Each search hands the whole input to the WASM module, so walking many
 * matches through a very long string costs time proportional to matches times
 * length. The loops check the rule's time budget after every match.
 *
 * Compiled patterns are kept in a bounded LRU cache keyed by pattern and flags.
 */

import { createRequire } from "node:module";
import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { patternSyntaxError, translateJavaRegex } from "./regex-syntax.ts";

interface WrappedMatch {
  match: string;
  index: number;
  groups: (string | undefined)[];
}

interface WrappedRE2 {
  ok(): boolean;
  error(): string;
  match(input: string, start: number, getCapturingGroups: boolean): WrappedMatch;
  delete?(): void;
}

type WrappedRE2Constructor = new (pattern: string, ignoreCase: boolean, multiline: boolean, dotAll: boolean) => WrappedRE2;

// The Emscripten build instantiates its WASM module synchronously when it is required.
const require = createRequire(import.meta.url);
const { WrappedRE2: RE2 } = require("re2-wasm/build/wasm/re2.js") as { WrappedRE2: WrappedRE2Constructor };

const releaseNative = new FinalizationRegistry<WrappedRE2>((native) => native.delete?.());

/** One match: UTF-16 offsets of the whole match and the text of each group (index 0 is the whole match). */
export interface RegexMatch {
  start: number;
  end: number;
  groups: (string | null)[];
}

/** Java line terminators that `$` may stand before at the end of the input, longest first. */
const FINAL_TERMINATORS = ["\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029"];

const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * Searches that start this far into the input pass only the rest of it to
 * RE2, which halves the copying cost of walking many matches.
 */
const SLICE_THRESHOLD = 4096;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Offsets conversion for inputs with characters outside the BMP: RE2 reports
 * code-point offsets, Java and JS use UTF-16 offsets.
 */
class OffsetMap {
  private readonly utf16ByCodePoint: number[] = [];

  constructor(input: string) {
    let offset = 0;
    for (const ch of input) {
      this.utf16ByCodePoint.push(offset);
      offset += ch.length;
    }
    this.utf16ByCodePoint.push(offset);
  }

  toUtf16(codePoint: number): number {
    return this.utf16ByCodePoint[codePoint]!;
  }

  toCodePoint(utf16: number): number {
    let low = 0;
    let high = this.utf16ByCodePoint.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.utf16ByCodePoint[mid]! < utf16) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

let lastOffsets: { input: string; map: OffsetMap } | undefined;

function offsetsFor(input: string): OffsetMap | undefined {
  if (!ASTRAL.test(input)) return undefined;
  if (lastOffsets?.input !== input) lastOffsets = { input, map: new OffsetMap(input) };
  return lastOffsets.map;
}

/** A compiled Java pattern. */
export class CompiledRegex {
  readonly groupCount: number;
  readonly groupNames: ReadonlyMap<string, number>;
  private readonly endsBeforeTerminator: boolean;
  private readonly re2Source: string;
  private readonly search: WrappedRE2;
  private anchoredFull: WrappedRE2 | undefined;
  private anchoredStart: WrappedRE2 | undefined;

  constructor(
    readonly source: string,
    readonly flags: number,
  ) {
    const translated = translateJavaRegex(source, flags);
    this.groupCount = translated.groupCount;
    this.groupNames = translated.groupNames;
    this.endsBeforeTerminator = translated.endsBeforeTerminator;
    this.re2Source = translated.source;
    this.search = this.compile(translated.source);
  }

  private compile(re2Source: string): WrappedRE2 {
    const native = new RE2(re2Source, false, false, false);
    if (!native.ok()) {
      const reason = native.error();
      native.delete?.();
      throw patternSyntaxError(`Invalid regular expression (${reason})`, this.source);
    }
    releaseNative.register(this, native);
    return native;
  }

  /** Finds the first match starting at or after UTF-16 offset `from`, or returns null. */
  find(input: string, from: number): RegexMatch | null {
    if (from < SLICE_THRESHOLD) return this.findFrom(input, from);
    // Search only the rest of the input, plus one character of context for `\b` and `(?m)^`.
    // RE2's `^` and `\A` match only at the slice start, which lies before the search start.
    let context = from - 1;
    if (context > 0 && isLowSurrogate(input.charCodeAt(context))) context--;
    const match = this.findFrom(input.slice(context), from - context);
    if (match === null) return null;
    return { start: match.start + context, end: match.end + context, groups: match.groups };
  }

  private findFrom(input: string, from: number): RegexMatch | null {
    const whole = this.run(this.search, input, from);
    if (!this.endsBeforeTerminator) return whole;
    const terminator = FINAL_TERMINATORS.find((t) => input.endsWith(t));
    if (terminator === undefined) return whole;
    const trimmed = input.slice(0, input.length - terminator.length);
    if (from > trimmed.length) return whole;
    const beforeTerminator = this.run(this.search, trimmed, from);
    if (beforeTerminator === null) return whole;
    if (whole === null || beforeTerminator.start < whole.start) return beforeTerminator;
    return whole;
  }

  /** Matches the entire input (`Matcher.matches()`), or returns null. */
  matchEntire(input: string): RegexMatch | null {
    this.anchoredFull ??= this.compile(`^(?:${this.re2Source})$`);
    return this.run(this.anchoredFull, input, 0);
  }

  /** Matches at the start of the input (`Matcher.lookingAt()`), or returns null. */
  matchStart(input: string): RegexMatch | null {
    this.anchoredStart ??= this.compile(`^(?:${this.re2Source})`);
    return this.run(this.anchoredStart, input, 0);
  }

  private run(native: WrappedRE2, input: string, from: number): RegexMatch | null {
    const offsets = offsetsFor(input);
    const start = offsets === undefined ? from : offsets.toCodePoint(from);
    const result = native.match(input, start, true);
    if (result.index < 0) return null;
    const begin = offsets === undefined ? result.index : offsets.toUtf16(result.index);
    const groups: (string | null)[] = [result.match];
    for (let i = 0; i < this.groupCount; i++) groups.push(result.groups[i] ?? null);
    return { start: begin, end: begin + result.match.length, groups };
  }
}

/** Maximum number of compiled patterns kept; older ones are compiled again when used. */
const CACHE_SIZE = 256;
const cache = new Map<string, CompiledRegex>();

/** Compiles a Java pattern (cached). Raises PatternSyntaxException for invalid or unsupported syntax. */
export function compileRegex(source: string, flags = 0): CompiledRegex {
  const key = `${flags}/${source}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const compiled = new CompiledRegex(source, flags);
  cache.set(key, compiled);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return compiled;
}

/**
 * Yields every match from the start of the input, as Java's repeated `find()`
 * visits them. After an empty match the search resumes one character later.
 */
export function* allMatches(ctx: ExecutionContext, regex: CompiledRegex, input: string): Generator<RegexMatch> {
  let from = 0;
  while (from <= input.length) {
    const match = regex.find(input, from);
    if (match === null) return;
    yield match;
    ctx.checkTime();
    from = match.end > match.start ? match.end : match.end + codePointLength(input, match.end);
  }
}

function codePointLength(input: string, at: number): number {
  const code = input.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < input.length ? 2 : 1;
}

/**
 * Expands a Java replacement string for one match: `$1`, `${name}` and `\$`.
 * Raises the exceptions Java raises for invalid references.
 */
export function expandReplacement(regex: CompiledRegex, replacement: string, match: RegexMatch): string {
  let result = "";
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c === "\\") {
      i++;
      if (i >= replacement.length) {
        throw new RuleException("IllegalArgumentException", "character to be escaped is missing");
      }
      result += replacement[i];
    } else if (c === "$") {
      i++;
      if (i >= replacement.length) throw new RuleException("IllegalArgumentException", "Illegal group reference: group index is missing");
      if (replacement[i] === "{") {
        const end = replacement.indexOf("}", i);
        const name = end < 0 ? "" : replacement.slice(i + 1, end);
        if (end < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) {
          throw new RuleException("IllegalArgumentException", "named capturing group is missing trailing '}'");
        }
        const group = regex.groupNames.get(name);
        if (group === undefined) throw new RuleException("IllegalArgumentException", `No group with name {${name}}`);
        result += match.groups[group] ?? "";
        i = end;
      } else {
        const digit = replacement.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) throw new RuleException("IllegalArgumentException", "Illegal group reference");
        let group = digit;
        if (group > regex.groupCount) throw new RuleException("IndexOutOfBoundsException", `No group ${group}`);
        // Java takes further digits while the group number stays valid.
        while (i + 1 < replacement.length) {
          const next = replacement.charCodeAt(i + 1) - 48;
          if (next < 0 || next > 9 || group * 10 + next > regex.groupCount) break;
          group = group * 10 + next;
          i++;
        }
        result += match.groups[group] ?? "";
      }
    } else {
      result += c;
    }
  }
  return result;
}

/**
 * Rebuilds `input` with each match (or only the first) replaced by what
 * `replace` returns for it.
 */
export function replaceMatches(
  ctx: ExecutionContext,
  regex: CompiledRegex,
  input: string,
  replace: (match: RegexMatch) => string,
  firstOnly = false,
): string {
  const parts: string[] = [];
  let length = 0;
  let copied = 0;
  for (const match of allMatches(ctx, regex, input)) {
    const replacement = replace(match);
    parts.push(input.slice(copied, match.start), replacement);
    length += match.start - copied + replacement.length;
    ctx.checkString(length);
    copied = match.end;
    if (firstOnly) break;
  }
  if (copied === 0 && parts.length === 0) return input;
  parts.push(input.slice(copied));
  ctx.checkString(length + input.length - copied);
  return parts.join("");
}

/**
 * Java's `String.split(regex, limit)`: a leading empty string from a
 * zero-width match at the start is dropped, and with limit 0 trailing empty
 * strings are removed.
 */
export function splitByRegex(ctx: ExecutionContext, regex: CompiledRegex, input: string, limit = 0): string[] {
  if (input.length === 0) return [""];
  const parts: string[] = [];
  let index = 0;
  for (const match of allMatches(ctx, regex, input)) {
    if (limit > 0 && parts.length >= limit - 1) break;
    if (match.end === 0 && match.start === 0) continue;
    parts.push(input.slice(index, match.start));
    index = match.end;
  }
  if (index === 0 && parts.length === 0) return [input];
  parts.push(input.slice(index));
  if (limit === 0) {
    while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  }
  return parts;
}
