/**
 * Navigation over one rule: the target under the cursor (a local variable,
 * a parameter, a script method or a statement label) and every occurrence
 * of it, for go to definition, references, document highlight and rename.
 */

import type { AST } from "@twinsync/compiler";
import type { DocumentAnalysis } from "./analysis.ts";
import { nameRange, scriptMethods, visibleSymbols } from "./scopes.ts";
import { childrenOf, forEachNode, nodePath } from "./tree.ts";

type LocalSymbol = DocumentAnalysis["analysis"]["facts"]["symbols"][number];

export type Target = { kind: "local"; symbol: LocalSymbol } | { kind: "method"; name: string } | { kind: "label"; statement: AST.LabeledStatement };

/** A name's occurrence; `declaration` marks where the target is declared. */
export interface Occurrence {
  start: number;
  end: number;
  declaration: boolean;
  /** Whether the occurrence writes the variable. */
  write: boolean;
}

const within = (offset: number, start: number, end: number) => start <= offset && offset <= end;

/** Returns the range of the label in `outer:`, `break outer` or `continue outer`. */
export function labelRange(doc: DocumentAnalysis, node: AST.LabeledStatement | AST.BreakStatement | AST.ContinueStatement): { start: number; end: number } | null {
  const label = node.label;
  if (label === null) return null;
  if (node.kind === "LabeledStatement") return { start: node.start, end: node.start + label.length };
  // The label is the last word of `break outer`; a comment may sit between the keyword and the label.
  const text = doc.text.slice(node.start, node.end);
  const matches = [...text.matchAll(new RegExp(`(?<![\\w$])${label.replace(/\$/g, "\\$")}(?![\\w$])`, "g"))];
  const last = matches.at(-1);
  return last === undefined ? null : { start: node.start + last.index, end: node.start + last.index + label.length };
}

/** Finds the labeled statement that a `break` or `continue` with a label leaves, among the enclosing nodes of `path`. */
function labeledTarget(path: AST.Node[], label: string): AST.LabeledStatement | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    if (node.kind === "LabeledStatement" && node.label === label) return node;
    // A jump cannot leave a closure or a method.
    if (node.kind === "ClosureExpression" || node.kind === "MethodDeclaration") return null;
  }
  return null;
}

/** Finds the variable, parameter, script method or label whose name is under `offset`. */
export function targetAt(doc: DocumentAnalysis, offset: number): { target: Target; start: number; end: number } | null {
  const facts = doc.analysis.facts;
  const path = nodePath(doc.compiled.script, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    if (node.kind === "LabeledStatement" || node.kind === "BreakStatement" || node.kind === "ContinueStatement") {
      const range = labelRange(doc, node);
      if (range !== null && within(offset, range.start, range.end)) {
        const statement = node.kind === "LabeledStatement" ? node : labeledTarget(path.slice(0, i), node.label!);
        return statement === null ? null : { target: { kind: "label", statement }, ...range };
      }
    }
    if (node.kind === "Identifier") {
      const symbol = localOf(doc, node);
      return symbol === null ? null : { target: { kind: "local", symbol }, start: node.start, end: node.end };
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
    if (symbol.kind === "it") continue;
    const name = nameRange(doc, symbol);
    if (within(offset, name.start, name.end)) return { target: { kind: "local", symbol }, start: name.start, end: name.end };
  }
  return null;
}

/**
 * The identifiers that assignments and `++`/`--` write. The checker records
 * the names it reads, so these are resolved here by scope.
 */
function writtenIdentifiers(doc: DocumentAnalysis): AST.Identifier[] {
  const written: AST.Identifier[] = [];
  forEachNode(doc.compiled.script, (node) => {
    if (node.kind === "AssignmentExpression" && node.target.kind === "Identifier") written.push(node.target);
    if (node.kind === "UpdateExpression" && node.argument.kind === "Identifier") written.push(node.argument);
  });
  return written;
}

/** The local variable an identifier refers to, or null for rule variables, bindings and unknown names. */
function localOf(doc: DocumentAnalysis, identifier: AST.Identifier): LocalSymbol | null {
  const resolution = doc.analysis.facts.names.get(identifier);
  if (resolution !== undefined) return resolution.kind === "local" ? resolution.symbol : null;
  return visibleSymbols(doc, identifier.start).find((s) => s.name === identifier.name) ?? null;
}

/** Lists every occurrence of a target in source order. */
export function occurrences(doc: DocumentAnalysis, target: Target): Occurrence[] {
  const facts = doc.analysis.facts;
  const found: Occurrence[] = [];
  if (target.kind === "local") {
    const symbol = target.symbol;
    if (symbol.kind !== "it") found.push({ ...nameRange(doc, symbol), declaration: true, write: true });
    const written = writtenIdentifiers(doc);
    const writes = new Set<AST.Expression>(written);
    for (const [identifier, resolution] of facts.names) {
      if (resolution.kind === "local" && resolution.symbol === symbol) found.push({ start: identifier.start, end: identifier.end, declaration: false, write: writes.has(identifier) });
    }
    for (const identifier of written) {
      if (identifier.name === symbol.name && !facts.names.has(identifier) && localOf(doc, identifier) === symbol) found.push({ start: identifier.start, end: identifier.end, declaration: false, write: true });
    }
  } else if (target.kind === "label") {
    found.push(...labelOccurrences(doc, target.statement));
  } else {
    for (const method of scriptMethods(doc)) {
      if (method.name === target.name) found.push({ start: method.nameStart, end: method.nameEnd, declaration: true, write: false });
    }
    for (const [call, resolution] of facts.calls) {
      if (resolution.kind === "script-method" && call.name === target.name) found.push({ start: call.nameStart, end: call.nameEnd, declaration: false, write: false });
    }
  }
  const seen = new Set<number>();
  const unique: Occurrence[] = [];
  for (const occurrence of found.sort((a, b) => a.start - b.start)) {
    if (seen.has(occurrence.start)) continue;
    seen.add(occurrence.start);
    unique.push(occurrence);
  }
  return unique;
}

/** Lists the label of a labeled statement and the `break` and `continue` statements in its body that name it. */
function labelOccurrences(doc: DocumentAnalysis, statement: AST.LabeledStatement): Occurrence[] {
  const found: Occurrence[] = [];
  const declaration = labelRange(doc, statement);
  if (declaration !== null) found.push({ ...declaration, declaration: true, write: false });
  if (statement.body === null) return found;
  const pending: AST.Node[] = [statement.body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    // An inner label of the same name, a closure or a method starts a region where the jumps mean something else.
    if ((node.kind === "LabeledStatement" && node.label === statement.label) || node.kind === "ClosureExpression" || node.kind === "MethodDeclaration") continue;
    if ((node.kind === "BreakStatement" || node.kind === "ContinueStatement") && node.label === statement.label) {
      const range = labelRange(doc, node);
      if (range !== null) found.push({ ...range, declaration: false, write: false });
    }
    pending.push(...childrenOf(node));
  }
  return found;
}

const KEYWORDS = new Set(["def", "var", "if", "else", "for", "in", "while", "do", "return", "try", "catch", "finally", "throw", "new", "null", "true", "false", "switch", "case", "default", "break", "continue", "import", "as", "instanceof", "assert", "class", "this", "super", "it"]);

/** Why a new name cannot be used, or null when it is a valid Groovy name. */
export function invalidNameReason(name: string): string | null {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `'${name}' is not a valid Groovy name; use letters, digits, '_' or '$', not starting with a digit`;
  if (KEYWORDS.has(name)) return `'${name}' is a Groovy keyword or a reserved name`;
  return null;
}
