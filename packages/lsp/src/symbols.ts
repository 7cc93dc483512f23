/** The document outline: script methods with their locals, and the script body's variables. */

import type { AST } from "@twinsync/compiler";
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver";
import { rangeOf, type DocumentAnalysis } from "./analysis.ts";
import { forEachNode } from "./tree.ts";

function variableSymbols(doc: DocumentAnalysis, declaration: AST.VariableDeclaration): DocumentSymbol[] {
  return declaration.declarators.map((d) => ({
    name: d.name,
    detail: declaration.type === null ? "def" : declaration.type.name,
    kind: SymbolKind.Variable,
    range: rangeOf(doc, declaration.start, declaration.end),
    selectionRange: rangeOf(doc, d.nameStart, d.nameEnd),
  }));
}

function methodSymbol(doc: DocumentAnalysis, method: AST.MethodDeclaration): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  forEachNode(method.body, (node) => {
    if (node.kind === "VariableDeclaration") children.push(...variableSymbols(doc, node));
  });
  return {
    name: method.name,
    detail: `(${method.params.map((p) => p.name).join(", ")})`,
    kind: SymbolKind.Method,
    range: rangeOf(doc, method.start, method.end),
    selectionRange: rangeOf(doc, method.nameStart, method.nameEnd),
    children,
  };
}

/** Lists script methods and the variables declared at the top of the script body, in source order. */
export function documentSymbols(doc: DocumentAnalysis): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const statement of doc.compiled.script.body) {
    if (statement.kind === "MethodDeclaration") symbols.push(methodSymbol(doc, statement));
    else if (statement.kind === "VariableDeclaration") symbols.push(...variableSymbols(doc, statement));
  }
  return symbols;
}

/** Lists the symbols of one document whose names contain `query` (ignoring case), flattened, for workspace symbol search. */
export function matchingSymbols(doc: DocumentAnalysis, uri: string, query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const found: SymbolInformation[] = [];
  const visit = (symbols: DocumentSymbol[], container: string | undefined) => {
    for (const symbol of symbols) {
      if (symbol.name.toLowerCase().includes(wanted)) found.push({ name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.selectionRange }, containerName: container });
      visit(symbol.children ?? [], symbol.name);
    }
  };
  visit(documentSymbols(doc), undefined);
  return found;
}
