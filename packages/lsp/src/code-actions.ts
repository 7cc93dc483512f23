/**
 * Code actions: did-you-mean quick fixes from the checker's replacements,
 * `?.` for a possible null dereference, `?:` for a copy that could erase a
 * local value, and suppressing a checker code on one line.
 */

import { DIAGNOSTICS } from "@twinsync/compiler";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";
import { forEachNode } from "./tree.ts";

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
    const fix = diagnostic.code === "null-dereference" ? safeNavigationFix(doc, uri, diagnostic) : diagnostic.code === "copy-may-wipe" ? keepLocalValueFix(doc, uri, diagnostic) : null;
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
