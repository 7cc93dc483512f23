/**
 * `twinsync demo [DIR]`: checks every example rule, then runs each state file
 * with the rule its name points to (`jira-incoming-first-sync.json` runs
 * `jira.incoming.groovy`) and prints what the rule produced.
 */

import { readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { formatRunError } from "@twinsync/compiler";
import { runRule } from "../run-rule.ts";
import { formatStylish } from "../code-frame.ts";
import { readJson, readText, UsageError } from "../files.ts";
import { checkFiles } from "./check.ts";

export function runDemo(dir: string, out: (text: string) => void): number {
  const reports = checkFiles({ paths: [dir], format: "stylish", direction: null });
  const count = (severity: string) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const errors = count("error");
  out(`Checked ${reports.length} rules in ${dir}: ${errors} errors, ${count("warning")} warnings\n`);
  // Hints are editor advice, left out here as in `twinsync check`.
  const stylish = formatStylish(reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error" || d.severity === "warning") })));
  if (stylish !== "") out(stylish + "\n");

  let failures = 0;
  let runs = 0;
  for (const folder of stateFolders(dir)) {
    for (const stateFile of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
      const match = /^([a-z0-9]+)-(outgoing|incoming)/i.exec(stateFile);
      if (match === null) continue;
      const ruleFile = join(folder, "..", `${match[1]}.${match[2]}.groovy`);
      const statePath = join(folder, stateFile);
      const direction = match[2] as "outgoing" | "incoming";
      const outcome = runRule({ source: readText(ruleFile, "rule"), fileName: relative(dir, ruleFile), direction, state: readJson(statePath, "state file"), timeZone: "UTC" });
      runs++;
      out(`\n== ${relative(dir, ruleFile)} with ${relative(dir, statePath)}\n`);
      if (outcome.exitCode === 2) {
        failures++;
        out(outcome.stateProblems.map((p) => `  invalid state: ${p.path}: ${p.message}`).join("\n") + "\n");
        continue;
      }
      if (outcome.error !== null) {
        failures++;
        out(formatRunError(outcome.error) + "\n");
        continue;
      }
      const shown = direction === "outgoing" ? { replica: outcome.output!.replica } : { issue: outcome.output!.issue };
      out(JSON.stringify(shown, null, 2) + "\n");
    }
  }
  if (runs === 0) out(`\nNo state files found: put them in a states/ folder next to the rules, named <side>-<direction>[-variant].json\n`);
  out(`\n${runs} runs: ${runs - failures} ran without errors, ${failures} failed\n`);
  return errors > 0 || failures > 0 ? 1 : 0;
}

function stateFolders(dir: string): string[] {
  const found: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (!statSync(path).isDirectory() || entry === "node_modules") continue;
      if (basename(path) === "states") found.push(path);
      else visit(path);
    }
  };
  try {
    visit(dir);
  } catch {
    throw new UsageError(`${dir}: no such folder`);
  }
  return found.sort();
}
