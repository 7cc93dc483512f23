/**
 * Hand-written lexer for sync rules. It produces Chevrotain tokens for the
 * parser. Malformed input becomes diagnostics plus the best token it can make,
 * not an exception; the parser fuzz test checks this on random input.
 *
 * Three Groovy rules make a generated lexer awkward and are handled here:
 * - `/` starts a slashy string unless the previous token ends an expression.
 * - GStrings keep the source ranges of their `${...}` and `$path` parts; the
 *   parser parses those ranges afterwards.
 * - Newlines end statements except inside `(...)` and `[...]`, after an
 *   operator that needs a right operand, and before a line that starts with a
 *   member operator (`.`, `?.`, `*.`, `.&`), a binary operator other than `+`,
 *   `-` and `**`, or `else`, `catch` or `finally`.
 */

import { type IToken, type TokenType } from "chevrotain";
import { diagnostic, type Diagnostic } from "../diagnostics.ts";
import { LineMap } from "../line-map.ts";
import { LinePositions } from "./line-positions.ts";
import * as T from "./tokens.ts";

/** A comment with its source range, kept for formatting and the language server. */
export interface Comment {
  kind: "line" | "block";
  start: number;
  end: number;
}

export interface LexResult {
  tokens: IToken[];
  comments: Comment[];
  diagnostics: Diagnostic[];
  /** For each token index, the index of the innermost unclosed bracket token before it, or -1. */
  enclosingBracket: Int32Array;
  lineMap: LineMap;
}

/** Tokens after which a newline does not end the statement, because an operand must follow. */
const continuationTypes = new Set<TokenType>([
  T.Comma, T.Dot, T.SafeDot, T.SpreadDot, T.MethodPointer, T.FieldDot, T.Arrow, T.Colon, T.Question,
  T.Elvis, T.Not, T.Tilde, T.kw("new"), T.kw("in"), T.kw("instanceof"), T.kw("as"), T.NotInstanceof,
]);

function isBinaryOrAssignOperator(type: TokenType): boolean {
  return type.CATEGORIES !== undefined && type.CATEGORIES.some((c) => c === T.BinaryOperator || c === T.AssignOperator);
}

/**
 * Tokens that, at the start of a line, continue the previous line. Groovy 4
 * allows a line break before every binary and assignment operator except `+`,
 * `-` and `**`, which start a new statement there; Groovy 2.4 allowed it only
 * before the member operators and the parts of `? :` and `?:`.
 */
const leadingContinuationTypes = new Set<TokenType>([
  T.Dot, T.SafeDot, T.SpreadDot, T.MethodPointer, T.FieldDot, T.Elvis, T.Question, T.Colon,
  T.kw("in"), T.kw("instanceof"), T.kw("as"), T.NotInstanceof, T.kw("else"), T.kw("catch"), T.kw("finally"),
  ...T.allTokens.filter((t) => isBinaryOrAssignOperator(t) && t !== T.Plus && t !== T.Minus && t !== T.Power),
]);

/** Tokens after which `/` is division; anywhere else it starts a slashy string. */
const expressionEndTypes = new Set<TokenType>([
  T.Identifier, T.IntegerLiteral, T.DecimalLiteral, T.StringLiteral, T.GStringLiteral, T.RParen,
  T.RBracket, T.RBrace, T.Increment, T.Decrement, T.kw("this"), T.kw("super"), T.kw("true"),
  T.kw("false"), T.kw("null"),
]);

const openers = new Map<TokenType, TokenType>([
  [T.LParen, T.RParen],
  [T.LBracket, T.RBracket],
  [T.SafeIndex, T.RBracket],
  [T.LBrace, T.RBrace],
]);
const closers = new Set<TokenType>([T.RParen, T.RBracket, T.RBrace]);

