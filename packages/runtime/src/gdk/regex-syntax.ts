/**
 * Translation of Java regular-expression syntax (`java.util.regex.Pattern`)
 * into RE2 syntax.
 *
 * RE2 matches in linear time, so it has no backreferences and no lookaround;
 * patterns that use them raise PatternSyntaxException naming the construct.
 * Possessive quantifiers (`a*+`) and atomic groups (`(?>...)`) are accepted
 * and run as ordinary greedy quantifiers and non-capturing groups: the result
 * differs from Java only where Java's refusal to backtrack makes a match fail.
 *
 * The translation keeps these Java details. `.` stops at every Java line
 * terminator (`\n`, `\r`, `\u0085`, `\u2028`, `\u2029`), and `\s` includes
 * `\x0B`. `\h`, `\v` and `\R` have Java's meaning. `\Q...\E` quotes, and POSIX
 * classes (`\p{Alpha}`), nested union classes (`[a-c[x-z]]`) and the inline
 * flags `i`, `m`, `s`, `d`, `x` and `u` work. With `(?m)`, RE2's `^` and `$` only
 * treat `\n` as a line break, where Java also accepts `\r`.
 */

import { RuleException } from "../errors.ts";

/** `java.util.regex.Pattern` flag bits. */
export const PATTERN_FLAGS = {
  UNIX_LINES: 1,
  CASE_INSENSITIVE: 2,
  COMMENTS: 4,
  MULTILINE: 8,
  LITERAL: 16,
  DOTALL: 32,
  UNICODE_CASE: 64,
  CANON_EQ: 128,
  UNICODE_CHARACTER_CLASS: 256,
} as const;

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  d: boolean;
  x: boolean;
}

export interface TranslatedPattern {
  /** The RE2 pattern. */
  source: string;
  /** Number of capturing groups. */
  groupCount: number;
  /** Group numbers by name. */
  groupNames: Map<string, number>;
  /**
   * True when the pattern uses `$` outside multiline mode or `\Z`: in Java
   * these also match just before a line terminator that ends the input.
   */
  endsBeforeTerminator: boolean;
}

/** PatternSyntaxException with Java's layout: description, then the pattern. */
export function patternSyntaxError(description: string, pattern: string, index = -1): RuleException {
  const where = index >= 0 ? ` near index ${index}` : "";
  return new RuleException("PatternSyntaxException", `${description}${where}\n${pattern}`);
}

const SPACE_CLASS = "\\t\\n\\x0B\\f\\r ";
const HORIZONTAL_SPACE = " \\t\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}";
const VERTICAL_SPACE = "\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}";
const LINE_TERMINATORS = "\\n\\r\\x{85}\\x{2028}\\x{2029}";

/** Java's POSIX and java.lang.Character property classes, as the inside of a character class. */
const POSIX_CLASSES: Record<string, string> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: SPACE_CLASS,
  javaLowerCase: "\\p{Ll}",
  javaUpperCase: "\\p{Lu}",
  javaWhitespace: SPACE_CLASS + "\\x{1C}-\\x{1F}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}",
  javaLetter: "\\p{L}",
  javaDigit: "\\p{Nd}",
  javaLetterOrDigit: "\\p{L}\\p{Nd}",
  IsAlphabetic: "\\p{L}\\p{Nl}",
  IsLetter: "\\p{L}",
  IsDigit: "\\p{Nd}",
  IsUppercase: "\\p{Lu}",
  IsLowercase: "\\p{Ll}",
  IsWhite_Space: SPACE_CLASS + "\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}",
  IsPunctuation: "\\p{P}",
};

