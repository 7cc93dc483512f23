/**
 * SARIF 2.1.0 output (the OASIS Static Analysis Results Interchange Format)
 * for code-scanning tools. Plain data in, plain data out: the caller writes
 * the JSON.
 */

import { DIAGNOSTICS, type Diagnostic, type DiagnosticCode, type Severity } from "../diagnostics.ts";
import type { LineMap } from "../line-map.ts";

export interface SarifFile {
  /** Path relative to the run's source root, with `/` separators. */
  path: string;
  lineMap: LineMap;
  diagnostics: Diagnostic[];
}

export interface SarifTool {
  name: string;
  version: string;
}

/** SARIF result levels: informational diagnostics and hints are notes. */
function level(severity: Severity): "error" | "warning" | "note" {
  return severity === "error" ? "error" : severity === "warning" ? "warning" : "note";
}

/** Percent-encodes a relative path for an artifact URI, keeping the `/` separators. */
function pathToUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function physicalLocation(file: SarifFile, startOffset: number, endOffset: number): Record<string, unknown> {
  const start = file.lineMap.position(startOffset);
  const end = file.lineMap.position(Math.max(endOffset, startOffset));
  return {
    artifactLocation: { uri: pathToUri(file.path), uriBaseId: "%SRCROOT%" },
    region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
  };
}

/**
 * Builds a SARIF log with one run; rules are the catalogue codes that occur, in order of first use.
 * `sourceRoot`, an absolute URI ending in `/`, becomes the value of `%SRCROOT%` for consumers.
 */
export function sarifLog(files: SarifFile[], tool: SarifTool, sourceRoot?: string): Record<string, unknown> {
  const ruleIndex = new Map<DiagnosticCode, number>();
  const rules: Record<string, unknown>[] = [];
  const results: Record<string, unknown>[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      let index = ruleIndex.get(d.code);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(d.code, index);
        const definition = DIAGNOSTICS[d.code];
        rules.push({ id: d.code, shortDescription: { text: definition.description }, defaultConfiguration: { level: level(definition.severity) } });
      }
      const result: Record<string, unknown> = {
        ruleId: d.code,
        ruleIndex: index,
        level: level(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: physicalLocation(file, d.start, d.end) }],
      };
      if (d.related !== undefined) {
        result.relatedLocations = d.related.map((r, i) => ({ id: i, physicalLocation: physicalLocation(file, r.start, r.end), message: { text: r.message } }));
      }
      results.push(result);
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules } },
        ...(sourceRoot === undefined ? {} : { originalUriBaseIds: { "%SRCROOT%": { uri: sourceRoot } } }),
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}
