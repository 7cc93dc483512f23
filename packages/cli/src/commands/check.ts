/** `twinsync check FILE|DIR...`: syntax and compile diagnostics for rule files. */

import { DIAGNOSTICS } from "@twinsync/compiler";
import { compileFor, directionFromFileName, type Direction } from "../run-rule.ts";
import { formatStylish, type FileReport } from "../code-frame.ts";
import { findRuleFiles, readText, UsageError } from "../files.ts";

export interface CheckOptions {
  paths: string[];
  format: "stylish" | "json";
  direction: Direction | null;
}

export function checkFiles(options: CheckOptions): FileReport[] {
  const files = findRuleFiles(options.paths);
  if (files.length === 0) throw new UsageError(`no .groovy files found in ${options.paths.join(", ")}`);
  return files.map((file) => {
    const source = readText(file, "rule");
    const direction = options.direction ?? directionFromFileName(file) ?? "incoming";
    const compiled = compileFor(source, file, direction);
    return { file, source, lineMap: compiled.lineMap, diagnostics: compiled.diagnostics };
  });
}

/** Runs the command and returns its exit code: 0 without errors, 1 with errors. */
export function runCheck(options: CheckOptions, write: (text: string) => void): number {
  const reports = checkFiles(options);
  if (options.format === "json") {
    const json = reports.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => {
        const start = r.lineMap.position(d.start);
        const end = r.lineMap.position(d.end);
        return { code: d.code, severity: d.severity, message: d.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, description: DIAGNOSTICS[d.code].description };
      }),
    }));
    write(JSON.stringify(json, null, 2) + "\n");
  } else {
    const text = formatStylish(reports);
    if (text !== "") write(text + "\n");
  }
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}