const GENERAL_CATEGORY = /^(?:Is)?(L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/;
const SCRIPT = /^(?:Is|script=|sc=)([A-Z][a-z]+(?:_[A-Z][a-z]+)*)$/;

class Translator {
  private pos = 0;
  private readonly out: string[] = [];
  private flags: Flags;
  private readonly flagStack: Flags[] = [];
  groupCount = 0;
  readonly groupNames = new Map<string, number>();
  endsBeforeTerminator = false;

  constructor(
    private readonly pattern: string,
    flags: Flags,
  ) {
    this.flags = { ...flags };
  }

  private fail(description: string, index = this.pos): never {
    throw patternSyntaxError(description, this.pattern, index);
  }

  translate(): string {
    const prefix = (this.flags.i ? "i" : "") + (this.flags.m ? "m" : "") + (this.flags.s ? "s" : "");
    if (prefix !== "") this.out.push(`(?${prefix})`);
    const text = this.pattern;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (this.flags.x && this.skipComment()) continue;
      switch (c) {
        case "\\":
          this.out.push(this.escape(false));
          break;
        case "[":
          this.out.push(this.characterClass());
          break;
        case "(":
          this.openGroup();
          break;
        case ")":
          if (this.flagStack.length === 0) this.fail("Unmatched closing ')'", this.pos - 1);
          this.flags = this.flagStack.pop()!;
          this.out.push(")");
          this.pos++;
          break;
        case ".":
          this.out.push(this.dot());
          this.pos++;
          break;
        case "$":
          if (!this.flags.m) this.endsBeforeTerminator = true;
          this.out.push("$");
          this.pos++;
          break;
        case "*":
        case "+":
        case "?":
          this.out.push(c);
          this.pos++;
          this.quantifierSuffix();
          break;
        case "{":
          this.braces();
          break;
        default:
          this.out.push(c);
          this.pos++;
      }
    }
    if (this.flagStack.length > 0) this.fail("Unclosed group", text.length);
    return this.out.join("");
  }

  /** Translates `.`: any character with DOTALL, else any but a line terminator (only `\n` with UNIX_LINES). */
  private dot(): string {
    if (this.flags.s) return ".";
    if (this.flags.d) return "[^\\n]";
    return `[^${LINE_TERMINATORS}]`;
  }

  /** In comments mode, skips whitespace and `#` comments; returns true when something was skipped. */
  private skipComment(): boolean {
    const c = this.pattern[this.pos]!;
    if (/\s/.test(c)) {
      this.pos++;
      return true;
    }
    if (c === "#") {
      while (this.pos < this.pattern.length && this.pattern[this.pos] !== "\n") this.pos++;
      return true;
    }
    return false;
  }

  /** After a quantifier: `?` (lazy) is kept, `+` (possessive) runs as greedy. */
  private quantifierSuffix(): void {
    const next = this.pattern[this.pos];
    if (next === "?") {
      this.out.push("?");
      this.pos++;
    } else if (next === "+") {
      this.pos++;
    }
  }

  private braces(): void {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
    if (match === null) {
      this.out.push("\\{");
      this.pos++;
      return;
    }
    const [whole, min, , max] = match;
    if (max !== undefined && max !== "" && Number(max) < Number(min!)) this.fail("Illegal repetition range");
    if (Number(min) > 1000 || (max !== undefined && max !== "" && Number(max) > 1000)) {
      this.fail("Repetition count above 1000 is not supported by the linear-time regex engine");
    }
    this.out.push(whole);
    this.pos += whole.length;
    this.quantifierSuffix();
  }

  private openGroup(): void {
    const rest = this.pattern.slice(this.pos);
    this.flagStack.push({ ...this.flags });
    if (!rest.startsWith("(?")) {
      this.groupCount++;
      this.out.push("(");
      this.pos++;
      return;
    }
    if (rest.startsWith("(?=") || rest.startsWith("(?!")) this.fail("Lookahead groups '(?=' and '(?!' are not supported by the linear-time regex engine");
    if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) this.fail("Lookbehind groups '(?<=' and '(?<!' are not supported by the linear-time regex engine");
    const named = /^\(\?<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest);
    if (named !== null) {
      const name = named[1]!;
      if (this.groupNames.has(name)) this.fail(`Named capturing group <${name}> is already defined`);
      this.groupCount++;
      this.groupNames.set(name, this.groupCount);
      this.out.push(`(?P<${name}>`);
      this.pos += named[0].length;
      return;
    }
    if (rest.startsWith("(?:") || rest.startsWith("(?>")) {
      this.out.push("(?:");
      this.pos += 3;
      return;
    }
    const inline = /^\(\?([idmsuxU]*)(?:-([idmsuxU]*))?([:)])/.exec(rest);
    if (inline === null) this.fail("Unknown inline modifier");
    const [whole, on = "", off = "", end] = inline;
    const updated = { ...this.flags };
    for (const flag of on) this.setFlag(updated, flag, true);
    for (const flag of off) this.setFlag(updated, flag, false);
    const re2On = [...on].filter((f) => "ims".includes(f)).join("");
    const re2Off = [...off].filter((f) => "ims".includes(f)).join("");
    const re2Flags = re2On + (re2Off ? "-" + re2Off : "");
    this.pos += whole.length;
    if (end === ")") {
      // `(?i)` changes the flags until the end of the enclosing group.
      this.flagStack.pop();
      this.flags = updated;
      if (re2Flags !== "") this.out.push(`(?${re2Flags})`);
      return;
    }
    this.flags = updated;
    this.out.push(re2Flags === "" ? "(?:" : `(?${re2Flags}:`);
  }

  private setFlag(flags: Flags, flag: string, value: boolean): void {
    if (flag === "i" || flag === "m" || flag === "s" || flag === "d" || flag === "x") flags[flag] = value;
  }

  /** An escape sequence starting at the backslash; inside a class it returns class content. */
  private escape(inClass: boolean): string {
    const text = this.pattern;
    const c = text[this.pos + 1];
    if (c === undefined) this.fail("Unexpected internal error", this.pos);
    this.pos += 2;
    switch (c) {
      case "Q": {
        const end = text.indexOf("\\E", this.pos);
        const quoted = end < 0 ? text.slice(this.pos) : text.slice(this.pos, end);
        this.pos = end < 0 ? text.length : end + 2;
        return quoteForRe2(quoted);
      }
      case "E":
        return "";
      case "A":
      case "z":
        if (inClass) this.fail(`Illegal/unsupported escape sequence \\${c} in a character class`);
        return "\\" + c;
      case "Z":
        if (inClass) this.fail("Illegal/unsupported escape sequence \\Z in a character class");
        this.endsBeforeTerminator = true;
        return "(?-m:$)";
      case "b":
      case "B":
        if (inClass) this.fail(`Illegal/unsupported escape sequence \\${c} in a character class`);
        if (text[this.pos] === "{") this.fail("Grapheme boundaries \\b{g} are not supported by the linear-time regex engine");
        return "\\" + c;
      case "G":
        return this.fail("The \\G anchor is not supported by the linear-time regex engine");
      case "d":
      case "D":
      case "w":
      case "W":
      case "t":
      case "n":
      case "r":
      case "f":
      case "a":
        return "\\" + c;
      case "e":
        return "\\x1B";
      case "s":
        return inClass ? SPACE_CLASS : `[${SPACE_CLASS}]`;
      case "S":
        return inClass ? "\\S" : `[^${SPACE_CLASS}]`;
      case "h":
        return inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`;
      case "H":
        if (inClass) this.fail("\\H inside a character class is not supported");
        return `[^${HORIZONTAL_SPACE}]`;
      case "v":
        return inClass ? VERTICAL_SPACE : `[${VERTICAL_SPACE}]`;
      case "V":
        if (inClass) this.fail("\\V inside a character class is not supported");
        return `[^${VERTICAL_SPACE}]`;
      case "R":
        if (inClass) this.fail("Illegal/unsupported escape sequence \\R in a character class");
        return `(?:\\r\\n|[${VERTICAL_SPACE}])`;
      case "p":
      case "P":
        return this.property(c === "P", inClass);
      case "x":
        return this.hexEscape();
      case "u":
        return this.unicodeEscape();
      case "0":
        return this.octalEscape();
      case "c": {
        const control = text[this.pos];
        if (control === undefined) this.fail("Illegal control escape sequence");
        this.pos++;
        return codePointEscape(control.charCodeAt(0) ^ 64);
      }
      case "k":
        return this.fail("Backreferences (\\k<name>) are not supported by the linear-time regex engine");
      case "N":
      case "X":
        return this.fail(`The escape \\${c} is not supported by the linear-time regex engine`);
      default:
        if (c >= "1" && c <= "9") {
          return this.fail(`Backreferences (\\${c}) are not supported by the linear-time regex engine`);
        }
        if (/[a-zA-Z]/.test(c)) this.fail(`Illegal/unsupported escape sequence \\${c}`, this.pos - 1);
        return quoteForRe2(c);
    }
  }

  private property(negated: boolean, inClass: boolean): string {
    const text = this.pattern;
    let name: string;
    if (text[this.pos] === "{") {
      const end = text.indexOf("}", this.pos);
      if (end < 0) this.fail("Unclosed character family");
      name = text.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = text[this.pos] ?? "";
      this.pos++;
    }
    let content: string | undefined;
    if (Object.hasOwn(POSIX_CLASSES, name)) content = POSIX_CLASSES[name];
    else {
      const category = GENERAL_CATEGORY.exec(name) ?? SCRIPT.exec(name);
      if (category !== null) content = `\\p{${category[1]}}`;
    }
    if (content === undefined) this.fail(`Unknown character property name {${name}}`);
    if (inClass) {
      if (negated) this.fail("Negated properties (\\P) inside a character class are not supported");
      return content;
    }
    return negated ? `[^${content}]` : `[${content}]`;
  }

  private hexEscape(): string {
    const text = this.pattern;
    if (text[this.pos] === "{") {
      const match = /^\{([0-9a-fA-F]+)\}/.exec(text.slice(this.pos));
      if (match === null) this.fail("Illegal hexadecimal escape sequence");
      this.pos += match[0].length;
      return codePointEscape(parseInt(match[1]!, 16));
    }
    const match = /^[0-9a-fA-F]{2}/.exec(text.slice(this.pos));
    if (match === null) this.fail("Illegal hexadecimal escape sequence");
    this.pos += 2;
    return codePointEscape(parseInt(match[0], 16));
  }

  private unicodeEscape(): string {
    const text = this.pattern;
    const match = /^[0-9a-fA-F]{4}/.exec(text.slice(this.pos));
    if (match === null) this.fail("Illegal Unicode escape sequence");
    this.pos += 4;
    let code = parseInt(match[0], 16);
    const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(text.slice(this.pos));
    if (code >= 0xd800 && code <= 0xdbff && low !== null) {
      code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
      this.pos += 6;
    }
    return codePointEscape(code);
  }

  private octalEscape(): string {
    const match = /^([0-3][0-7]{2}|[0-7]{1,2})/.exec(this.pattern.slice(this.pos));
    if (match === null) this.fail("Illegal octal escape sequence");
    this.pos += match[0].length;
    return codePointEscape(parseInt(match[0], 8));
  }

  /** Translates a character class starting at `[`, flattening Java's nested union classes. */
  private characterClass(): string {
    this.pos++;
    let negated = false;
    if (this.pattern[this.pos] === "^") {
      negated = true;
      this.pos++;
    }
    const content = this.classContent();
    if (content === "") this.fail("Empty character class");
    return `[${negated ? "^" : ""}${content}]`;
  }

  private classContent(): string {
    const text = this.pattern;
    const parts: string[] = [];
    let first = true;
    for (;;) {
      if (this.pos >= text.length) this.fail("Unclosed character class", text.length - 1);
      const c = text[this.pos]!;
      if (c === "]" && !first) {
        this.pos++;
        return parts.join("");
      }
      first = false;
      if (this.flags.x && /\s/.test(c)) {
        this.pos++;
      } else if (c === "\\") {
        parts.push(this.escape(true));
      } else if (c === "[") {
        this.pos++;
        if (text[this.pos] === "^") this.fail("Nested negated character classes are not supported by the linear-time regex engine");
        parts.push(this.classContent());
      } else if (c === "&" && text[this.pos + 1] === "&") {
        this.fail("Character class intersections (&&) are not supported by the linear-time regex engine");
      } else {
        parts.push(c === "]" || c === "[" ? "\\" + c : c);
        this.pos++;
      }
    }
  }
}

function codePointEscape(code: number): string {
  return `\\x{${code.toString(16)}}`;
}

/** Escapes text so that RE2 matches it literally. */
export function quoteForRe2(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}-]/g, "\\$&");
}

/** Translates a Java pattern with `Pattern` flag bits into an RE2 pattern. */
export function translateJavaRegex(pattern: string, flagBits = 0): TranslatedPattern {
  if (flagBits & PATTERN_FLAGS.LITERAL) {
    const prefix = flagBits & PATTERN_FLAGS.CASE_INSENSITIVE ? "(?i)" : "";
    return { source: prefix + quoteForRe2(pattern), groupCount: 0, groupNames: new Map(), endsBeforeTerminator: false };
  }
  const translator = new Translator(pattern, {
    i: (flagBits & PATTERN_FLAGS.CASE_INSENSITIVE) !== 0,
    m: (flagBits & PATTERN_FLAGS.MULTILINE) !== 0,
    s: (flagBits & PATTERN_FLAGS.DOTALL) !== 0,
    d: (flagBits & PATTERN_FLAGS.UNIX_LINES) !== 0,
    x: (flagBits & PATTERN_FLAGS.COMMENTS) !== 0,
  });
  const source = translator.translate();
  return {
    source,
    groupCount: translator.groupCount,
    groupNames: translator.groupNames,
    endsBeforeTerminator: translator.endsBeforeTerminator,
  };
}