/** Flags of each token type, by token type index, so that `push` and `pushNewline` read one table instead of sets and category lists. */
const LEADING_CONTINUATION = 1;
const OPENER = 2;
const CLOSER = 4;
const BINARY_OR_ASSIGN = 8;
const typeFlags = new Uint8Array(Math.max(...T.allTokens.map((t) => t.tokenTypeIdx!)) + 1);
for (const type of leadingContinuationTypes) typeFlags[type.tokenTypeIdx!]! |= LEADING_CONTINUATION;
for (const type of openers.keys()) typeFlags[type.tokenTypeIdx!]! |= OPENER;
for (const type of closers) typeFlags[type.tokenTypeIdx!]! |= CLOSER;
for (const type of T.allTokens) if (isBinaryOrAssignOperator(type)) typeFlags[type.tokenTypeIdx!]! |= BINARY_OR_ASSIGN;

interface Punctuator {
  spelling: string;
  type: TokenType;
}

/**
 * Punctuators by the character code of their first character, longest first,
 * so the first match is the longest. `scanPunctuator` handles `>` and `!in`
 * itself: `>>` and `>>>` stay separate `>` tokens (see tokens.ts), though
 * their assignment forms do not, and `!in` is a token only as a whole word.
 */
const punctuatorsByFirstCode: (Punctuator[] | undefined)[] = [];
for (const spelling of [...T.punctuators.keys()].sort((a, b) => b.length - a.length)) {
  if (spelling === ">" || (spelling.startsWith(">>") && !spelling.endsWith("=")) || spelling === "!in") continue;
  (punctuatorsByFirstCode[spelling.charCodeAt(0)] ??= []).push({ spelling, type: T.punctuators.get(spelling)! });
}

