/**
 * Runs one corpus case through Twinsync and prints the result the way the
 * oracle prints Groovy's: the JSON text of `[issue: ..., replica: ...]` with
 * dates as epoch milliseconds, plus the exception class and message.
 */

import { runRule } from "../../packages/cli/src/run-rule.ts";
import { toJsonText } from "../../packages/runtime/src/json/output.ts";
import type { CaseResult, CorpusCase } from "./corpus.ts";

/** Runs a case through Twinsync's `runRule` in the UTC time zone. */
export function runTwinsync(source: string, c: CorpusCase, state: unknown): CaseResult {
  const outcome = runRule({ source, fileName: `${c.name}.${c.direction}.groovy`, direction: c.direction, state, timeZone: "UTC" });
  if (outcome.exitCode === 2) {
    const problems = outcome.stateProblems.map((p) => `${p.path}: ${p.message}`).join("; ");
    throw new Error(`Twinsync rejected the state file ${c.statePath}: ${problems}`);
  }

  const json = outcome.resultValue === null ? null : toJsonText(outcome.resultValue, { datesAsEpochMillis: true });
  if (outcome.error === null) return { json, error: null };
  return { json, error: { javaClass: groovyClassOf(outcome.error), message: outcome.error.message } };
}

/** The Groovy exception class an error corresponds to, for comparison with the oracle. */
function groovyClassOf(error: { kind: string; javaClass: string | null }): string {
  // Groovy reports a script that does not compile as CompilationFailedException.
  if (error.javaClass === "CompilationError") return "CompilationFailedException";
  // An error without a Java class (an internal error, for one) never equals a Groovy exception class.
  return error.javaClass ?? `(${error.kind} error)`;
}
