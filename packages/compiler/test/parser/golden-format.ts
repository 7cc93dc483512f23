/**
 * Renders a parse result as the text stored in a golden `.tree` file: the
 * printed tree, then each diagnostic as `line:col code message`.
 */

import { parse, type ParseResult } from "../../src/syntax/parse.ts";
import { printTree } from "../../src/syntax/print.ts";

/** A diagnostic as `line:col code message`, with 1-based line and column of its start. */
export function formatDiagnostic(result: ParseResult, index: number): string {
  const d = result.diagnostics[index]!;
  const at = result.lineMap.position(d.start);
  return `${at.line}:${at.column} ${d.code} ${d.message}`;
}

/** Parses `text` and renders the tree, then the diagnostics under a `-- diagnostics` line. */
export function renderGolden(text: string): string {
  const result = parse(text);
  const lines = [printTree(result.script)];
  if (result.diagnostics.length > 0) {
    lines.push("-- diagnostics");
    result.diagnostics.forEach((_, i) => lines.push(formatDiagnostic(result, i)));
  }
  return lines.join("\n") + "\n";
}
