/** The document outline: script methods with their locals, and the script body's variables. */

import type { AST } from "@twinsync/compiler";
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { DocumentAnalysis } from "./analysis.ts";
import { forEachNode } from "./tree.ts";

function variableSymbols(document: TextDocument, declaration: AST.VariableDeclaration): DocumentSymbol[] {
  return declaration.declarators.map((d) => ({
    name: d.name,
    detail: declaration.type === null ? "def" : declaration.type.name,
    kind: SymbolKind.Variable,
    range: rangeIn(document, declaration.start, declaration.end),
    selectionRange: rangeIn(document, d.nameStart, d.nameEnd),
  }));
}

function methodSymbol(document: TextDocument, method: AST.MethodDeclaration): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  forEachNode(method.body, (node) => {
    if (node.kind === "VariableDeclaration") children.push(...variableSymbols(document, node));
  });
  return {
    name: method.name,
    detail: `(${method.params.map((p) => p.name).join(", ")})`,
    kind: SymbolKind.Method,
    range: rangeIn(document, method.start, method.end),
    selectionRange: rangeIn(document, method.nameStart, method.nameEnd),
    children,
  };
}

function rangeIn(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** Lists script methods and the variables declared at the top of a script body, in source order; `document` converts offsets. */
export function scriptSymbols(script: AST.Script, document: TextDocument): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const statement of script.body) {
    if (statement.kind === "MethodDeclaration") symbols.push(methodSymbol(document, statement));
    else if (statement.kind === "VariableDeclaration") symbols.push(...variableSymbols(document, statement));
  }
  return symbols;
}

/** Lists script methods (with their locals) and the variables declared at the top of the script body, in source order. */
export function documentSymbols(doc: DocumentAnalysis): DocumentSymbol[] {
  return scriptSymbols(doc.compiled.script, doc.document);
}

/** Flattens an outline into symbol information for `uri`, each child with its parent as container. */
export function flattenSymbols(symbols: DocumentSymbol[], uri: string): SymbolInformation[] {
  const found: SymbolInformation[] = [];
  const visit = (list: DocumentSymbol[], container: string | undefined) => {
    for (const symbol of list) {
      found.push({ name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.selectionRange }, containerName: container });
      visit(symbol.children ?? [], symbol.name);
    }
  };
  visit(symbols, undefined);
  return found;
}

/** Lists the symbols of one document whose names contain `query` (ignoring case), flattened, for workspace symbol search. */
export function matchingSymbols(doc: DocumentAnalysis, uri: string, query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  return flattenSymbols(documentSymbols(doc), uri).filter((symbol) => symbol.name.toLowerCase().includes(wanted));
}
