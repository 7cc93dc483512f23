/**
 * Runs one corpus case through Twinsync and prints the result the way the
 * oracle prints Groovy's: the JSON text of `[issue: ..., replica: ...]` with
 * dates as epoch milliseconds, plus the exception class and message.
 */

import type { CaseResult, CorpusCase } from "./corpus.ts";

interface RunRuleOutcome {
  /** 0 ran, 1 rule error, 2 unusable state (see stateProblems). */
  exitCode: number;
  error: null | { kind?: string; javaClass?: string | null; message: string; line?: number | null; column?: number | null };
  stateProblems?: { path: string; message: string }[];
  resultValue: unknown;
}

type RunRule = (request: {
  source: string;
  fileName: string;
  direction: "outgoing" | "incoming";
  state: unknown;
  timeZone: string;
}) => RunRuleOutcome;

type ToJsonText = (value: unknown, options: { datesAsEpochMillis: boolean }) => string;

// NOTE: loaded dynamically while packages/cli/src/run-rule.ts is being written,
// so the Groovy half of this test runs before the entry point exists.
const runRuleUrl = new URL("../../packages/cli/src/run-rule.ts", import.meta.url).href;
const jsonUrl = new URL("../../packages/runtime/src/json/output.ts", import.meta.url).href;

let runRule: RunRule | null = null;
let toJsonText: ToJsonText | null = null;
let loadError: string | null = null;
try {
  runRule = ((await import(runRuleUrl)) as { runRule: RunRule }).runRule;
  toJsonText = ((await import(jsonUrl)) as { toJsonText: ToJsonText }).toJsonText;
} catch (error) {
  loadError = `Twinsync's entry point could not be loaded: ${(error as Error).message}`;
}

/** Why Twinsync cannot run, or null when it can. */
export function twinsyncLoadError(): string | null {
  return loadError;
}

/** Runs a case through Twinsync's `runRule` in the UTC time zone. */
export function runTwinsync(source: string, c: CorpusCase, state: unknown): CaseResult {
  const outcome = runRule!({ source, fileName: `${c.name}.${c.direction}.groovy`, direction: c.direction, state, timeZone: "UTC" });
  if (outcome.exitCode === 2) {
    const problems = (outcome.stateProblems ?? []).map((p) => `${p.path}: ${p.message}`).join("; ");
    throw new Error(`Twinsync rejected the state file ${c.statePath}: ${problems}`);
  }
  const json = outcome.resultValue == null ? null : toJsonText!(outcome.resultValue, { datesAsEpochMillis: true });
  if (outcome.error === null) return { json, error: null };
  return {
    json,
    // An error without a Java class (an internal error, for one) never equals a Groovy exception class.
    error: { javaClass: outcome.error.javaClass ?? `(${outcome.error.kind ?? "unknown"} error)`, message: outcome.error.message },
  };
}
