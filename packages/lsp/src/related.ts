/**
 * Related places for the compiler's duplicate diagnostics. The checker adds
 * its own related places; the compiler reports a duplicate without the
 * declaration it repeats, so the language service finds that declaration in
 * the checker's symbols and the tree.
 */

import type { AST, Diagnostic, RelatedLocation } from "@twinsync/compiler";
import type { DocumentAnalysis } from "./analysis.ts";
import { nameRange, scriptMethods, visibleSymbols } from "./scopes.ts";

/** Returns the earlier declaration that a duplicate variable or method repeats, as a related place. */
function duplicateOf(doc: DocumentAnalysis, d: Diagnostic): RelatedLocation[] {
  if (d.code === "duplicate-method") {
    const name = doc.text.slice(d.start, d.end);
    const earlier = scriptMethods(doc).find((method: AST.MethodDeclaration) => method.name === name && method.nameStart < d.start);
    return earlier === undefined ? [] : [{ start: earlier.nameStart, end: earlier.nameEnd, message: `method '${name}' is first declared here` }];
  }
  // The compiler's range is the repeated name, or a whole closure parameter with its type.
  const name = /[A-Za-z_$][\w$]*(?=\s*(?:=|$))/.exec(doc.text.slice(d.start, d.end))?.[0];
  if (name === undefined) return [];
  const earlier = visibleSymbols(doc, d.start).find((symbol) => symbol.name === name && symbol.start < d.start);
  if (earlier === undefined) return [];
  return [{ ...nameRange(doc, earlier), message: `'${name}' is already declared here` }];
}

/** Adds related places to the compiler's duplicate diagnostics that have none. */
export function withCompilerRelated(doc: DocumentAnalysis): Diagnostic[] {
  return doc.diagnostics.map((d) => {
    if ((d.code !== "duplicate-variable" && d.code !== "duplicate-method") || d.related !== undefined) return d;
    const related = duplicateOf(doc, d);
    return related.length === 0 ? d : { ...d, related };
  });
}
