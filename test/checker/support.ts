/** Helpers for the checker corpus tests: check a rule file the way `twinsync check` does, render diagnostics for golden files. */

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { checkRule, parse, type Diagnostic, type ParseResult, type RuleConfig } from "@twinsync/compiler";

export interface CheckedFile {
  file: string;
  text: string;
  parsed: ParseResult;
  /** Parser diagnostics followed by the checker's. */
  diagnostics: Diagnostic[];
}

export function directionOf(file: string): "incoming" | "outgoing" {
  return /\.incoming\.groovy$/.test(file) ? "incoming" : "outgoing";
}

export function checkFile(path: string, config?: RuleConfig): CheckedFile {
  const text = readFileSync(path, "utf8");
  const parsed = parse(text);
  const diagnostics = [...parsed.diagnostics, ...checkRule(parsed, { direction: directionOf(path), source: text, config })];
  return { file: basename(path), text, parsed, diagnostics };
}

/** `line:col-line:col code message`, the form golden files store. */
export function renderDiagnostic(checked: CheckedFile, d: Diagnostic): string {
  const from = checked.parsed.lineMap.position(d.start);
  const to = checked.parsed.lineMap.position(d.end);
  return `${from.line}:${from.column}-${to.line}:${to.column} ${d.code} ${d.message}`;
}

/** Whether golden files should be rewritten instead of compared (`UPDATE_GOLDEN=1`). */
export const updateGolden = process.env.UPDATE_GOLDEN === "1";
