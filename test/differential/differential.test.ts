/**
 * Differential test: every corpus script runs through real Groovy (Debian's
 * Groovy 2.4, one JVM for the whole corpus) and through Twinsync with the same
 * JSON state, and the resulting `issue` and `replica` must print identically.
 *
 * Twinsync follows Groovy 4: a case whose Groovy 4 result differs from Groovy
 * 2.4's carries an expected file (see corpus.ts), and Twinsync is compared with
 * that. Other cases listed in known-differences.json must differ from Groovy,
 * so the list stays true. Set TWINSYNC_SKIP_GROOVY=1 to skip the Groovy side
 * where `groovy` is not installed; cases with expected files still run.
 */

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CaseResult,
  type CorpusCase,
  DIFFERENTIAL_DIR,
  describeFirstDifference,
  groovyAvailable,
  listCases,
  oracleJobs,
  readExpected,
  readKnownDifferences,
  runOracle,
} from "./corpus.ts";
import { runTwinsync } from "./twinsync.ts";

const cases = listCases();
const knownDifferences = new Map(readKnownDifferences().map((entry) => [entry.case, entry.reason]));
const skipGroovy = process.env.TWINSYNC_SKIP_GROOVY === "1";

let oracle = new Map<string, CaseResult>();

beforeAll(() => {
  if (skipGroovy) return;
  if (!groovyAvailable()) {
    throw new Error(
      "the differential test needs Groovy: install it with `apt-get install -y groovy` " +
        "(or set TWINSYNC_SKIP_GROOVY=1 to skip the Groovy side)",
    );
  }
  oracle = runOracle(oracleJobs(cases));
}, 600_000);

/** The result Twinsync must reproduce: the Groovy 4 expected file when there is one, else Groovy's. */
function expectedResult(c: CorpusCase): CaseResult | undefined {
  if (c.expectedPath !== null) return readExpected(c.expectedPath);
  return oracle.get(c.name);
}

function formatError(error: CaseResult["error"]): string {
  return error === null ? "no exception" : `${error.javaClass}: ${error.message}`;
}

/** Lists every way the two results differ; empty when they match. */
function compareResults(c: CorpusCase, groovy: CaseResult, twinsync: CaseResult): string[] {
  const problems: string[] = [];
  if (groovy.json !== twinsync.json) {
    problems.push(
      `issue/replica JSON differs\n  Groovy:   ${groovy.json}\n  Twinsync: ${twinsync.json}\n` +
        describeFirstDifference(groovy.json, twinsync.json),
    );
  }
  const groovyClass = groovy.error?.javaClass ?? null;
  const twinsyncClass = twinsync.error?.javaClass ?? null;
  if (groovyClass !== twinsyncClass) {
    problems.push(`exception differs\n  Groovy:   ${formatError(groovy.error)}\n  Twinsync: ${formatError(twinsync.error)}`);
  } else if (c.expectMessage !== null && groovy.error?.message !== twinsync.error?.message) {
    problems.push(`exception message differs\n  Groovy:   ${groovy.error?.message}\n  Twinsync: ${twinsync.error?.message}`);
  }
  if (c.expectedPath !== null && problems.length > 0) {
    problems.unshift(`"Groovy" below is the Groovy 4 result in ${c.expectedPath}`);
  }
  return problems;
}

describe.skipIf(skipGroovy)("corpus in Groovy", () => {
  for (const c of cases) {
    it(`${c.name} runs as declared`, () => {
      const result = oracle.get(c.name);
      expect(result, `the oracle returned no result for ${c.name}`).toBeDefined();

      if (c.expectedPath !== null) {
        const expected = readExpected(c.expectedPath);
        expect(existsSync(c.rewritePath!), `missing Groovy 2.4 rewrite ${c.rewritePath}`).toBe(true);
        const rewrite = oracle.get(`${c.name}.rewrite24`);
        expect(rewrite?.json, `the Groovy 2.4 rewrite of ${c.name} disagrees with ${c.expectedPath}`).toBe(expected.json);
        expect(rewrite?.error ?? null).toEqual(expected.error);
        if (c.groovy3) {
          // Groovy 2.4 must reject the syntax; otherwise the case needs no @groovy3 marker.
          expect(result!.error?.javaClass, `Groovy 2.4 parsed ${c.name}`).toBe("CompilationFailedException");
        } else {
          expect(knownDifferences.has(c.name), `${c.name} has an expected file but no known-differences entry`).toBe(true);
          expect(result, `Groovy 2.4 already gives the expected result of ${c.name}`).not.toEqual(expected);
        }
        return;
      }

      expect(result!.error?.javaClass ?? null, `unexpected Groovy outcome: ${formatError(result!.error)}`).toBe(
        c.expectError,
      );
      if (c.expectMessage !== null) expect(result!.error?.message).toBe(c.expectMessage);
      expect(result!.json, "the oracle could not serialize the result").not.toBeNull();
    });
  }
});

describe("Twinsync against Groovy", () => {
  for (const c of cases) {
    const needsGroovy = c.expectedPath === null;
    it.skipIf(skipGroovy && needsGroovy)(c.name, () => {
      const expected = expectedResult(c);
      expect(expected, `no Groovy result for ${c.name}`).toBeDefined();
      const source = readFileSync(c.scriptPath, "utf8");
      const state = JSON.parse(readFileSync(c.statePath, "utf8")) as unknown;
      const actual = runTwinsync(source, c, state);
      const problems = compareResults(c, expected!, actual);

      const reason = knownDifferences.get(c.name);
      if (reason !== undefined && c.expectedPath === null) {
        expect(problems, `${c.name} is listed as a known difference (${reason}) but now matches Groovy`).not.toEqual([]);
        return;
      }
      if (problems.length > 0) {
        throw new Error(`${c.name} (${c.direction}) differs from Groovy:\n${problems.join("\n")}`);
      }
    });
  }
});

describe("known differences", () => {
  it("list only existing cases", () => {
    const names = new Set(cases.map((c) => c.name));
    for (const name of knownDifferences.keys()) expect(names.has(name), `unknown case ${name}`).toBe(true);
  });

  it("give a reason for each case", () => {
    for (const [name, reason] of knownDifferences) expect(reason.trim(), `no reason for ${name}`).not.toBe("");
  });

  it("are all described in the docs", () => {
    const docs = readFileSync(join(DIFFERENTIAL_DIR, "..", "..", "docs", "known-differences.md"), "utf8");
    const described = [...knownDifferences.keys(), ...cases.filter((c) => c.groovy3).map((c) => c.name)];
    for (const name of described) expect(docs.includes(`\`${name}\``), `docs/known-differences.md does not name ${name}`).toBe(true);
  });

  it("corpus has at least 170 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(170);
  });
});
