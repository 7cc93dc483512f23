/**
 * Runs one rule against a state: the engine behind `twinsync run`, the
 * language server's run request and the differential tests. Library code: it
 * returns results and never prints.
 */

import { compileRule, type CompiledRule, type RuleRunError } from "./compile/index.ts";
import * as R from "@twinsync/runtime";
import type { Value } from "@twinsync/runtime";

export type Direction = "outgoing" | "incoming";

export interface RunOptions {
  source: string;
  fileName: string;
  direction: Direction;
  /** The parsed state JSON: `{issue, replica, previous, firstSync, instance, ...}`, every key optional. */
  state: unknown;
  timeZone?: string;
  clock?: () => number;
  limits?: Partial<R.Limits>;
  /** A rule compiled earlier from the same source, to skip compiling again. */
  compiled?: CompiledRule;
}

export interface StateProblem {
  path: string;
  message: string;
}

export interface RunOutcome {
  /** 0 when the rule ran to the end, 1 when it raised an error, 2 when the input was unusable. */
  exitCode: 0 | 1 | 2;
  error: RuleRunError | null;
  /** Problems in the state JSON, each with its JSON path; set when exitCode is 2. */
  stateProblems: StateProblem[];
  /** The resulting state as plain JSON, with `error`; null when the state was unusable. */
  output: Record<string, unknown> | null;
  /** The issue and replica after the run as runtime values (a map with keys `issue` and `replica`). */
  resultValue: Value;
  logs: R.LogEntry[];
}

/** Returns the direction a file name implies (`outgoing.groovy`, `x.incoming.groovy`), or null when it implies none. */
export function directionFromFileName(fileName: string): Direction | null {
  const base = fileName.replace(/\\/g, "/").split("/").pop() ?? "";
  if (/(^|\.)outgoing\.groovy$/i.test(base)) return "outgoing";
  if (/(^|\.)incoming\.groovy$/i.test(base)) return "incoming";
  return null;
}

/**
 * Fills in the state keys a rule needs, because every key is optional: an
 * outgoing rule without an issue reads an empty one, and an incoming rule
 * without a replica receives an empty one.
 * A missing issue on an incoming rule stays missing, because it means first sync.
 */
function withDefaults(state: unknown, direction: Direction): unknown {
  if (state === null || typeof state !== "object" || Array.isArray(state)) return state;
  const record = state as Record<string, unknown>;
  if (direction === "outgoing" && !("issue" in record)) return { ...record, issue: {} };
  if (direction === "incoming" && !("replica" in record)) return { ...record, replica: {} };
  return record;
}

export function compileFor(source: string, fileName: string, direction: Direction): CompiledRule {
  return compileRule(source, { fileName, bindingNames: R.ruleVariableNames(direction) });
}

export function runRule(options: RunOptions): RunOutcome {
  const ctx = new R.ExecutionContext({ timeZone: options.timeZone, clock: options.clock, limits: options.limits });
  const built = R.bindingsFromJson(ctx, withDefaults(options.state ?? {}, options.direction), options.direction);
  if (!built.ok) {
    return { exitCode: 2, error: null, stateProblems: built.errors, output: null, resultValue: null, logs: [] };
  }
  const bindings = built.bindings;
  const compiled = options.compiled ?? compileFor(options.source, options.fileName, options.direction);
  const { error } = compiled.run(ctx, bindings.variables);
  const resultValue = R.newMap([
    ["issue", bindings.issue.fields],
    ["replica", bindings.replica.fields],
  ]);
  let output: Record<string, unknown>;
  try {
    const result = bindings.collectResult();
    output = {
      issue: result.issue,
      replica: result.replica,
      previous: result.previous,
      firstSync: result.firstSync,
      instance: result.instance,
      effects: result.effects,
      error: error === null ? null : { message: error.message, line: error.line, column: error.column, type: error.javaClass, kind: error.kind },
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      exitCode: 1,
      error: error ?? { kind: "exception", javaClass: "StateOutputError", message, file: options.fileName, line: null, column: null, frames: [] },
      stateProblems: [],
      output: { error: { message, line: null, column: null } },
      resultValue,
      logs: ctx.logs,
    };
  }
  return { exitCode: error === null ? 0 : 1, error, stateProblems: [], output, resultValue, logs: ctx.logs };
}
