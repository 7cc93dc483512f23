/**
 * Benchmark 2: one run of the comment-merge rule on Twinsync, against the
 * same work done by a hand-written JavaScript function on plain objects.
 *
 * Inputs are built before each timed batch, outside the timing: for Twinsync
 * an ExecutionContext plus the bindings from the state JSON, for JavaScript a
 * structuredClone of the state. The end-to-end subject also times what
 * `runRule` does around the run (state JSON in, result JSON out).
 */

import { isDeepStrictEqual } from "node:util";
import { ExecutionContext, bindingsFromJson, type Value } from "@twinsync/runtime";
import type { CompiledRule } from "@twinsync/compiler";
import { compileFor, runRule } from "../../packages/cli/src/run-rule.ts";
import { commentsState, type CommentsState } from "./comments-data.ts";
import { applyCommentsRule } from "./comments-js.ts";
import { compare, pairedRatio, type Timing, type TimingOptions } from "./measure.ts";

export const RUN_TARGET_RATIO = 3;
const FILE_NAME = "comments.incoming.groovy";

export interface RunBenchResult {
  /** "failed" when the rule did not compile, raised an error, or produced a different issue than the JS function. */
  status: "ok" | "failed";
  reason: string | null;
  timings: Timing[];
  /** Median Twinsync run time over median JS time. */
  ratio: number | null;
  /** Median over sampling rounds of the Twinsync time over the JS time of the same round. */
  pairedRatio: number | null;
  target: number;
  met: boolean;
  /** The issue the JS function produces, for comparing other engines with. */
  expectedIssue: unknown;
}

/** Sorts object keys recursively, so that two results compare equal whatever order each engine wrote keys in. */
export function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => [key, canonicalJson((value as Record<string, unknown>)[key])]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** Returns the first path where two canonical JSON values differ, or null when they are equal. */
export function firstDifference(actual: unknown, expected: unknown, path = "$"): string | null {
  if (isDeepStrictEqual(actual, expected)) return null;
  if (actual !== null && expected !== null && typeof actual === "object" && typeof expected === "object") {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      const found = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return `${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
}

function failed(reason: string, expectedIssue: unknown): RunBenchResult {
  return { status: "failed", reason, timings: [], ratio: null, pairedRatio: null, target: RUN_TARGET_RATIO, met: false, expectedIssue };
}

function runOnJs(state: CommentsState): CommentsState["issue"] {
  applyCommentsRule(state.issue, state.replica);
  return state.issue;
}

/** Runs the rule once on Twinsync and checks its issue against the JS function's; returns the problem or null. */
function checkSameResult(source: string, compiled: CompiledRule, stateJson: unknown, expectedIssue: unknown): string | null {
  const outcome = runRule({ source, fileName: FILE_NAME, direction: "incoming", state: stateJson, timeZone: "UTC", compiled });
  if (outcome.exitCode === 2) return `the benchmark state is invalid: ${outcome.stateProblems.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
  if (outcome.error !== null) return `the rule failed on Twinsync at line ${outcome.error.line}: ${outcome.error.javaClass ?? outcome.error.kind}: ${outcome.error.message}`;
  const difference = firstDifference(canonicalJson(outcome.output?.issue), expectedIssue);
  return difference === null ? null : `Twinsync and the JS function produced different issues at ${difference}`;
}

export function runRunBench(source: string, options: TimingOptions): RunBenchResult {
  const stateJson: unknown = JSON.parse(JSON.stringify(commentsState()));
  const expectedIssue = canonicalJson(runOnJs(commentsState()));

  const compiled = compileFor(source, FILE_NAME, "incoming");
  if (compiled.hasErrors) {
    const first = compiled.diagnostics.find((d) => d.severity === "error")!;
    return failed(`the rule does not compile: ${first.message}`, expectedIssue);
  }
  const problem = checkSameResult(source, compiled, stateJson, expectedIssue);
  if (problem !== null) return failed(problem, expectedIssue);

  let prepared: { ctx: ExecutionContext; variables: Map<string, Value> }[] = [];
  let clones: CommentsState[] = [];
  const timings = compare(
    [
      {
        name: "twinsync run",
        setup(n) {
          prepared = [];
          for (let i = 0; i < n; i++) {
            const ctx = new ExecutionContext({ timeZone: "UTC" });
            const built = bindingsFromJson(ctx, stateJson, "incoming");
            if (!built.ok) throw new Error(`the benchmark state is invalid: ${built.errors[0]?.path}: ${built.errors[0]?.message}`);
            prepared.push({ ctx, variables: built.bindings.variables });
          }
        },
        run(n) {
          for (let i = 0; i < n; i++) {
            const { ctx, variables } = prepared[i]!;
            const { error } = compiled.run(ctx, variables);
            if (error !== null) throw new Error(`the rule failed during timing: ${error.message}`);
          }
        },
      },
      {
        name: "hand-written JS",
        setup(n) {
          const state = commentsState();
          clones = [];
          for (let i = 0; i < n; i++) clones.push(structuredClone(state));
        },
        run(n) {
          for (let i = 0; i < n; i++) runOnJs(clones[i]!);
        },
      },
      {
        name: "twinsync runRule (JSON in and out)",
        run(n) {
          for (let i = 0; i < n; i++) {
            runRule({ source, fileName: FILE_NAME, direction: "incoming", state: stateJson, timeZone: "UTC", compiled });
          }
        },
      },
    ],
    options,
  );

  const ratio = timings[0]!.medianUs / timings[1]!.medianUs;
  return { status: "ok", reason: null, timings, ratio, pairedRatio: pairedRatio(timings[0]!, timings[1]!), target: RUN_TARGET_RATIO, met: ratio <= RUN_TARGET_RATIO, expectedIssue };
}
