/** Visibility of local variables at an offset, from the checker's symbols and the tree's scopes. */

import type { AST } from "@twinsync/compiler";
import type { DocumentAnalysis } from "./analysis.ts";
import { forEachNode, isScopeNode } from "./tree.ts";

type LocalSymbol = DocumentAnalysis["analysis"]["facts"]["symbols"][number];

interface ScopeIndex {
  /** Scope nodes in source order, parents before children. */
  scopes: AST.Node[];
  /** The innermost scope node around each symbol's declaration. */
  scopeOf: Map<LocalSymbol, AST.Node>;
}

const indexes = new WeakMap<DocumentAnalysis, ScopeIndex>();

/** Assigns every symbol its innermost scope in one sweep over scopes and symbols sorted by start. */
function buildIndex(doc: DocumentAnalysis): ScopeIndex {
  const scopes: AST.Node[] = [];
  forEachNode(doc.compiled.script, (node) => {
    if (isScopeNode(node)) scopes.push(node);
  });
  const symbols = [...doc.analysis.facts.symbols].sort((a, b) => a.start - b.start);
  const scopeOf = new Map<LocalSymbol, AST.Node>();
  const open: AST.Node[] = [];
  let next = 0;
  for (const symbol of symbols) {
    while (next < scopes.length && scopes[next]!.start <= symbol.start) {
      const scope = scopes[next++]!;
      while (open.length > 0 && open[open.length - 1]!.end < scope.start) open.pop();
      open.push(scope);
    }
    while (open.length > 1 && open[open.length - 1]!.end < symbol.start) open.pop();
    scopeOf.set(symbol, open[open.length - 1] ?? doc.compiled.script);
  }
  return { scopes, scopeOf };
}

function indexOf(doc: DocumentAnalysis): ScopeIndex {
  let index = indexes.get(doc);
  if (index === undefined) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

/** The innermost script method around an offset, or null in the script body. */
export function enclosingMethod(doc: DocumentAnalysis, offset: number): AST.MethodDeclaration | null {
  let found: AST.MethodDeclaration | null = null;
  for (const statement of doc.compiled.script.body) {
    if (statement.kind === "MethodDeclaration" && statement.start <= offset && offset <= statement.end) found = statement;
  }
  return found;
}

/**
 * Lists the local variables visible at `offset`, innermost first, one per
 * name. A variable is visible after its declaration inside the scope that
 * declares it; script methods see only their own locals.
 */
export function visibleSymbols(doc: DocumentAnalysis, offset: number): LocalSymbol[] {
  const { scopeOf } = indexOf(doc);
  const method = enclosingMethod(doc, offset);
  const visible: LocalSymbol[] = [];
  for (const [symbol, scope] of scopeOf) {
    if (scope.start > offset || scope.end < offset) continue;
    if (symbol.kind !== "it" && symbol.start >= offset) continue;
    if (method !== null && (scope.start < method.start || scope.end > method.end)) continue;
    visible.push(symbol);
  }
  visible.sort((a, b) => b.start - a.start);
  const seen = new Set<string>();
  return visible.filter((symbol) => {
    if (seen.has(symbol.name)) return false;
    seen.add(symbol.name);
    return true;
  });
}

/** Lists the script methods the rule declares. */
export function scriptMethods(doc: DocumentAnalysis): AST.MethodDeclaration[] {
  return doc.compiled.script.body.filter((s): s is AST.MethodDeclaration => s.kind === "MethodDeclaration");
}

/**
 * Returns the range of a symbol's name. The checker's range of a parameter covers
 * its type and default value too (`String s`, `def t = 1`), so the name is
 * searched inside it.
 */
export function nameRange(doc: DocumentAnalysis, symbol: LocalSymbol): { start: number; end: number } {
  const declared = doc.text.slice(symbol.start, symbol.end);
  if (declared === symbol.name) return { start: symbol.start, end: symbol.end };
  const pattern = new RegExp(`(?<![\\w$])${symbol.name.replace(/\$/g, "\\$")}(?![\\w$])`);
  // The name is the last match before any default value, after the type.
  const matches = [...declared.split("=")[0]!.matchAll(new RegExp(pattern, "g"))];
  const last = matches.at(-1);
  if (last === undefined) return { start: symbol.start, end: symbol.end };
  return { start: symbol.start + last.index, end: symbol.start + last.index + symbol.name.length };
}
