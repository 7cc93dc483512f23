/**
 * The differential corpus: finding the cases, reading their directives and
 * running them all through real Groovy (the oracle) in one JVM.
 *
 * A case is `corpus/NNN-topic.outgoing.groovy` or `corpus/NNN-topic.incoming.groovy`
 * with an optional `NNN-topic.state.json` beside it; without one it runs on
 * `default-states/<direction>.json`. Directives are `// @name value` comment
 * lines at the top of the script:
 *
 * - `// @expect-error ClassName`: Groovy fails with this exception (simple class name).
 * - `// @expect-message text`: and with exactly this message, which Twinsync must match too.
 * - `// @groovy3`: the script uses Groovy 3+ syntax that Groovy 2.4 cannot parse.
 *
 * Twinsync follows Groovy 4. Where Groovy 4 gives another result than Groovy 2.4
 * (new syntax, or changed semantics such as the order of `intersect`), the case
 * has `NNN-topic.expected.json` with the Groovy 4 result. Beside it,
 * `NNN-topic.rewrite24.groovy` computes the same result in Groovy 2.4, and the
 * oracle runs it to check the expected file.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const DIFFERENTIAL_DIR = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(DIFFERENTIAL_DIR, "corpus");
const ORACLE_SCRIPT = join(DIFFERENTIAL_DIR, "oracle", "Oracle.groovy");
const JAVA_17_HOME = "/usr/lib/jvm/java-17-openjdk-amd64";

export type Direction = "outgoing" | "incoming";

export interface CorpusCase {
  /** File name without the direction and extension, for example `001-newline-continuation`. */
  name: string;
  direction: Direction;
  scriptPath: string;
  statePath: string;
  /** Simple Java class name of the exception Groovy raises, or null when the script completes. */
  expectError: string | null;
  /** The exception message Twinsync must reproduce, or null when only the class is compared. */
  expectMessage: string | null;
  /** True for Groovy 3+ syntax that Groovy 2.4 rejects. */
  groovy3: boolean;
  /** The Groovy 4 result when it differs from Groovy 2.4's, else null. */
  expectedPath: string | null;
  /** The Groovy 2.4 rewrite that checks `expectedPath`; set whenever `expectedPath` is. */
  rewritePath: string | null;
}

/** What one case produced: the JSON text of `[issue: ..., replica: ...]` and the exception, if any. */
export interface CaseResult {
  json: string | null;
  error: { javaClass: string; message: string | null } | null;
}

export interface KnownDifference {
  case: string;
  reason: string;
}

const CASE_FILE = /^(\d{3}-[a-z0-9-]+)\.(outgoing|incoming)\.groovy$/;

function readDirectives(source: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const line of source.split("\n")) {
    const match = /^\/\/ @([a-z0-9-]+)(?: (.*))?$/.exec(line.trimEnd());
    if (match === null) {
      if (line.startsWith("//") || line.trim() === "") continue;
      break;
    }
    directives.set(match[1]!, match[2] ?? "");
  }
  return directives;
}

/** Lists the corpus cases in file-name order. */
export function listCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(CORPUS_DIR).sort()) {
    const match = CASE_FILE.exec(file);
    if (match === null) continue;
    const name = match[1]!;
    const direction = match[2] as Direction;
    const scriptPath = join(CORPUS_DIR, file);
    const ownState = join(CORPUS_DIR, `${name}.state.json`);
    const directives = readDirectives(readFileSync(scriptPath, "utf8"));
    const groovy3 = directives.has("groovy3");
    const expectedPath = join(CORPUS_DIR, `${name}.expected.json`);
    const hasExpected = groovy3 || existsSync(expectedPath);
    cases.push({
      name,
      direction,
      scriptPath,
      statePath: existsSync(ownState) ? ownState : join(DIFFERENTIAL_DIR, "default-states", `${direction}.json`),
      expectError: directives.get("expect-error") ?? null,
      expectMessage: directives.has("expect-message") ? directives.get("expect-message")! : null,
      groovy3,
      expectedPath: hasExpected ? expectedPath : null,
      rewritePath: hasExpected ? join(CORPUS_DIR, `${name}.rewrite24.groovy`) : null,
    });
  }
  return cases;
}

/** Reads the checked-in list of cases where Twinsync deliberately differs from Groovy 2.4. */
export function readKnownDifferences(): KnownDifference[] {
  return JSON.parse(readFileSync(join(DIFFERENTIAL_DIR, "known-differences.json"), "utf8")) as KnownDifference[];
}

/** Reads the Groovy 4 result of a case whose result differs in Groovy 2.4. */
export function readExpected(path: string): CaseResult {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as CaseResult;
  return { json: parsed.json, error: parsed.error };
}

/** True when the `groovy` command runs here. */
export function groovyAvailable(): boolean {
  const probe = spawnSync("groovy", ["--version"], { env: oracleEnv(), encoding: "utf8" });
  return probe.status === 0;
}

function oracleEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JAVA_OPTS: "-Duser.timezone=UTC -Duser.language=en -Duser.country=US" };
  if (existsSync(JAVA_17_HOME)) env.JAVA_HOME = JAVA_17_HOME;
  return env;
}

export interface OracleJob {
  /** Key of the result; a case name, or `<name>.rewrite24` for a Groovy 2.4 rewrite. */
  name: string;
  scriptPath: string;
  statePath: string;
  direction: Direction;
}

/** Runs all jobs in one Groovy JVM and returns the results by job name. */
export function runOracle(jobs: OracleJob[]): Map<string, CaseResult> {
  const workDir = mkdtempSync(join(tmpdir(), "twinsync-oracle-"));
  try {
    const manifestPath = join(workDir, "manifest.json");
    const resultsPath = join(workDir, "results.jsonl");
    writeFileSync(manifestPath, JSON.stringify(jobs));
    const run = spawnSync("groovy", [ORACLE_SCRIPT, manifestPath, resultsPath], {
      env: oracleEnv(),
      encoding: "utf8",
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error !== undefined) throw new Error(`failed to start groovy for the oracle: ${run.error.message}`);
    if (run.status !== 0) {
      throw new Error(`the Groovy oracle exited with status ${run.status}:\n${run.stderr}`);
    }
    const results = new Map<string, CaseResult>();
    for (const line of readFileSync(resultsPath, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const parsed = JSON.parse(line) as CaseResult & { name: string };
      results.set(parsed.name, { json: parsed.json, error: parsed.error });
    }
    return results;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Builds the oracle jobs: every case, plus the Groovy 2.4 rewrite of each case with an expected file. */
export function oracleJobs(cases: CorpusCase[]): OracleJob[] {
  const jobs: OracleJob[] = [];
  for (const c of cases) {
    jobs.push({ name: c.name, scriptPath: c.scriptPath, statePath: c.statePath, direction: c.direction });
    if (c.rewritePath !== null && existsSync(c.rewritePath)) {
      jobs.push({ name: `${c.name}.rewrite24`, scriptPath: c.rewritePath, statePath: c.statePath, direction: c.direction });
    }
  }
  return jobs;
}

/** Describes where two texts first differ, with a little context from each. */
export function describeFirstDifference(expected: string | null, actual: string | null): string {
  if (expected === null || actual === null) return `expected ${String(expected)}, got ${String(actual)}`;
  let index = 0;
  while (index < expected.length && index < actual.length && expected[index] === actual[index]) index++;
  const from = Math.max(0, index - 40);
  return (
    `first difference at character ${index}:\n` +
    `  Groovy:   ...${expected.slice(from, index + 40)}\n` +
    `  Twinsync: ...${actual.slice(from, index + 40)}`
  );
}