function isIdentifierStart(ch: number): boolean {
  return (
    (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 95 || ch === 36 ||
    (ch >= 0xc0 && ch !== 0xd7 && ch !== 0xf7 && ch < 0xd800) || (ch >= 0xe000 && ch <= 0xfffd && ch !== 0xfeff)
  );
}

function isIdentifierPart(ch: number): boolean {
  return isIdentifierStart(ch) || (ch >= 48 && ch <= 57);
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/**
 * Deepest nesting of GStrings inside `${...}` parts that is lexed. Each level
 * costs a few stack frames here, so a limit keeps absurd input from
 * overflowing the stack; real rules nest two or three levels.
 */
export const MAX_GSTRING_DEPTH = 64;

/**
 * Lexes `text`. To lex a slice of a larger document (an interpolated GString
 * expression), pass the slice, its offset in the document, the document's line
 * map and the GString nesting depth of the slice (one more than the string's).
 */
export function lex(text: string, baseOffset = 0, lineMap?: LineMap, depth = 0): LexResult {
  return new Lexer(text, baseOffset, false, lineMap, depth).run();
}

class Lexer {
  private pos = 0;
  private readonly tokens: IToken[] = [];
  private readonly comments: Comment[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly brackets: number[] = [];
  private readonly enclosing: number[] = [];
  private readonly lineMap: LineMap;
  private readonly positions: LinePositions;

  /**
   * `text` is lexed as if it started at `baseOffset` of a larger document:
   * interpolated GString expressions are lexed this way.
   */
  constructor(
    private readonly text: string,
    private readonly baseOffset: number,
    /** When true, stop before the first `}` that closes no bracket opened here (GString `${...}`). */
    private readonly stopAtUnmatchedBrace = false,
    lineMap?: LineMap,
    /** How many `${...}` parts of enclosing GStrings the text sits in. */
    private readonly depth = 0,
  ) {
    this.lineMap = lineMap ?? new LineMap(text, baseOffset);
    this.positions = new LinePositions(text, baseOffset, this.lineMap);
  }

  run(): LexResult {
    this.scan();
    return {
      tokens: this.tokens,
      comments: this.comments,
      diagnostics: this.diagnostics,
      enclosingBracket: Int32Array.from(this.enclosing),
      lineMap: this.lineMap,
    };
  }

  /** Scans up to the end, or up to an unmatched `}` in `stopAtUnmatchedBrace` mode; returns where it stopped. */
  scan(): number {
    const text = this.text;
    if (this.pos === 0 && text.startsWith("#!")) this.skipLineComment();
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch === 32 || ch === 9 || ch === 12 || ch === 0xfeff) {
        this.pos++;
      } else if (ch === 10 || ch === 13) {
        const start = this.pos;
        this.pos += ch === 13 && text.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
        this.pushNewline(start);
      } else if (ch === 92 && (text.charCodeAt(this.pos + 1) === 10 || text.charCodeAt(this.pos + 1) === 13)) {
        // A backslash at the end of a line joins the next line.
        this.pos += text.charCodeAt(this.pos + 1) === 13 && text.charCodeAt(this.pos + 2) === 10 ? 3 : 2;
      } else if (ch === 47 && text.charCodeAt(this.pos + 1) === 47) {
        this.skipLineComment();
      } else if (ch === 47 && text.charCodeAt(this.pos + 1) === 42) {
        this.skipBlockComment();
      } else if (isDigit(ch) || (ch === 46 && isDigit(text.charCodeAt(this.pos + 1)) && !this.lastIsExpressionEnd())) {
        this.scanNumber();
      } else if (ch === 39 || ch === 34) {
        this.scanQuotedString(ch);
      } else if (ch === 47 && !this.lastIsExpressionEnd()) {
        this.scanSlashyString();
      } else if (ch === 36 && text.charCodeAt(this.pos + 1) === 47) {
        this.scanDollarSlashyString();
      } else if (isIdentifierStart(ch)) {
        this.scanWord();
      } else {
        if (this.stopAtUnmatchedBrace && ch === 125 && !this.brackets.some((i) => this.tokens[i]!.tokenType === T.LBrace)) {
          return this.pos;
        }
        this.scanPunctuator();
      }
    }
    return this.pos;
  }

  private lastToken(): IToken | undefined {
    return this.tokens[this.tokens.length - 1];
  }

  private lastIsExpressionEnd(): boolean {
    const last = this.lastToken();
    return last !== undefined && expressionEndTypes.has(last.tokenType);
  }

  /** Appends a token for `text[start, end)`. Callers that have that text already pass it as `image`. */
  private push(type: TokenType, start: number, end: number, payload?: unknown, image = this.text.slice(start, end)): IToken {
    const absStart = start + this.baseOffset;
    const positions = this.positions;
    positions.moveTo(start);
    const startLine = positions.line;
    const startColumn = positions.column;
    // The end position is that of the last character. Only strings span lines.
    positions.moveTo(start + Math.max(end - start - 1, 0));
    // Every token has the same fields, `payload` included, so that V8 gives them one shape.
    const tok: IToken = {
      image,
      startOffset: absStart,
      endOffset: absStart + end - start - 1,
      startLine,
      endLine: positions.line,
      startColumn,
      endColumn: positions.column,
      tokenTypeIdx: type.tokenTypeIdx!,
      tokenType: type,
      payload,
    };

    const flags = typeFlags[type.tokenTypeIdx!]!;
    if ((flags & LEADING_CONTINUATION) !== 0) this.dropTrailingNewline();
    this.enclosing.push(this.brackets.length > 0 ? this.brackets[this.brackets.length - 1]! : -1);
    this.tokens.push(tok);

    if ((flags & OPENER) !== 0) {
      this.brackets.push(this.tokens.length - 1);
    } else if ((flags & CLOSER) !== 0 && this.brackets.length > 0) {
      const open = this.tokens[this.brackets[this.brackets.length - 1]!]!.tokenType;
      if (openers.get(open) === type) this.brackets.pop();
    }
    return tok;
  }

  private dropTrailingNewline(): void {
    const last = this.lastToken();
    if (last !== undefined && last.tokenType === T.Newline) {
      this.tokens.pop();
      this.enclosing.pop();
    }
  }

  private pushNewline(start: number): void {
    const top = this.brackets.length > 0 ? this.tokens[this.brackets[this.brackets.length - 1]!]!.tokenType : undefined;
    if (top === T.LParen || top === T.LBracket || top === T.SafeIndex) return;
    const last = this.lastToken();
    if (last === undefined || last.tokenType === T.Newline || last.tokenType === T.Semicolon) return;
    if (continuationTypes.has(last.tokenType) || this.isContinuationOperator(last)) return;
    this.push(T.Newline, start, start + 1);
  }

  private isContinuationOperator(last: IToken): boolean {
    const type = last.tokenType;
    if (type === T.Increment || type === T.Decrement) return false;
    // A `>` may close type arguments (`x as List<String>`), after which the line ends;
    // when it is a comparison or shift the parser skips the newline itself.
    if (type === T.Greater) return false;
    if (type === T.Star) {
      // `import a.b.*` ends with a star that is no operator.
      const before = this.tokens[this.tokens.length - 2];
      return before === undefined || before.tokenType !== T.Dot;
    }
    return (typeFlags[type.tokenTypeIdx!]! & BINARY_OR_ASSIGN) !== 0;
  }

  private skipLineComment(): void {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const ch = this.text.charCodeAt(this.pos);
      if (ch === 10 || ch === 13) break;
      this.pos++;
    }
    this.comments.push({ kind: "line", start: start + this.baseOffset, end: this.pos + this.baseOffset });
  }

  private skipBlockComment(): void {
    const start = this.pos;
    const close = this.text.indexOf("*/", this.pos + 2);
    if (close < 0) {
      this.pos = this.text.length;
      this.report("unterminated-comment", "block comment is not closed; add '*/'", start, start + 2);
    } else {
      this.pos = close + 2;
    }
    this.comments.push({ kind: "block", start: start + this.baseOffset, end: this.pos + this.baseOffset });
  }

  private report(code: Parameters<typeof diagnostic>[0], message: string, start: number, end: number): void {
    this.diagnostics.push(diagnostic(code, message, start + this.baseOffset, end + this.baseOffset));
  }

  private scanWord(): void {
    const start = this.pos;
    const text = this.text;
    this.pos++;
    while (this.pos < text.length && isIdentifierPart(text.charCodeAt(this.pos))) this.pos++;
    const word = text.slice(start, this.pos);
    const last = this.lastToken();
    const afterDot = last !== undefined && (last.tokenType === T.Dot || last.tokenType === T.SafeDot ||
      last.tokenType === T.SpreadDot || last.tokenType === T.MethodPointer || last.tokenType === T.FieldDot);
    const keyword = afterDot ? undefined : T.keywords.get(word);
    this.push(keyword ?? T.Identifier, start, this.pos, undefined, word);
  }

  private scanPunctuator(): void {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === 33 && text.startsWith("!in", start)) {
      const after = text.charCodeAt(start + 3);
      if (text.startsWith("!instanceof", start) && !isIdentifierPart(text.charCodeAt(start + 11))) {
        this.pos += 11;
        this.push(T.NotInstanceof, start, this.pos);
        return;
      }
      if (!isIdentifierPart(after)) {
        this.pos += 3;
        this.push(T.NotIn, start, this.pos);
        return;
      }
    }
    const candidates = punctuatorsByFirstCode[code];
    if (candidates !== undefined) {
      for (const { spelling, type } of candidates) {
        // The first character matched already, so a one-character spelling needs no comparison.
        if (spelling.length === 1 || text.startsWith(spelling, start)) {
          this.pos += spelling.length;
          this.push(type, start, this.pos, undefined, spelling);
          return;
        }
      }
    }
    if (code === 62) {
      this.pos++;
      this.push(T.Greater, start, this.pos);
      return;
    }
    const codePoint = text.codePointAt(start)!;
    const width = codePoint > 0xffff ? 2 : 1;
    this.pos += width;
    const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    // Control characters would garble the terminal, so only their code point is shown.
    const isControl = codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
    const description = isControl ? `control character ${hex}` : `character '${String.fromCodePoint(codePoint)}' (${hex})`;
    this.report("invalid-character", `unexpected ${description}; remove it`, start, start + width);
  }

  private scanNumber(): void {
    const text = this.text;
    const start = this.pos;
    let radix = 10;
    let digits = "";
    let isDecimal = false;
    if (text[start] === "0" && /[xXbB]/.test(text[start + 1] ?? "")) {
      radix = /[xX]/.test(text[start + 1]!) ? 16 : 2;
      this.pos += 2;
      const re = radix === 16 ? /[0-9a-fA-F_]/ : /[01_]/;
      while (this.pos < text.length && re.test(text[this.pos]!)) this.pos++;
      digits = text.slice(start + 2, this.pos).replaceAll("_", "");
    } else {
      while (this.pos < text.length && /[0-9_]/.test(text[this.pos]!)) this.pos++;
      if (text[this.pos] === "." && isDigit(text.charCodeAt(this.pos + 1))) {
        isDecimal = true;
        this.pos++;
        while (this.pos < text.length && /[0-9_]/.test(text[this.pos]!)) this.pos++;
      }
      if (/[eE]/.test(text[this.pos] ?? "") && /[0-9]/.test(text[this.pos + 1] === "+" || text[this.pos + 1] === "-" ? text[this.pos + 2] ?? "" : text[this.pos + 1] ?? "")) {
        isDecimal = true;
        this.pos += text[this.pos + 1] === "+" || text[this.pos + 1] === "-" ? 2 : 1;
        while (this.pos < text.length && /[0-9_]/.test(text[this.pos]!)) this.pos++;
      }
      digits = text.slice(start, this.pos).replaceAll("_", "");
      if (!isDecimal && digits.length > 1 && digits[0] === "0") {
        radix = 8;
        digits = digits.slice(1);
        if (/[89]/.test(digits)) this.report("invalid-number", `'${text.slice(start, this.pos)}' is not a valid octal number; remove the leading 0`, start, this.pos);
      }
    }
    // Underscores are allowed only between two digits (`1_000`, not `1_` or `1_.5`).
    const body = text.slice(radix === 16 || radix === 2 ? start + 2 : start, this.pos);
    if (/^_|_$|_[.eE+-]|[.eE+-]_/.test(radix === 16 ? body.replace(/[eE]/g, "0") : body)) {
      this.report("invalid-number", `'${text.slice(start, this.pos)}' is not a valid number: '_' is allowed only between two digits`, start, this.pos);
    }
    const suffix = text[this.pos] ?? "";
    let kind: T.NumberPayload["kind"];
    if (/[lL]/.test(suffix)) kind = "long";
    else if (/[gG]/.test(suffix)) kind = isDecimal ? "bigDecimal" : "bigInteger";
    else if (/[dD]/.test(suffix)) kind = "double";
    else if (/[fF]/.test(suffix)) kind = "float";
    else if (/[iI]/.test(suffix)) kind = "int";
    else kind = isDecimal ? "bigDecimal" : "int";
    if (/[lLgGdDfFiI]/.test(suffix)) this.pos++;
    if (isDecimal && (kind === "long" || kind === "int" || kind === "bigInteger")) {
      this.report("invalid-number", `'${text.slice(start, this.pos)}' has a decimal point but an integer suffix`, start, this.pos);
    }
    if (digits === "" || (radix !== 10 && (kind === "double" || kind === "float" || isDecimal))) {
      this.report("invalid-number", `'${text.slice(start, this.pos)}' is not a valid number`, start, this.pos);
      digits = digits || "0";
    }
    if (this.pos < text.length && isIdentifierPart(text.charCodeAt(this.pos))) {
      const badStart = this.pos;
      while (this.pos < text.length && isIdentifierPart(text.charCodeAt(this.pos))) this.pos++;
      this.report("invalid-number", `'${text.slice(start, this.pos)}' is not a valid number: unexpected '${text.slice(badStart, this.pos)}'`, start, this.pos);
    }
    const isInteger = kind === "int" || kind === "long" || kind === "bigInteger";
    const payload: T.NumberPayload = { kind, text: digits, radix };
    this.push(isInteger ? T.IntegerLiteral : T.DecimalLiteral, start, this.pos, payload);
  }

  /** `'...'`, `'''...'''`, `"..."`, `"""..."""`. */
  private scanQuotedString(quote: number): void {
    const text = this.text;
    const start = this.pos;
    const q = String.fromCharCode(quote);
    const triple = text.startsWith(q + q + q, start);
    const delimiter = triple ? q + q + q : q;
    const interpolating = quote === 34;
    this.pos += delimiter.length;
    const parts = new StringParts();
    let terminated = false;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (text.startsWith(delimiter, this.pos)) {
        // In a run of four or five quotes the last three close a triple-quoted string
        // and the others are text (`"""say "hi""""`), as in Groovy 4.
        let run = 3;
        while (triple && run < 6 && text[this.pos + run] === q) run++;
        const extra = run === 4 || run === 5 ? run - 3 : 0;
        parts.text += q.repeat(extra);
        this.pos += extra + delimiter.length;
        terminated = true;
        break;
      }
      if (!triple && (ch === 10 || ch === 13)) break;
      if (ch === 92) {
        this.scanEscape(parts, triple);
      } else if (ch === 36 && interpolating) {
        this.scanInterpolation(parts, false);
      } else {
        parts.text += text[this.pos];
        this.pos++;
      }
    }
    if (!terminated) {
      this.report("unterminated-string", `string is not closed; add the closing ${delimiter}`, start, this.pos);
    }
    this.pushString(parts, start);
  }

  private pushString(parts: StringParts, start: number): void {
    if (parts.expressions.length === 0) {
      this.push(T.StringLiteral, start, this.pos, parts.text);
    } else {
      parts.strings.push(parts.text);
      const payload: T.GStringPayload = { strings: parts.strings, expressions: parts.expressions, depth: this.depth };
      this.push(T.GStringLiteral, start, this.pos, payload);
    }
  }

  private scanEscape(parts: StringParts, triple: boolean): void {
    const text = this.text;
    const start = this.pos;
    const next = text[this.pos + 1];
    // A backslash at the very end of the text has no escaped character after it.
    this.pos = Math.min(this.pos + 2, text.length);
    switch (next) {
      case "n": parts.text += "\n"; return;
      case "t": parts.text += "\t"; return;
      case "b": parts.text += "\b"; return;
      case "r": parts.text += "\r"; return;
      case "f": parts.text += "\f"; return;
      case "s": parts.text += " "; return;
      // `\/` is an escape only in slashy strings, which do not come here.
      case "\\": case "'": case "\"": case "$": parts.text += next; return;
      // A backslash before a line break joins the lines, in every kind of quoted string.
      case "\n": return;
      case "\r": if (text[this.pos] === "\n") this.pos++; return;
      case "u": {
        let p = this.pos;
        while (text[p] === "u") p++;
        const hex = text.slice(p, p + 4);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          parts.text += String.fromCharCode(parseInt(hex, 16));
          this.pos = p + 4;
          return;
        }
        // Only the hex digits that are there belong to the escape; the closing quote may follow them.
        const digits = /^[0-9a-fA-F]*/.exec(hex)![0];
        const found = digits === "" ? "none" : `only '${digits}'`;
        this.report("invalid-escape", `'\\u' must be followed by four hex digits, found ${found}`, start, p + digits.length);
        return;
      }
      default:
        if (next !== undefined && /[0-7]/.test(next)) {
          let digits = next;
          const max = next <= "3" ? 3 : 2;
          while (digits.length < max && /[0-7]/.test(text[this.pos] ?? "")) digits += text[this.pos++];
          parts.text += String.fromCharCode(parseInt(digits, 8));
          return;
        }
    }
    this.report("invalid-escape", `'\\${next ?? ""}' is not a valid escape; write '\\\\' for a backslash`, start, Math.min(this.pos, text.length));
    if (next !== undefined) parts.text += next;
  }

  /** `$name`, `$a.b.c` or `${expr}` inside an interpolating string. */
  private scanInterpolation(parts: StringParts, lenient: boolean): void {
    const text = this.text;
    const start = this.pos;
    if (text[start + 1] === "{") {
      const tooDeep = this.depth >= MAX_GSTRING_DEPTH;
      let end: number;
      if (tooDeep) {
        this.report("nesting-too-deep", `GStrings are nested more than ${MAX_GSTRING_DEPTH} levels deep; build the inner strings in local variables`, start, start + 2);
        end = matchingBrace(text, start + 2);
      } else {
        const sub = new Lexer(text, this.baseOffset, true, this.lineMap, this.depth + 1);
        sub.pos = start + 2;
        end = sub.scan();
      }
      parts.strings.push(parts.text);
      parts.text = "";
      const part: T.GStringExpression = { start: start + 2 + this.baseOffset, end: end + this.baseOffset, braced: true };
      if (tooDeep) part.tooDeep = true;
      parts.expressions.push(part);
      if (end >= text.length) {
        this.report("unterminated-string", "'${' is not closed; add '}'", start, start + 2);
        this.pos = text.length;
      } else {
        this.pos = end + 1;
      }
      return;
    }
    if (isIdentifierStart(text.charCodeAt(start + 1)) && text[start + 1] !== "$") {
      let p = start + 1;
      while (p < text.length && isIdentifierPart(text.charCodeAt(p)) && text[p] !== "$") p++;
      while (text[p] === "." && isIdentifierStart(text.charCodeAt(p + 1)) && text[p + 1] !== "$") {
        p++;
        while (p < text.length && isIdentifierPart(text.charCodeAt(p)) && text[p] !== "$") p++;
      }
      parts.strings.push(parts.text);
      parts.text = "";
      parts.expressions.push({ start: start + 1 + this.baseOffset, end: p + this.baseOffset, braced: false });
      this.pos = p;
      return;
    }
    if (!lenient) {
      this.report("invalid-interpolation", "'$' must be followed by a name or '{'; write '\\$' for a dollar sign", start, start + 1);
    }
    parts.text += "$";
    this.pos++;
  }

  /** `/.../`: only `\/` is an escape; `$` interpolates when a name or `{` follows. */
  private scanSlashyString(): void {
    const text = this.text;
    const start = this.pos;
    this.pos++;
    const parts = new StringParts();
    let terminated = false;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch === 47) {
        this.pos++;
        terminated = true;
        break;
      }
      if (ch === 92 && text[this.pos + 1] === "/") {
        parts.text += "/";
        this.pos += 2;
      } else if (ch === 92 && text[this.pos + 1] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(this.pos + 2, this.pos + 6))) {
        parts.text += String.fromCharCode(parseInt(text.slice(this.pos + 2, this.pos + 6), 16));
        this.pos += 6;
      } else if (ch === 36) {
        this.scanInterpolation(parts, true);
      } else {
        parts.text += text[this.pos];
        this.pos++;
      }
    }
    if (!terminated) this.report("unterminated-string", "slashy string is not closed; add the closing '/'", start, this.pos);
    this.pushString(parts, start);
  }

  /** `$/.../$`: `$$` is a dollar and `$/` a slash; `$` interpolates when a name or `{` follows. */
  private scanDollarSlashyString(): void {
    const text = this.text;
    const start = this.pos;
    this.pos += 2;
    const parts = new StringParts();
    let terminated = false;
    while (this.pos < text.length) {
      if (text.startsWith("/$", this.pos)) {
        this.pos += 2;
        terminated = true;
        break;
      }
      const ch = text.charCodeAt(this.pos);
      if (ch === 36 && (text[this.pos + 1] === "$" || text[this.pos + 1] === "/")) {
        parts.text += text[this.pos + 1];
        this.pos += 2;
      } else if (ch === 36) {
        this.scanInterpolation(parts, true);
      } else {
        parts.text += text[this.pos];
        this.pos++;
      }
    }
    if (!terminated) this.report("unterminated-string", "dollar-slashy string is not closed; add '/$'", start, this.pos);
    this.pushString(parts, start);
  }
}

/** Finds the `}` that closes a `${` whose content starts at `from` by counting braces alone, or returns the text length. */
function matchingBrace(text: string, from: number): number {
  let open = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") open++;
    else if (text[i] === "}" && --open === 0) return i;
  }
  return text.length;
}

/** Accumulates the text and expression parts of a string literal. */
class StringParts {
  text = "";
  strings: string[] = [];
  expressions: T.GStringExpression[] = [];
}
