/**
 * `twinsync demo [DIR]`: checks every example rule, then runs each state file
 * with the rule its name points to (`jira-incoming-first-sync.json` runs
 * `jira.incoming.groovy`) and prints what the rule produced. A state that
 * cannot run (no rule, bad JSON, an invalid state) is reported, and the demo
 * goes on. The summary lists every failure with its fix.
 */

import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { formatRunError } from "@twinsync/compiler";
import { runRule } from "../run-rule.ts";
import { formatStylish } from "../code-frame.ts";
import { oneLine } from "../errors.ts";
import { readJson, readText, statOrNull, UsageError } from "../files.ts";
import { checkFiles, DEMO_NAMING_HINT, skippedByLastCheck } from "./check.ts";

/** `<side>-<direction>[-variant].json`; the side may contain dashes (`jira-cloud-outgoing.json`). */
const STATE_NAME = /^(.+?)-(outgoing|incoming)(?:-[^.]*)?\.json$/i;

interface Failure {
  /** The state file, relative to DIR. */
  stateFile: string;
  problem: string;
  fix: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function runDemo(dir: string, out: (text: string) => void, note: (text: string) => void = out): number {
  const stats = statOrNull(dir);
  if (stats === null) throw new UsageError(`${dir}: no such folder`);
  if (!stats.isDirectory()) throw new UsageError(`${dir} is a file; pass a folder of rules with a states/ folder, or run 'twinsync run ${dir}' for one rule`);

  const reports = checkFiles({ paths: [dir], format: "stylish", direction: null }, DEMO_NAMING_HINT);
  const skippedRules = skippedByLastCheck();
  if (skippedRules.length > 0) {
    note(`twinsync: skipped ${plural(skippedRules.length, "rule file")} whose name gives no direction (${skippedRules.map((f) => relative(dir, f)).join(", ")}); ${DEMO_NAMING_HINT}\n`);
  }
  const count = (severity: string) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const errors = count("error");
  out(`Checked ${plural(reports.length, "rule")} in ${dir}: ${plural(errors, "error")}, ${plural(count("warning"), "warning")}\n`);
  // Hints are editor advice, left out here as in `twinsync check`.
  const stylish = formatStylish(reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error" || d.severity === "warning") })));
  if (stylish !== "") out(stylish + "\n");

  const failures: Failure[] = [];
  const skippedStates: string[] = [];
  let runs = 0;
  for (const folder of stateFolders(dir)) {
    for (const stateFile of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
      const statePath = join(folder, stateFile);
      const shownState = relative(dir, statePath);
      const match = STATE_NAME.exec(stateFile);
      if (match === null) {
        skippedStates.push(shownState);
        continue;
      }
      runs++;
      const failure = runState(dir, folder, statePath, match[1]!, match[2]!.toLowerCase() as "outgoing" | "incoming", out);
      if (failure !== null) failures.push(failure);
    }
  }

  if (skippedStates.length > 0) {
    out(`\nSkipped ${plural(skippedStates.length, "state file")} whose name does not follow <side>-<direction>[-variant].json: ${skippedStates.join(", ")}\n`);
  }
  if (runs === 0) out(`\nNo state files found: put them in a states/ folder next to the rules, named <side>-<direction>[-variant].json\n`);
  out(`\n${plural(runs, "run")}: ${runs - failures.length} ran without errors, ${failures.length} failed\n`);
  for (const failure of failures) {
    const problem = failure.problem.startsWith(failure.stateFile) ? failure.problem : `${failure.stateFile}: ${failure.problem}`;
    out(`  ${problem}; ${failure.fix}\n`);
  }
  return errors > 0 || failures.length > 0 ? 1 : 0;
}

/** Runs one state file with its rule and prints the result; returns the failure, or null when the rule ran. */
function runState(dir: string, folder: string, statePath: string, side: string, direction: "outgoing" | "incoming", out: (text: string) => void): Failure | null {
  const ruleName = `${side}.${direction}.groovy`;
  const rulePath = join(folder, "..", ruleName);
  const shownState = relative(dir, statePath);
  const shownRule = relative(dir, rulePath);
  out(`\n== ${shownRule} with ${shownState}\n`);

  const report = (stateFile: string, problem: string, fix: string): Failure => {
    out(`  ${problem}\n`);
    return { stateFile, problem: oneLine(problem), fix };
  };
  if (statOrNull(rulePath) === null) {
    return report(shownState, `no rule ${shownRule} for this state`, `add ${ruleName} next to the states folder, or rename the state file after an existing rule`);
  }
  let source: string;
  let state: unknown;
  try {
    source = readText(rulePath, "rule file");
    state = readJson(statePath, "state JSON file", "write {} for an empty state");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return report(shownState, error.message.split(statePath).join(shownState).split(rulePath).join(shownRule), "fix the file, or move it out of the states folder");
  }
  if (state === null) return report(shownState, 'invalid state at $: expected a state object such as {"issue": {...}}, got null', "write {} for an empty state");

  const outcome = runRule({ source, fileName: shownRule, direction, state, timeZone: "UTC" });
  if (outcome.exitCode === 2) {
    out(outcome.stateProblems.map((p) => `  invalid state: ${p.path}: ${p.message}`).join("\n") + "\n");
    const first = outcome.stateProblems[0];
    const more = outcome.stateProblems.length > 1 ? ` (and ${plural(outcome.stateProblems.length - 1, "more problem")})` : "";
    return { stateFile: shownState, problem: `invalid state at ${first?.path ?? "$"}: ${first?.message ?? "unknown problem"}${more}`, fix: "fix the state file as examples/README.md describes" };
  }
  if (outcome.error !== null) {
    out(formatRunError(outcome.error) + "\n");
    const where = outcome.error.line === null ? shownRule : `${shownRule}:${outcome.error.line}:${outcome.error.column}`;
    const type = outcome.error.javaClass === null ? "" : `${outcome.error.javaClass}: `;
    return { stateFile: shownState, problem: `${where}: ${type}${oneLine(outcome.error.message)}`, fix: "fix the rule, or give the state the values the rule reads" };
  }
  const result = direction === "outgoing" ? { replica: outcome.output!.replica } : { issue: outcome.output!.issue };
  out(JSON.stringify(result, null, 2) + "\n");
  return null;
}

/** Every folder named `states` under `dir`, sorted, skipping `node_modules` and dot folders. */
function stateFolders(dir: string): string[] {
  const found: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const path = join(d, entry.name);
      if (entry.name === "states") found.push(path);
      else visit(path);
    }
  };
  visit(dir);
  return found.sort();
}
