/** Conversion of compiler and checker diagnostics to LSP diagnostics. */

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

export function toLspDiagnostic(doc: DocumentAnalysis, d: RuleDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, d.start, d.end),
    severity: SEVERITIES[d.severity],
    code: d.code,
    source: "twinsync",
    message: d.message,
  };
  if (UNNECESSARY.has(d.code)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (d.code === "deprecated-api") diagnostic.tags = [DiagnosticTag.Deprecated];
  if (d.replacement !== undefined) diagnostic.data = { replacement: d.replacement };
  return diagnostic;
}

/** Every diagnostic of the document, in LSP form. */
export function documentDiagnostics(doc: DocumentAnalysis): Diagnostic[] {
  return doc.diagnostics.map((d) => toLspDiagnostic(doc, d));
}
