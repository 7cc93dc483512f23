/**
 * Golden-file tests: each `cases/NAME.groovy` is parsed and compared with
 * `cases/NAME.tree` (the printed tree, then the diagnostics). Run with
 * UPDATE_GOLDEN=1 to rewrite the `.tree` files, then review the diff by eye:
 * a golden file must show what Groovy means, not what the parser happens to do.
 *
 * Cases named `errors-*.groovy` may have diagnostics; every other case must
 * parse cleanly, so a regenerated golden cannot quietly accept an error.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parse } from "../../src/syntax/parse.ts";
import { formatDiagnostic, renderGolden } from "./golden-format.ts";

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), "cases");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const caseFiles = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith(".groovy"))
  .sort();

describe("parser golden files", () => {
  test("case folder has cases", () => {
    expect(caseFiles.length).toBeGreaterThan(20);
  });

  test.each(caseFiles)("%s", (name) => {
    const text = readFileSync(join(CASES_DIR, name), "utf8");
    const treePath = join(CASES_DIR, name.replace(/\.groovy$/, ".tree"));
    const actual = renderGolden(text);

    if (UPDATE) {
      writeFileSync(treePath, actual);
    } else {
      expect(existsSync(treePath), `${treePath} is missing; run the test with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(treePath, "utf8"));
    }

    if (!name.startsWith("errors-")) {
      const result = parse(text);
      const problems = result.diagnostics.map((_, i) => formatDiagnostic(result, i));
      expect(problems, `${name} should parse without diagnostics`).toEqual([]);
    }
  });

  test("no orphan tree files", () => {
    const orphans = readdirSync(CASES_DIR)
      .filter((name) => name.endsWith(".tree"))
      .filter((name) => !caseFiles.includes(name.replace(/\.tree$/, ".groovy")));
    expect(orphans).toEqual([]);
  });
});
