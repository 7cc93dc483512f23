/**
 * Code actions. Did-you-mean quick fixes come from the checker's
 * replacements. Others add `?.` for a possible null dereference, `?:` for a
 * copy that could erase a local value and `if (firstSync)` around a
 * sync-back, remove an unused variable, or suppress a checker code on one line.
 */

import { DIAGNOSTICS, type AST } from "@twinsync/compiler";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { rangeOf, type DocumentAnalysis } from "./analysis.ts";
import { forEachNode, nodePath } from "./tree.ts";

/**
 * Whether a suppression comment can silence a code. Only checker codes can,
 * and in the catalogue only they carry a message template.
 */
function isSuppressible(code: string): boolean {
  const definition = (DIAGNOSTICS as Record<string, { message?: string }>)[code];
  return definition?.message !== undefined;
}

function replacementOf(diagnostic: Diagnostic): string | null {
  const data = diagnostic.data as { replacement?: unknown } | undefined;
  return typeof data?.replacement === "string" ? data.replacement : null;
}

/** Node kinds that bind tighter than `?:`, so `x ?: y` needs no parentheses around them. */
const PRIMARY_KINDS = new Set(["Identifier", "PropertyExpression", "MethodCallExpression", "IndexExpression", "ParenthesizedExpression", "StringLiteral", "GStringExpression", "NumberLiteral"]);

/** `x.y` → `x?.y` and `x[0]` → `x?[0]` after the expression that can be null. */
function safeNavigationFix(doc: DocumentAnalysis, uri: string, diagnostic: Diagnostic): CodeAction | null {
  const end = doc.document.offsetAt(diagnostic.range.end);
  const next = doc.text[end];
  if (next !== "." && next !== "[") return null;
  if (doc.text.startsWith(".&", end) || doc.text.startsWith(".@", end) || doc.text.startsWith("..", end)) return null;
  const position = diagnostic.range.end;
  return {
    title: next === "." ? "Use '?.'" : "Use '?['",
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: { start: position, end: position }, newText: "?" }] } },
  };
}

/** `issue.x = remote` → `issue.x = remote ?: issue.x`, which keeps the local value when the remote one is null. */
function keepLocalValueFix(doc: DocumentAnalysis, uri: string, diagnostic: Diagnostic): CodeAction | null {
  const start = doc.document.offsetAt(diagnostic.range.start);
  const end = doc.document.offsetAt(diagnostic.range.end);
  let assignment: { target: string; value: { kind: string } } | null = null;
  forEachNode(doc.compiled.script, (node) => {
    if (node.kind === "AssignmentExpression" && node.operator === "=" && node.value.start === start && node.value.end === end) {
      assignment = { target: doc.text.slice(node.target.start, node.target.end), value: node.value };
    }
  });
  if (assignment === null) return null;
  const found: { target: string; value: { kind: string } } = assignment;
  const value = doc.text.slice(start, end);
  const guarded = PRIMARY_KINDS.has(found.value.kind) ? value : `(${value})`;
  return {
    title: `Keep the local value when this is null ('?: ${found.target}')`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: diagnostic.range, newText: `${guarded} ?: ${found.target}` }] } },
  };
}

/** Node kinds whose evaluation has no effect, so a declaration that only stores them can go. */
const EFFECT_FREE_KINDS = new Set(["Identifier", "PropertyExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "NullLiteral", "ListExpression", "MapExpression", "ClosureExpression", "ParenthesizedExpression"]);

function isEffectFree(node: AST.Node): boolean {
  let free = true;
  forEachNode(node, (inner) => {
    // NOTE: a closure counts as having effects when its body calls anything, although it would only run when called.
    if (!EFFECT_FREE_KINDS.has(inner.kind)) free = false;
  });
  return free;
}

/** Whole lines from the line of `start` through the line of `end`, when nothing else shares them. */
function ownLines(text: string, start: number, end: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  if (text.slice(lineStart, start).trim() !== "" || text.slice(end, lineEnd).replace(/\/\/.*$/, "").trim() !== "") return null;
  return { start: lineStart, end: lineEnd };
}

/** Deletes `def x = value` when x is never read and the value has no effect. */
function removeUnusedFix(doc: DocumentAnalysis, uri: string, diagnostic: Diagnostic): CodeAction | null {
  const nameStart = doc.document.offsetAt(diagnostic.range.start);
  let declaration: AST.VariableDeclaration | null = null;
  forEachNode(doc.compiled.script, (node) => {
    if (node.kind === "VariableDeclaration" && node.declarators.length === 1 && node.declarators[0]!.nameStart === nameStart) declaration = node;
  });
  const found = declaration as AST.VariableDeclaration | null;
  if (found === null) return null;
  const init = found.declarators[0]!.init;
  if (init !== null && !isEffectFree(init)) return null;
  const lines = ownLines(doc.text, found.start, found.end);
  if (lines === null) return null;
  return {
    title: `Remove the unused variable '${found.declarators[0]!.name}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: rangeOf(doc, lines.start, lines.end), newText: "" }] } },
  };
}

/** Wraps the statement that calls `syncBackAfterProcessing()` in `if (firstSync) { … }`. */
function firstSyncOnlyFix(doc: DocumentAnalysis, uri: string, diagnostic: Diagnostic): CodeAction | null {
  const offset = doc.document.offsetAt(diagnostic.range.start);
  const statement = nodePath(doc.compiled.script, offset).reverse().find((node) => node.kind === "ExpressionStatement");
  if (statement === undefined || ownLines(doc.text, statement.start, statement.end) === null) return null;
  const lineStart = doc.text.lastIndexOf("\n", statement.start - 1) + 1;
  const indent = doc.text.slice(lineStart, statement.start);
  const body = doc.text.slice(statement.start, statement.end).replace(/\n/g, "\n    ");
  return {
    title: "Run this only on the first sync ('if (firstSync)')",
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: rangeOf(doc, statement.start, statement.end), newText: `if (firstSync) {\n${indent}    ${body}\n${indent}}` }] } },
  };
}

/** Quick fixes by diagnostic code, besides did-you-mean and suppression. */
const FIXES: Record<string, (doc: DocumentAnalysis, uri: string, diagnostic: Diagnostic) => CodeAction | null> = {
  "null-dereference": safeNavigationFix,
  "copy-may-wipe": keepLocalValueFix,
  "unused-variable": removeUnusedFix,
  "sync-back-outside-first-sync": firstSyncOnlyFix,
};

/** Returns the quick fixes for the diagnostics the client sends for a range of `uri`. */
export function codeActions(doc: DocumentAnalysis, uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== "twinsync" || typeof diagnostic.code !== "string") continue;
    const replacement = replacementOf(diagnostic);
    if (replacement !== null) {
      actions.push({
        title: `Change to '${replacement}'`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: diagnostic.range, newText: replacement }] } },
      });
    }
    const fix = FIXES[diagnostic.code]?.(doc, uri, diagnostic) ?? null;
    if (fix !== null) actions.push(fix);
    if (!isSuppressible(diagnostic.code)) continue;
    const line = diagnostic.range.start.line;
    const lineStart = doc.document.offsetAt({ line, character: 0 });
    const indent = /^[ \t]*/.exec(doc.text.slice(lineStart))![0];
    actions.push({
      title: `Suppress '${diagnostic.code}' on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}// twinsync-disable-next-line ${diagnostic.code}\n` }] } },
    });
  }
  return actions;
}
