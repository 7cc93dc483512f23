/**
 * Semantic token deltas: the server stores the last token data it sent for
 * each document under a result id, and returns for a delta request the one
 * edit that turns that data into the new one.
 */

import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from "vscode-languageserver";

/**
 * Computes the edits that turn `before` into `after`: at most one edit, which
 * replaces the part between their common prefix and common suffix. Token data
 * is relative to the previous token, so an edit on one line changes only the
 * entries of that line and the first token after it.
 */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  if (prefix === before.length && prefix === after.length) return [];
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return [{ start: prefix, deleteCount: before.length - prefix - suffix, data: after.slice(prefix, after.length - suffix) }];
}

/** Applies delta edits to token data, as a client does. */
export function applyTokenEdits(data: readonly number[], edits: readonly SemanticTokensEdit[]): number[] {
  const result = [...data];
  // Edits refer to the original data, so the later ones are applied first.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return result;
}

/** The last token data sent for each open document. */
export class SemanticTokenResults {
  private readonly sent = new Map<string, { resultId: string; data: number[] }>();
  private nextId = 1;

  /** Records `data` as the latest result for `uri` and returns it with a new result id. */
  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(this.nextId++);
    this.sent.set(uri, { resultId, data });
    return { resultId, data };
  }

  /**
   * Returns the edits from the result `previousResultId` to `data`, or the
   * full data when that result is not the last one sent for `uri` (the
   * client then replaces its tokens).
   */
  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.sent.get(uri);
    if (previous === undefined || previous.resultId !== previousResultId) return this.full(uri, data);
    const edits = tokenEdits(previous.data, data);
    const resultId = String(this.nextId++);
    this.sent.set(uri, { resultId, data });
    return { resultId, edits };
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
