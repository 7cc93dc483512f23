/**
 * Differential test: every corpus script runs through real Groovy (Debian's
 * Groovy 2.4, one JVM for the whole corpus) and through Twinsync with the same
 * JSON state, and the resulting `issue` and `replica` must print identically.
 *
 * Cases listed in known-differences.json must differ, so the list stays true.
 * Set TWINSYNC_SKIP_GROOVY=1 to skip the Groovy side where `groovy` is not
 * installed; the Groovy 3+ cases still run against their expected files.
 */

import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CaseResult,
  type CorpusCase,
  describeFirstDifference,
  groovyAvailable,
  listCases,
  oracleJobs,
  readExpected,
  readKnownDifferences,
  runOracle,
} from "./corpus.ts";
import { runTwinsync, twinsyncLoadError } from "./twinsync.ts";

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

/** The result Twinsync must reproduce: Groovy's, or the checked-in file for Groovy 3+ syntax. */
function expectedResult(c: CorpusCase): CaseResult | undefined {
  if (c.groovy3) return readExpected(c.expectedPath!);
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
  return problems;
}

describe.skipIf(skipGroovy)("corpus in Groovy", () => {
  for (const c of cases) {
    it(`${c.name} runs as declared`, () => {
      const result = oracle.get(c.name);
      expect(result, `the oracle returned no result for ${c.name}`).toBeDefined();

      if (c.groovy3) {
        // Groovy 2.4 must reject the syntax; otherwise the case belongs to the plain corpus.
        expect(result!.error?.javaClass, `Groovy 2.4 parsed ${c.name}, so it needs no @groovy3 marker`).toBe(
          "CompilationFailedException",
        );
        expect(existsSync(c.rewritePath!), `missing Groovy 2.4 rewrite ${c.rewritePath}`).toBe(true);
        const rewrite = oracle.get(`${c.name}.rewrite24`);
        expect(rewrite?.json, `the Groovy 2.4 rewrite of ${c.name} disagrees with ${c.expectedPath}`).toBe(
          readExpected(c.expectedPath!).json,
        );
        expect(rewrite?.error ?? null).toEqual(readExpected(c.expectedPath!).error);
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
    const groovyOnly = !c.groovy3;
    it.skipIf(skipGroovy && groovyOnly)(c.name, () => {
      const loadError = twinsyncLoadError();
      if (loadError !== null) throw new Error(loadError);

      const expected = expectedResult(c);
      expect(expected, `no Groovy result for ${c.name}`).toBeDefined();
      const source = readFileSync(c.scriptPath, "utf8");
      const state = JSON.parse(readFileSync(c.statePath, "utf8")) as unknown;
      const actual = runTwinsync(source, c, state);
      const problems = compareResults(c, expected!, actual);

      const reason = knownDifferences.get(c.name);
      if (reason !== undefined) {
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

  it("corpus has at least 170 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(170);
  });
});
