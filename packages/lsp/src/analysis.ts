/**
 * One analysed rule document: the parse tree, the compiler's and the
 * checker's diagnostics, and the checker's facts, computed together so that
 * every feature of the language service reads the same snapshot.
 */

import { analyzeRule, applySeverities, compileRule, parse, reparse, type CompiledRule, type Diagnostic, type ParseResult, type RuleAnalysis, type RuleConfig } from "@twinsync/compiler";
import * as R from "@twinsync/runtime";
import { TextDocument } from "vscode-languageserver-textdocument";
import { withCompilerRelated } from "./related.ts";
import type { Position, Range } from "vscode-languageserver";

export type Direction = "outgoing" | "incoming";

/** The settings of a rule besides its text: direction and project config. */
export interface RuleSettings {
  direction: Direction;
  /** The instance schema and severities from `twinsync.config.json`, when one applies. */
  config?: RuleConfig;
}

/**
 * A compiled rule without `run`. Dropping the closures right after compiling
 * lets the garbage collector free them young, instead of keeping them with
 * each version's analysis.
 */
export type CompiledSyntax = Omit<CompiledRule, "run">;

/** The analysis of one version of a rule document. */
export interface DocumentAnalysis {
  text: string;
  settings: RuleSettings;
  /** The parser's result alone, which the next version's incremental reparse starts from. */
  parsed: ParseResult;
  /** The compiler's output without its runnable closures, which an editor never runs. */
  compiled: CompiledSyntax;
  analysis: RuleAnalysis;
  /** Parser, compiler and checker diagnostics, sorted by position, with the configured severities. */
  diagnostics: Diagnostic[];
  /** Converts between UTF-16 offsets and LSP positions. */
  document: TextDocument;
}

/** Codes whose presence means the tree misses parts of the text. */
export const SYNTAX_CODES: ReadonlySet<string> = new Set(["syntax-error", "unterminated-string", "unterminated-comment", "invalid-character"]);

/** Reads a rule's direction from its file name (`jira.incoming.groovy`, `outgoing.groovy`), or null. */
export function directionFromName(uriOrPath: string): Direction | null {
  const base = decodeURIComponent(uriOrPath.slice(uriOrPath.lastIndexOf("/") + 1)).toLowerCase();
  const match = /(?:^|\.)(outgoing|incoming)\.groovy$/.exec(base);
  return match === null ? null : (match[1] as Direction);
}

/**
 * Parses, compiles and checks a rule text; syntax errors become diagnostics.
 * With the analysis of the document's previous version, only the top-level
 * statements that changed are parsed again.
 * NOTE: that reparse moves offsets in the previous version's tree, so
 * `previous` must not be used afterwards.
 */
export function analyzeDocument(text: string, settings: RuleSettings, uri = "rule.groovy", previous?: DocumentAnalysis): DocumentAnalysis {
  const parsed = previous === undefined ? parse(text) : reparse(previous.parsed, previous.text, text).result;
  const { run: _run, ...compiled } = compileRule(text, { fileName: uri.slice(uri.lastIndexOf("/") + 1), bindingNames: R.ruleVariableNames(settings.direction), parsed });
  const tooDeep = compiled.diagnostics.some((d) => d.code === "nesting-too-deep");
  const analysis = analyzeRule(compiled, { direction: settings.direction, source: text, config: settings.config });
  const checked = tooDeep ? [] : analysis.diagnostics;
  const doc: DocumentAnalysis = {
    text,
    settings,
    parsed,
    compiled,
    analysis,
    diagnostics: mergeDiagnostics(compiled.diagnostics, checked, settings.config),
    document: TextDocument.create(uri, "groovy", 0, text),
  };
  if (doc.diagnostics.some((d) => d.code === "duplicate-variable" || d.code === "duplicate-method")) doc.diagnostics = withCompilerRelated(doc);
  return doc;
}

/** Sorts by position and drops a checker finding that repeats a compiler one at the same place, then applies severities. */
function mergeDiagnostics(compiler: Diagnostic[], checker: Diagnostic[], config: RuleConfig | undefined): Diagnostic[] {
  const seen = new Set<string>();
  const merged: Diagnostic[] = [];
  for (const d of [...compiler, ...checker].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${String(d.code)}@${d.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(d);
  }
  return applySeverities(merged, config?.severity);
}

/** Tells whether the parse recovered from a syntax error, so parts of the text are missing from the tree. */
export function hasSyntaxErrors(doc: DocumentAnalysis): boolean {
  return doc.compiled.diagnostics.some((d) => d.severity === "error" && SYNTAX_CODES.has(d.code));
}

export function rangeOf(doc: DocumentAnalysis, start: number, end: number): Range {
  return { start: doc.document.positionAt(start), end: doc.document.positionAt(end) };
}

export function offsetOf(doc: DocumentAnalysis, position: Position): number {
  return doc.document.offsetAt(position);
}
