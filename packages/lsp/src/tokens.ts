/** The lexer's tokens and comments of a document, computed once per analysis, for formatting and folding. */

import type { Comment } from "@twinsync/compiler";
import type { TokenType } from "chevrotain";
import type { DocumentAnalysis } from "./analysis.ts";
// NOTE: the compiler's package entry does not export its lexer, so the service reaches into the source.
import { lex } from "../../compiler/src/syntax/lexer.ts";

/** A token reduced to what layout needs; `end` is exclusive. */
export interface LayoutToken {
  type: string;
  /** Whether a statement continues on the next line when this token ends a line (a binary or assignment operator). */
  continues: boolean;
  start: number;
  end: number;
}

export interface LayoutTokens {
  tokens: LayoutToken[];
  comments: Comment[];
  /** Offsets at which each line starts. */
  lineStarts: number[];
}

const cache = new WeakMap<DocumentAnalysis, LayoutTokens>();

export const OPENERS: ReadonlySet<string> = new Set(["LParen", "LBracket", "SafeIndex", "LBrace"]);
export const CLOSERS: ReadonlySet<string> = new Set(["RParen", "RBracket", "RBrace"]);

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
    else if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line of an offset. */
export function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

const TRAILING_CONTINUATIONS = new Set(["Question", "Elvis", "Dot", "SafeDot", "SpreadDot"]);

function continuesLine(type: TokenType): boolean {
  if (TRAILING_CONTINUATIONS.has(type.name)) return true;
  return (type.CATEGORIES ?? []).some((category) => category.name === "BinaryOperator" || category.name === "AssignOperator");
}

export function layoutTokens(doc: DocumentAnalysis): LayoutTokens {
  let found = cache.get(doc);
  if (found === undefined) {
    const result = lex(doc.text);
    const tokens = result.tokens
      .filter((t) => t.tokenType.name !== "Newline")
      .map((t) => ({ type: t.tokenType.name, continues: continuesLine(t.tokenType), start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 }));
    // `import groovy.json.*` ends in a star that is no multiplication.
    for (let i = 1; i < tokens.length; i++) if (tokens[i]!.type === "Star" && tokens[i - 1]!.type === "Dot") tokens[i]!.continues = false;
    found = { tokens, comments: result.comments, lineStarts: lineStartsOf(doc.text) };
    cache.set(doc, found);
  }
  return found;
}
