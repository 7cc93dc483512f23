/**
 * Navigation over one rule: the target under the cursor (a local variable,
 * a parameter or a script method) and every occurrence of it, for go to
 * definition, references, document highlight and rename.
 */

import type { AST } from "@twinsync/compiler";
import type { DocumentAnalysis } from "./analysis.ts";
import { scriptMethods } from "./scopes.ts";
import { nodePath } from "./tree.ts";

type LocalSymbol = DocumentAnalysis["analysis"]["facts"]["symbols"][number];

export type Target = { kind: "local"; symbol: LocalSymbol } | { kind: "method"; name: string };

/** A name's occurrence; `declaration` marks where the target is declared. */
export interface Occurrence {
  start: number;
  end: number;
  declaration: boolean;
  /** Whether the occurrence writes the variable. */
  write: boolean;
}

const within = (offset: number, start: number, end: number) => start <= offset && offset <= end;

/** Finds the variable, parameter or script method whose name is under `offset`. */
export function targetAt(doc: DocumentAnalysis, offset: number): { target: Target; start: number; end: number } | null {
  const facts = doc.analysis.facts;
  const path = nodePath(doc.compiled.script, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    if (node.kind === "Identifier") {
      const resolution = facts.names.get(node);
      if (resolution?.kind === "local") return { target: { kind: "local", symbol: resolution.symbol }, start: node.start, end: node.end };
      return null;
    }
    if (node.kind === "MethodCallExpression" && node.object === null && typeof node.name === "string" && within(offset, node.nameStart, node.nameEnd)) {
      if (facts.calls.get(node)?.kind === "script-method") return { target: { kind: "method", name: node.name }, start: node.nameStart, end: node.nameEnd };
      return null;
    }
    if (node.kind === "MethodDeclaration" && within(offset, node.nameStart, node.nameEnd)) return { target: { kind: "method", name: node.name }, start: node.nameStart, end: node.nameEnd };
    if (node.kind === "VariableDeclaration") {
      for (const declarator of node.declarators) {
        const symbol = facts.declarators.get(declarator);
        if (symbol !== undefined && within(offset, declarator.nameStart, declarator.nameEnd)) return { target: { kind: "local", symbol }, start: declarator.nameStart, end: declarator.nameEnd };
      }
    }
  }
  for (const symbol of facts.symbols) {
    if (symbol.kind !== "it" && within(offset, symbol.start, symbol.end)) return { target: { kind: "local", symbol }, start: symbol.start, end: symbol.end };
  }
  return null;
}

function writtenIdentifiers(doc: DocumentAnalysis): Set<AST.Expression> {
  return doc.analysis.facts.writeTargets;
}

/** Lists every occurrence of a target in source order. */
export function occurrences(doc: DocumentAnalysis, target: Target): Occurrence[] {
  const facts = doc.analysis.facts;
  const found: Occurrence[] = [];
  if (target.kind === "local") {
    const symbol = target.symbol;
    if (symbol.kind !== "it") found.push({ start: symbol.start, end: symbol.end, declaration: true, write: true });
    const writes = writtenIdentifiers(doc);
    for (const [identifier, resolution] of facts.names) {
      if (resolution.kind === "local" && resolution.symbol === symbol) found.push({ start: identifier.start, end: identifier.end, declaration: false, write: writes.has(identifier) });
    }
  } else {
    for (const method of scriptMethods(doc)) {
      if (method.name === target.name) found.push({ start: method.nameStart, end: method.nameEnd, declaration: true, write: false });
    }
    for (const [call, resolution] of facts.calls) {
      if (resolution.kind === "script-method" && call.name === target.name) found.push({ start: call.nameStart, end: call.nameEnd, declaration: false, write: false });
    }
  }
  const seen = new Set<number>();
  return found.sort((a, b) => a.start - b.start).filter((o) => !seen.has(o.start) && seen.add(o.start) !== undefined);
}

const KEYWORDS = new Set(["def", "var", "if", "else", "for", "in", "while", "do", "return", "try", "catch", "finally", "throw", "new", "null", "true", "false", "switch", "case", "default", "break", "continue", "import", "as", "instanceof", "assert", "class", "this", "super", "it"]);

/** Why a new name cannot be used, or null when it is a valid Groovy name. */
export function invalidNameReason(name: string): string | null {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `'${name}' is not a valid Groovy name; use letters, digits, '_' or '$', not starting with a digit`;
  if (KEYWORDS.has(name)) return `'${name}' is a Groovy keyword or a reserved name`;
  return null;
}
