/**
 * Formatting: re-indents lines by bracket depth and trims trailing
 * whitespace. It changes only whitespace at line starts and ends, so it
 * never moves a comment, keeps blank lines, and formats its own output to
 * the same text. Lines inside multi-line strings and comments keep their
 * text, and so does everything from the first syntax error on.
 */

import type { FormattingOptions, TextEdit } from "vscode-languageserver";
import { hasSyntaxErrors, rangeOf, SYNTAX_CODES, type DocumentAnalysis } from "./analysis.ts";
import { CLOSERS, layoutTokens, lineOf, OPENERS, type LayoutToken } from "./tokens.ts";

/** Tokens that continue the previous line's expression when they start a line. */
const CONTINUATION_STARTS = new Set(["Dot", "SafeDot", "SpreadDot", "Elvis", "And", "Or", "Question", "Plus"]);

interface LineLayout {
  /** The indent level, or null when the line's start must not change. */
  level: number | null;
  /** Whether trailing whitespace may be removed. */
  trim: boolean;
}

/** Spans of text whose lines keep their whitespace: multi-line strings and block comments. */
function verbatimSpans(doc: DocumentAnalysis): { start: number; end: number }[] {
  const { tokens, comments } = layoutTokens(doc);
  const spans: { start: number; end: number }[] = [];
  for (const token of tokens) {
    if ((token.type === "StringLiteral" || token.type === "GStringLiteral") && /[\r\n]/.test(doc.text.slice(token.start, token.end))) spans.push(token);
  }
  for (const comment of comments) if (comment.kind === "block" && /[\r\n]/.test(doc.text.slice(comment.start, comment.end))) spans.push(comment);
  return spans;
}

/** The first line that formatting leaves alone because the parser could not read it, or the line count. */
function firstUnparsableLine(doc: DocumentAnalysis, lineStarts: number[]): number {
  if (!hasSyntaxErrors(doc)) return lineStarts.length;
  const first = doc.compiled.diagnostics.filter((d) => SYNTAX_CODES.has(d.code)).reduce((min, d) => Math.min(min, d.start), doc.text.length);
  // Start at the top-level statement around the error, because brackets before the error on its line may be unbalanced.
  const statement = doc.compiled.script.body.find((s) => s.start <= first && first <= s.end);
  return lineOf(lineStarts, Math.min(first, statement?.start ?? first));
}

interface OpenBracket {
  /** The indent level of the lines inside the bracket. */
  level: number;
  switchBody: boolean;
  /** Whether a `case` label has been seen in this switch body. */
  inCase: boolean;
}

/** Whether the `{` at `index` opens a switch body: `switch (...) {`. */
function followsSwitchHeader(tokens: LayoutToken[], index: number, openerOf: Map<number, number>): boolean {
  if (index === 0 || tokens[index - 1]!.type !== "RParen") return false;
  const opener = openerOf.get(index - 1);
  return opener !== undefined && opener > 0 && tokens[opener - 1]!.type === "KwSwitch";
}

