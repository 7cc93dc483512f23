/** Inlay hints: the inferred types of `def` locals and of closure parameters written without a type. */

import { formatType, type AST } from "@twinsync/compiler";
import { InlayHintKind, type InlayHint } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";
import { forEachNode } from "./tree.ts";

/** Returns hints for declarations between `start` and `end`; a type the checker does not know (`Object`) gets none. */
export function inlayHints(doc: DocumentAnalysis, start: number, end: number): InlayHint[] {
  const hints: InlayHint[] = [];
  const add = (offset: number, type: ReturnType<DocumentAnalysis["analysis"]["typeOf"]>) => {
    if (offset < start || offset > end || type.kind === "dynamic" || type.kind === "null" || type.kind === "void") return;
    hints.push({ position: doc.document.positionAt(offset), label: `: ${formatType(type)}`, kind: InlayHintKind.Type, paddingLeft: false });
  };
  const closureSymbols = new Map(doc.analysis.facts.symbols.filter((s) => s.kind === "closure-parameter").map((s) => [s.start, s]));
  forEachNode(doc.compiled.script, (node: AST.Node) => {
    if (node.kind === "VariableDeclaration" && node.type === null) {
      for (const declarator of node.declarators) if (declarator.init !== null) add(declarator.nameEnd, doc.analysis.typeOf(declarator.init));
    }
    if (node.kind === "ClosureExpression" && node.params !== null) {
      for (const param of node.params) {
        if (param.type !== null) continue;
        const symbol = closureSymbols.get(param.start);
        const use = symbol === undefined ? undefined : firstUse(doc, symbol);
        if (use !== undefined) add(param.start + param.name.length, doc.analysis.typeOf(use));
      }
    }
  });
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

type LocalSymbol = DocumentAnalysis["analysis"]["facts"]["symbols"][number];

/** The first read of a symbol, whose inferred type is the parameter's type. */
function firstUse(doc: DocumentAnalysis, symbol: LocalSymbol): AST.Identifier | undefined {
  let found: AST.Identifier | undefined;
  for (const [identifier, resolution] of doc.analysis.facts.names) {
    if (resolution.kind === "local" && resolution.symbol === symbol && (found === undefined || identifier.start < found.start)) found = identifier;
  }
  return found;
}
