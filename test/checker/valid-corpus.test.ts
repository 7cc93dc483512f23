/**
 * The valid corpora (the differential-test rules and the examples) must
 * give no errors. The few corpus rules that fail on purpose are listed in
 * corpus-findings.json with the finding the checker must report for them.
 * The warning rate is bounded so that false positives cannot creep in
 * unnoticed; docs/checker.md lists what the warnings are.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, renderDiagnostic, type CheckedFile } from "./support.ts";

const root = join(import.meta.dirname, "..", "..");
const corpusDir = join(root, "test", "differential", "corpus");

function ruleFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...ruleFiles(path));
    else if (/\.(incoming|outgoing)\.groovy$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

const files = [...ruleFiles(corpusDir), ...ruleFiles(join(root, "examples"))];
const checked: CheckedFile[] = files.map((file) => checkFile(file));
const known: { file: string; line: number; code: string }[] = JSON.parse(readFileSync(join(import.meta.dirname, "corpus-findings.json"), "utf8"));

function line(c: CheckedFile, offset: number): number {
  return c.parsed.lineMap.position(offset).line;
}

/** Warnings per 1,000 lines at most; docs/checker.md records the measured rate. */
const MAX_WARNINGS_PER_1000_LINES = 60;

describe("valid corpus", () => {
  it("has rules to check", () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it("gives no errors outside the known findings", () => {
    const unexpected = checked.flatMap((c) =>
      c.diagnostics
        .filter((d) => d.severity === "error" && !known.some((k) => k.file === c.file && k.code === d.code && k.line === line(c, d.start)))
        .map((d) => `${relative(root, files[checked.indexOf(c)]!)} ${renderDiagnostic(c, d)}`),
    );
    expect(unexpected).toEqual([]);
  });

  it.each(known)("reports $code in $file", ({ file, line: expectedLine, code }) => {
    const c = checked.find((x) => x.file === file);
    expect(c, `${file} is in the corpus`).toBeDefined();
    expect(c!.diagnostics.some((d) => d.code === code && line(c!, d.start) === expectedLine)).toBe(true);
  });

  it("keeps the warning rate bounded", () => {
    const lines = checked.reduce((n, c) => n + c.parsed.lineMap.lineCount, 0);
    const warnings = checked.reduce((n, c) => n + c.diagnostics.filter((d) => d.severity === "warning").length, 0);
    expect((warnings * 1000) / lines).toBeLessThanOrEqual(MAX_WARNINGS_PER_1000_LINES);
  });
});
