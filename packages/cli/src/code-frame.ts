/** Renders diagnostics the way eslint's default formatter does, with a code frame under each. */

import type { Diagnostic, LineMap } from "@twinsync/compiler";

const useColor = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;

function paint(code: string, text: string): string {
  return useColor ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Characters of a long line shown on each side of the diagnostic's column. */
const FRAME_CONTEXT = 80;

/** Lines around the diagnostic with a caret line under its start. */
export function codeFrame(source: string, lineMap: LineMap, start: number, end: number): string {
  const lines = source.split(/\r\n|\r|\n/);
  const from = lineMap.position(start);
  const to = lineMap.position(Math.max(end, start));
  const first = Math.max(1, from.line - 1);
  const last = Math.min(lines.length, from.line + 1);
  const width = String(last).length;
  // Long lines are cut to a window around the diagnostic's column, marked with "…".
  const windowStart = Math.max(0, from.column - 1 - FRAME_CONTEXT);
  const clip = (text: string) => {
    const piece = text.slice(windowStart, windowStart + 2 * FRAME_CONTEXT);
    return (windowStart > 0 ? "…" : "") + piece + (text.length > windowStart + 2 * FRAME_CONTEXT ? "…" : "");
  };
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === from.line ? paint("31;1", ">") : " ";
    out.push(`  ${marker} ${String(n).padStart(width)} | ${clip(lines[n - 1] ?? "")}`);
    if (n === from.line) {
      const length = to.line === from.line ? Math.max(1, to.column - from.column) : Math.max(1, (lines[n - 1] ?? "").length - from.column + 1);
      const indent = from.column - 1 - windowStart + (windowStart > 0 ? 1 : 0);
      out.push(`    ${" ".repeat(width)} | ${" ".repeat(Math.max(0, indent))}${paint("31;1", "^".repeat(Math.min(length, 2 * FRAME_CONTEXT)))}`);
    }
  }
  return out.join("\n");
}

export interface FileReport {
  file: string;
  source: string;
  lineMap: LineMap;
  diagnostics: Diagnostic[];
}

/** eslint-style report for several files plus a summary line; empty when there is nothing to report. */
export function formatStylish(reports: FileReport[]): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    out.push(paint("4", report.file));
    for (const d of report.diagnostics) {
      const { line, column } = report.lineMap.position(d.start);
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      else others++;
      const severity = d.severity === "error" ? paint("31", "error") : paint("33", d.severity === "warning" ? "warning" : d.severity);
      out.push(`  ${report.file}:${line}:${column}  ${severity}  ${d.message}  ${paint("2", d.code)}`);
      out.push(codeFrame(report.source, report.lineMap, d.start, d.end));
    }
    out.push("");
  }
  const total = errors + warnings + others;
  if (total > 0) {
    const extra = others > 0 ? `, ${others} hint${others === 1 ? "" : "s"}` : "";
    out.push(paint(errors > 0 ? "31;1" : "33;1", `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${extra})`));
  }
  return out.join("\n");
}

/**
 * Formats each error and warning as one line, `file:line:col: severity
 * code: message`, for `twinsync run`, which prints them on stderr next to
 * its JSON output. Hints are left out, as in the stylish report.
 */
export function formatCompact(report: FileReport): string[] {
  return report.diagnostics
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => {
      const { line, column } = report.lineMap.position(d.start);
      return `${report.file}:${line}:${column}: ${d.severity} ${d.code}: ${d.message}`;
    });
}
