/** Folding ranges: bracketed blocks, multi-line strings, block comments, runs of line comments and imports. */

import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";
import { CLOSERS, layoutTokens, lineOf, OPENERS } from "./tokens.ts";

export function foldingRanges(doc: DocumentAnalysis): FoldingRange[] {
  const { tokens, comments, lineStarts } = layoutTokens(doc);
  const ranges: FoldingRange[] = [];
  const open: number[] = [];

  for (const token of tokens) {
    if (OPENERS.has(token.type)) open.push(lineOf(lineStarts, token.start));
    else if (CLOSERS.has(token.type) && open.length > 0) {
      const startLine = open.pop()!;
      // The closing line stays visible, so a folded block still shows its closing bracket.
      const endLine = lineOf(lineStarts, token.start) - 1;
      if (endLine > startLine) ranges.push({ startLine, endLine });
    } else if (token.type.endsWith("StringLiteral")) {
      const startLine = lineOf(lineStarts, token.start);
      const endLine = lineOf(lineStarts, token.end - 1);
      if (endLine > startLine) ranges.push({ startLine, endLine });
    }
  }

  let runStart = -1;
  let runEnd = -1;
  const flushRun = () => {
    if (runStart >= 0 && runEnd > runStart) ranges.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
    runStart = -1;
  };
  for (const comment of comments) {
    const startLine = lineOf(lineStarts, comment.start);
    const endLine = lineOf(lineStarts, comment.end - 1);
    if (comment.kind === "block") {
      flushRun();
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
      continue;
    }
    const ownLine = doc.text.slice(lineStarts[startLine]!, comment.start).trim() === "";
    if (!ownLine) continue;
    if (runStart >= 0 && startLine === runEnd + 1) runEnd = startLine;
    else {
      flushRun();
      runStart = startLine;
      runEnd = startLine;
    }
  }
  flushRun();

  const imports = doc.compiled.script.body.filter((s) => s.kind === "ImportDeclaration");
  if (imports.length > 1) {
    const startLine = lineOf(lineStarts, imports[0]!.start);
    const endLine = lineOf(lineStarts, imports[imports.length - 1]!.end - 1);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Imports });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
