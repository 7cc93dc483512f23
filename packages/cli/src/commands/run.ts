/**
 * `twinsync run RULE --state STATE.json`: runs one rule and prints the
 * resulting state as JSON on stdout. Before that it prints the checker's
 * errors and warnings for the rule on stderr, one line each, so that a typo
 * that makes a field null is visible. Stdout and the exit code stay those of
 * the run.
 */

import { formatRunError, type RuleRunError } from "@twinsync/compiler";
import { runRule, type Direction, type StateProblem } from "../run-rule.ts";
import { formatCompact } from "../code-frame.ts";
import { readJson, readText, UsageError } from "../files.ts";
import { checkSource, configFinder, NAMING_HINT, ruleDirection, type CheckedRule, type LoadedConfig } from "./check.ts";

export interface RunCommandOptions {
  rule: string;
  state: string | null;
  direction: Direction | null;
  timeZone: string | undefined;
  /** Print the checker's findings on stderr before the run (default: true). */
  check?: boolean;
}

export function runCommand(options: RunCommandOptions, out: (text: string) => void, err: (text: string) => void): number {
  const source = readText(options.rule, "rule file");
  const direction = ruleDirection(options.rule, options.direction);
  if (direction === null) throw new UsageError(`cannot tell the direction of ${options.rule}: ${NAMING_HINT}`);
  if (options.timeZone !== undefined) checkTimeZone(options.timeZone);
  const state = options.state === null ? {} : readJson(options.state, "state JSON file");
  const stateName = options.state ?? "state";
  // runRule reads a null state as an empty one; a state file must hold an object.
  if (state === null) throw invalidState(stateName, [{ path: "$", message: 'expected a state object such as {"issue": {...}}, got null' }]);

  const checked = options.check === false ? null : checkRule(options.rule, source, direction, err);
  const outcome = runRule({ source, fileName: options.rule, direction, state, timeZone: options.timeZone, compiled: checked?.compiled });
  if (outcome.exitCode === 2) throw invalidState(stateName, outcome.stateProblems);

  if (checked !== null) {
    for (const line of formatCompact(checked.report)) {
      if (!repeatsRunError(line, options.rule, outcome.error)) err(line + "\n");
    }
  }
  for (const entry of outcome.logs) err(`[${entry.level}] ${entry.message}\n`);
  out(JSON.stringify(outcome.output, null, 2) + "\n");
  if (outcome.error !== null) err(formatRunError(outcome.error) + "\n");
  return outcome.exitCode;
}

/** Builds the error for an invalid state: one line for one problem, a list under a heading for several. */
function invalidState(stateName: string, problems: StateProblem[]): UsageError {
  if (problems.length === 1) return new UsageError(`${stateName}: invalid state at ${problems[0]!.path}: ${problems[0]!.message}`);
  return new UsageError(`${stateName}: invalid state:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
}

/**
 * Checks the rule with the nearest twinsync.config.json. A config that
 * cannot be used is reported in one line and the rule is checked without
 * it, because the config must not change what `run` does.
 */
function checkRule(file: string, source: string, direction: Direction, err: (text: string) => void): CheckedRule {
  let config: LoadedConfig | null = null;
  try {
    config = configFinder(null)(file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`twinsync: checking ${file} without a config: ${error.message}\n`);
  }
  return checkSource(file, source, direction, config);
}

/** True when a compact finding is the compile error the run reports anyway, at the same place. */
function repeatsRunError(line: string, file: string, error: RuleRunError | null): boolean {
  if (error === null || error.line === null || error.javaClass !== "CompilationError") return false;
  return line.startsWith(`${file}:${error.line}:${error.column}: error `);
}

/** Rejects a time zone that is not an IANA name the platform knows. */
function checkTimeZone(zone: string): void {
  try {
    if (zone === "") throw new RangeError("empty");
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    throw new UsageError(`invalid --time-zone '${zone}': use an IANA time zone name such as Europe/Berlin or UTC`);
  }
}
