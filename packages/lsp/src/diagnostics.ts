/** Conversion of compiler and checker diagnostics to LSP diagnostics. */

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic as RuleDiagnostic } from "@twinsync/compiler";
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from "vscode-languageserver";
import { rangeOf, type DocumentAnalysis } from "./analysis.ts";

const SEVERITIES = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Codes whose range marks code that does nothing, which editors show faded. */
const UNNECESSARY = new Set<string>(["unused-variable", "unused-method", "unreachable-code"]);

/**
 * Finds `docs/checker.md` in this module's folder or a folder above it: the
 * repository root for the sources and for the CLI and extension bundles built
 * in the repository. Returns its file URL, or null when no such file is there.
 */
function findCheckerDocs(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, "docs", "checker.md");
    if (existsSync(candidate)) return pathToFileURL(candidate).href;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The file URL of the page that describes every diagnostic code; each code
 * has an anchor of its own name there. Null where the server runs without the
 * repository's docs folder, and then diagnostics carry no link.
 */
export const CHECKER_DOCS_URL: string | null = findCheckerDocs();

export function toLspDiagnostic(doc: DocumentAnalysis, d: RuleDiagnostic, uri = doc.document.uri): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, d.start, d.end),
    severity: SEVERITIES[d.severity],
    code: d.code,
    source: "twinsync",
    message: d.message,
  };
  if (CHECKER_DOCS_URL !== null) diagnostic.codeDescription = { href: `${CHECKER_DOCS_URL}#${d.code}` };
  if (UNNECESSARY.has(d.code)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (d.code === "deprecated-api") diagnostic.tags = [DiagnosticTag.Deprecated];
  if (d.replacement !== undefined) diagnostic.data = { replacement: d.replacement };
  if (d.related !== undefined) {
    diagnostic.relatedInformation = d.related.map((r) => ({ location: { uri, range: rangeOf(doc, r.start, r.end) }, message: r.message }));
  }
  return diagnostic;
}

/** Converts every diagnostic of the document to LSP form; `uri` names the document in related places. */
export function documentDiagnostics(doc: DocumentAnalysis, uri = doc.document.uri): Diagnostic[] {
  return doc.diagnostics.map((d) => toLspDiagnostic(doc, d, uri));
}
