/**
 * Semantic tokens (full document): keywords, strings, numbers and comments
 * from the lexer, and names classified by what the checker resolved them to.
 * Tokens that span lines (multi-line strings and comments) are left to the
 * client's grammar, because not every client accepts multi-line tokens.
 */

import type { AST } from "@twinsync/compiler";
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";
import { nameRange } from "./scopes.ts";
import { layoutTokens } from "./tokens.ts";
import { forEachNode } from "./tree.ts";

const TYPES = ["keyword", "string", "number", "comment", "variable", "parameter", "property", "method", "function", "class"] as const;
const MODIFIERS = ["declaration", "readonly", "defaultLibrary"] as const;

type TokenType = (typeof TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

interface Classified {
  type: TokenType;
  modifiers: number;
}

const DECLARATION = 1;
const READONLY = 2;
const DEFAULT_LIBRARY = 4;

/** Classifies the names of the tree by their start offset. */
function classifyNames(doc: DocumentAnalysis): Map<number, Classified> {
  const facts = doc.analysis.facts;
  const names = new Map<number, Classified>();
  for (const symbol of facts.symbols) {
    if (symbol.kind === "it") continue;
    const parameter = symbol.kind === "parameter" || symbol.kind === "closure-parameter" || symbol.kind === "catch-parameter";
    names.set(nameRange(doc, symbol).start, { type: parameter ? "parameter" : "variable", modifiers: DECLARATION });
  }
  for (const [identifier, resolution] of facts.names) {
    if (resolution.kind === "local") {
      const kind = resolution.symbol.kind;
      names.set(identifier.start, { type: kind === "parameter" || kind === "closure-parameter" || kind === "catch-parameter" || kind === "it" ? "parameter" : "variable", modifiers: 0 });
    } else if (resolution.kind === "rule-variable") names.set(identifier.start, { type: "variable", modifiers: READONLY | DEFAULT_LIBRARY });
    else if (resolution.kind === "class") names.set(identifier.start, { type: "class", modifiers: DEFAULT_LIBRARY });
    else if (resolution.kind === "binding") names.set(identifier.start, { type: "variable", modifiers: 0 });
  }
  forEachNode(doc.compiled.script, (node: AST.Node) => {
    if (node.kind === "PropertyExpression" && typeof node.property === "string") names.set(node.propertyStart, { type: "property", modifiers: 0 });
    else if (node.kind === "MethodCallExpression" && typeof node.name === "string" && !names.has(node.nameStart)) {
      names.set(node.nameStart, { type: node.object === null ? "function" : "method", modifiers: 0 });
    } else if (node.kind === "MethodDeclaration") names.set(node.nameStart, { type: "function", modifiers: DECLARATION });
  });
  return names;
}

function lexicalType(type: string): TokenType | null {
  if (type.startsWith("Kw")) return "keyword";
  if (type === "StringLiteral" || type === "GStringLiteral") return "string";
  if (type === "IntegerLiteral" || type === "DecimalLiteral") return "number";
  return null;
}

export function semanticTokens(doc: DocumentAnalysis): SemanticTokens {
  const { tokens, comments } = layoutTokens(doc);
  const names = classifyNames(doc);
  const entries: { start: number; end: number; type: TokenType; modifiers: number }[] = [];
  for (const token of tokens) {
    const named = token.type === "Identifier" ? names.get(token.start) : undefined;
    if (named !== undefined) entries.push({ start: token.start, end: token.end, ...named });
    const lexical = lexicalType(token.type);
    if (lexical !== null) entries.push({ start: token.start, end: token.end, type: lexical, modifiers: 0 });
  }
  for (const comment of comments) entries.push({ start: comment.start, end: comment.end, type: "comment", modifiers: 0 });
  entries.sort((a, b) => a.start - b.start);

  const builder = new SemanticTokensBuilder();
  for (const entry of entries) {
    const start = doc.document.positionAt(entry.start);
    const end = doc.document.positionAt(entry.end);
    if (start.line !== end.line) continue;
    builder.push(start.line, start.character, entry.end - entry.start, TYPES.indexOf(entry.type), entry.modifiers);
  }
  return builder.build();
}