/** Computes every line's layout in one pass over the tokens. */
function layoutLines(doc: DocumentAnalysis): LineLayout[] {
  const { tokens, comments, lineStarts } = layoutTokens(doc);
  const lineCount = lineStarts.length;
  const layouts: LineLayout[] = Array.from({ length: lineCount }, () => ({ level: 0, trim: true }));

  for (const span of verbatimSpans(doc)) {
    const first = lineOf(lineStarts, span.start);
    const last = lineOf(lineStarts, span.end - 1);
    for (let line = first + 1; line <= last; line++) layouts[line]!.level = null;
    for (let line = first; line < last; line++) layouts[line]!.trim = false;
    // A block comment's first line stays put too, so its later lines stay aligned with it.
    if (doc.text.startsWith("/*", span.start)) layouts[first]!.level = null;
  }

  const byLine: LayoutToken[][] = Array.from({ length: lineCount }, () => []);
  for (const token of tokens) byLine[lineOf(lineStarts, token.start)]!.push(token);
  const commentLines = new Set(comments.map((c) => lineOf(lineStarts, c.start)));

  const stack: OpenBracket[] = [];
  const openerIndexes: number[] = [];
  /** For each closing parenthesis, the index of the token that opened it. */
  const openerOf = new Map<number, number>();
  let index = 0;
  let previousLast: LayoutToken | null = null;
  for (let line = 0; line < lineCount; line++) {
    const lineTokens = byLine[line]!;
    let leadingClosers = 0;
    while (leadingClosers < lineTokens.length && CLOSERS.has(lineTokens[leadingClosers]!.type)) leadingClosers++;
    const depth = Math.max(0, stack.length - leadingClosers);
    const enclosing = depth === 0 ? null : stack[depth - 1]!;
    let level = enclosing === null ? 0 : enclosing.level;
    const first = lineTokens[0];
    const startsWithToken = first !== undefined && !(commentLines.has(line) && comments.some((c) => c.start < first.start && lineOf(lineStarts, c.start) === line));
    if (enclosing?.switchBody === true && leadingClosers === 0) {
      // Statements under a `case` or `default` label sit one level deeper than the label.
      if (startsWithToken && (first.type === "KwCase" || first.type === "KwDefault")) enclosing.inCase = true;
      else if (enclosing.inCase) level++;
    }
    const continued = (startsWithToken && CONTINUATION_STARTS.has(first.type)) || (previousLast?.continues === true && leadingClosers === 0);
    if (continued) level++;
    if (layouts[line]!.level !== null) layouts[line]!.level = level;

    for (const token of lineTokens) {
      if (OPENERS.has(token.type)) {
        stack.push({ level: level + 1, switchBody: token.type === "LBrace" && followsSwitchHeader(tokens, index, openerOf), inCase: false });
        openerIndexes.push(index);
      } else if (CLOSERS.has(token.type) && stack.length > 0) {
        stack.pop();
        openerOf.set(index, openerIndexes.pop()!);
      }
      index++;
    }
    if (lineTokens.length > 0) previousLast = lineTokens[lineTokens.length - 1]!;
  }
  return layouts;
}

function indentText(level: number, options: FormattingOptions): string {
  return options.insertSpaces ? " ".repeat(level * options.tabSize) : "\t".repeat(level);
}

/** Returns the edits that format lines `fromLine`..`toLine` (0-based, inclusive) of the document. */
export function formatLines(doc: DocumentAnalysis, options: FormattingOptions, fromLine = 0, toLine = Number.MAX_SAFE_INTEGER): TextEdit[] {
  const { lineStarts } = layoutTokens(doc);
  const layouts = layoutLines(doc);
  const stopAt = firstUnparsableLine(doc, lineStarts);
  const text = doc.text;
  const edits: TextEdit[] = [];
  for (let line = fromLine; line <= Math.min(toLine, stopAt - 1, lineStarts.length - 1); line++) {
    const start = lineStarts[line]!;
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
    while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
    const content = text.slice(start, end);
    const layout = layouts[line]!;
    const indentEnd = start + (content.length - content.trimStart().length);
    const blank = indentEnd === end;

    if (layout.trim) {
      const trimmedEnd = blank ? start : start + content.trimEnd().length;
      if (trimmedEnd < end && !(blank && layout.level === null)) edits.push({ range: rangeOf(doc, trimmedEnd, end), newText: "" });
    }
    if (layout.level === null || blank) continue;
    const indent = indentText(layout.level, options);
    if (text.slice(start, indentEnd) !== indent) edits.push({ range: rangeOf(doc, start, indentEnd), newText: indent });
  }
  return edits;
}

/** Formats the whole document. */
export function formatDocument(doc: DocumentAnalysis, options: FormattingOptions): TextEdit[] {
  return formatLines(doc, options);
}

/** Formats the lines that the range touches. */
export function formatRange(doc: DocumentAnalysis, range: { start: { line: number }; end: { line: number; character: number } }, options: FormattingOptions): TextEdit[] {
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return formatLines(doc, options, range.start.line, lastLine);
}
