/** Selection ranges (expand selection): the syntax nodes around the cursor, innermost first. */

import type { SelectionRange } from "vscode-languageserver";
import { rangeOf, type DocumentAnalysis } from "./analysis.ts";
import { nodePath } from "./tree.ts";

export function selectionRange(doc: DocumentAnalysis, offset: number): SelectionRange {
  let parent: SelectionRange | undefined;
  let previous: { start: number; end: number } | null = null;
  for (const node of nodePath(doc.compiled.script, offset)) {
    // A node with the same range as its parent adds no step.
    if (previous !== null && previous.start === node.start && previous.end === node.end) continue;
    parent = { range: rangeOf(doc, node.start, node.end), parent };
    previous = node;
  }
  return parent ?? { range: rangeOf(doc, offset, offset) };
}
