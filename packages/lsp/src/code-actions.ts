/** Code actions: did-you-mean quick fixes from the checker's replacements, and suppressing a code on one line. */

import { DIAGNOSTICS } from "@twinsync/compiler";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";

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
