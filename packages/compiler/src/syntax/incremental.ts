/**
 * Incremental parsing for editors. After an edit, only the top-level
 * statements that the edit touches are lexed and parsed again. The rest of
 * the previous tree is reused, and the statements after the edit have their
 * offsets moved by the change in length.
 *
 * A reparse is accepted only where it cannot differ from a full parse: the
 * previous parse had no diagnostics, and the region parses without any
 * diagnostic and starts and ends with a statement separator. Anything else (a syntax error, an
 * unterminated string or comment that would reach past the region) falls
 * back to `parse`.
 */

import type { TokenType } from "chevrotain";
import { LineMap } from "../line-map.ts";
import type * as A from "./ast.ts";
import type { Comment } from "./lexer.ts";
import { lex } from "./lexer.ts";
import { parse, parseTokens, type ParseResult } from "./parse.ts";
import * as T from "./tokens.ts";

const SEPARATORS: ReadonlySet<TokenType> = new Set([T.Newline, T.Semicolon]);

/** The range an edit replaced: `start`..`oldEnd` of the old text became `start`..`newEnd` of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface Reparse {
  result: ParseResult;
  /** The method that made the result: none for unchanged text, a reparse of the touched statements, or a full parse. */
  mode: "unchanged" | "incremental" | "full";
}

/** Characters compared at once while searching for the first difference. */
const BLOCK = 256;

/** Parse results whose trees a reparse has taken over; they must not be reused again. */
const consumed = new WeakSet<ParseResult>();

/** Finds the smallest range that differs between two texts, from their common prefix and suffix; null when they are equal. */
export function changedRange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  // Equal blocks are skipped with native string comparison first, because a per-character loop over a large rule costs about a millisecond.
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix + BLOCK <= shorter - start && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * Parses `after`, reusing the tree of `previous` (the parse of `before`)
 * where the edit did not reach.
 * NOTE: an incremental reparse moves the offsets of the reused nodes in
 * place, so `previous` and everything that refers to its tree are stale
 * afterwards. A second reparse from the same `previous` falls back to a full
 * parse.
 */
export function reparse(previous: ParseResult, before: string, after: string): Reparse {
  const change = changedRange(before, after);
  if (change === null) return { result: previous, mode: "unchanged" };
  if (consumed.has(previous)) return { result: parse(after), mode: "full" };
  const result = reparseRegion(previous, before, after, change);
  if (result === null) return { result: parse(after), mode: "full" };
  consumed.add(previous);
  return { result, mode: "incremental" };
}

function reparseRegion(previous: ParseResult, before: string, after: string, change: TextChange): ParseResult | null {
  const body = previous.script.body;
  const delta = after.length - before.length;

  // Statements that end before the edit starts, and those that start after it ends, are kept.
  let first = 0;
  while (first < body.length && body[first]!.end < change.start) first++;
  let next = first;
  while (next < body.length && body[next]!.start <= change.oldEnd) next++;
  const regionStart = first > 0 ? body[first - 1]!.end : 0;
  const oldRegionEnd = next < body.length ? body[next]!.start : before.length;
  const newRegionEnd = next < body.length ? oldRegionEnd + delta : after.length;

  // A diagnostic can sit in another statement than the one it belongs to (a missing operand is reported at the next token), so only a clean parse is reused.
  if (previous.diagnostics.length > 0) return null;

  // A `#!` line is a comment only at the very start of the text.
  if (regionStart > 0 && after.startsWith("#!", regionStart)) return null;
  const lineMap = new LineMap(after);
  const lexed = lex(after.slice(regionStart, newRegionEnd), regionStart, lineMap);
  if (lexed.diagnostics.length > 0) return null;
  // The parser checks that statements are separated. A region parsed alone cannot see its neighbours, so the separators at its edges are checked here.
  const tokens = lexed.tokens;
  if (first > 0) {
    // The lexer drops a newline that no token precedes, so the text before the region's first token is searched instead.
    const firstToken = tokens[0];
    const separated = firstToken?.tokenType === T.Semicolon || hasLineBreak(after, regionStart, firstToken?.startOffset ?? newRegionEnd, lexed.comments);
    if (!separated) return null;
  }
  if (next < body.length && tokens.length > 0 && !SEPARATORS.has(tokens[tokens.length - 1]!.tokenType)) return null;
  if (tokens.length === 0 && next === body.length) return null;
  const region = parseTokens(after, lexed);
  if (region.script === undefined || region.diagnostics.length > 0) return null;
  for (const statement of region.script.body) {
    if (statement.start < regionStart || statement.end > newRegionEnd) return null;
  }

  const kept = body.slice(next);
  shiftOffsets(kept, delta);
  const comments: Comment[] = previous.comments.filter((c) => c.end <= regionStart);
  comments.push(...region.comments);
  for (const comment of previous.comments) {
    if (comment.start >= oldRegionEnd) comments.push({ kind: comment.kind, start: comment.start + delta, end: comment.end + delta });
  }

  const end = next < body.length ? previous.script.end + delta : region.script.end;
  const script: A.Script = { kind: "Script", body: [...body.slice(0, first), ...region.script.body, ...kept], start: 0, end };
  return { script, diagnostics: [], comments, lineMap };
}

/** Tells whether `text` between `from` and `to` has a line break that the lexer turns into a newline token: one outside comments that no backslash joins. */
function hasLineBreak(text: string, from: number, to: number, comments: readonly Comment[]): boolean {
  let comment = 0;
  for (let pos = from; pos < to; pos++) {
    while (comment < comments.length && comments[comment]!.end <= pos) comment++;
    const inside = comments[comment];
    if (inside !== undefined && inside.start <= pos) {
      pos = inside.end - 1;
      continue;
    }
    const ch = text.charCodeAt(pos);
    if (ch === 92 && (text.charCodeAt(pos + 1) === 10 || text.charCodeAt(pos + 1) === 13)) {
      pos += text.charCodeAt(pos + 1) === 13 && text.charCodeAt(pos + 2) === 10 ? 2 : 1;
      continue;
    }
    if (ch === 10 || ch === 13) return true;
  }
  return false;
}

/** Tells whether a property is a source offset: `start`, `end`, `nameStart`, `propertyEnd`, `operatorStart`... */
function isOffsetKey(key: string): boolean {
  return key === "start" || key === "end" || key.endsWith("Start") || key.endsWith("End");
}

/**
 * Adds `delta` to every offset in the given nodes and everything below them,
 * leaving frozen placeholders alone.
 * NOTE: an object that two nodes shared would be moved twice. The parser
 * shares none; the randomized reparse test would fail if it started to.
 */
function shiftOffsets(roots: unknown[], delta: number): void {
  if (delta === 0) return;
  // An explicit stack, because a long operator chain makes a tree deeper than the call stack allows.
  const pending: unknown[] = [...roots];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    if (Object.isFrozen(value)) continue;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const field = record[key];
      if (typeof field === "number") {
        if (isOffsetKey(key)) record[key] = field + delta;
      } else if (field !== null && typeof field === "object") {
        pending.push(field);
      }
    }
  }
}
