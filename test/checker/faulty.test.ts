/**
 * The faulty corpus: each rule in test/checker/faulty has one fault, named
 * in its first line as `// Fault (code): ...`. The checker must report that
 * code and nothing else (hints aside), at the range `faulty.golden` records.
 * Run with UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change.
 */

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseProjectConfig, resolveRuleConfig } from "@twinsync/compiler";
import { describe, expect, it } from "vitest";
import { checkFile, renderDiagnostic, updateGolden } from "./support.ts";

const dir = join(import.meta.dirname, "faulty");
const goldenPath = join(import.meta.dirname, "faulty.golden");
const files = readdirSync(dir).filter((f) => f.endsWith(".groovy")).sort();
const { config, problems } = parseProjectConfig(JSON.parse(readFileSync(join(dir, "twinsync.config.json"), "utf8")));

function findings(file: string) {
  const checked = checkFile(join(dir, file), resolveRuleConfig(config, file));
  const expected = /^\/\/ Fault \(([\w-]+)\)/.exec(checked.text)?.[1];
  // Hints are advice, not faults, unless the fault itself is a hint.
  const reported = checked.diagnostics.filter((d) => d.severity !== "hint" || d.code === expected);
  return { checked, expected, reported };
}

describe("faulty corpus", () => {
  it("has at least 80 rules and a valid config", () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(problems).toEqual([]);
  });

  it.each(files)("%s reports its one fault", (file) => {
    const { expected, reported } = findings(file);
    expect(expected, "the first line names the fault").toBeDefined();
    expect(reported.map((d) => d.code)).toEqual([expected]);
  });

  it("matches the golden ranges and messages", () => {
    const lines = files.flatMap((file) => {
      const { checked, reported } = findings(file);
      return reported.map((d) => `${file} ${renderDiagnostic(checked, d)}`);
    });
    const text = lines.join("\n") + "\n";
    if (updateGolden) writeFileSync(goldenPath, text);
    expect(text).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("covers every checker code", async () => {
    const { DIAGNOSTICS } = await import("@twinsync/compiler");
    const checkerCodes = Object.entries(DIAGNOSTICS).filter(([, d]) => "message" in d).map(([code]) => code);
    const covered = new Set(files.map((file) => findings(file).expected));
    expect(checkerCodes.filter((code) => !covered.has(code))).toEqual([]);
  });
});
