/** `twinsync run RULE --state STATE.json`: runs one rule and prints the resulting state as JSON. */

import { formatRunError } from "@twinsync/compiler";
import { directionFromFileName, runRule, type Direction } from "../run-rule.ts";
import { readJson, readText, UsageError } from "../files.ts";

export interface RunCommandOptions {
  rule: string;
  state: string | null;
  direction: Direction | null;
  timeZone: string | undefined;
}

export function runCommand(options: RunCommandOptions, out: (text: string) => void, err: (text: string) => void): number {
  const source = readText(options.rule, "rule");
  const direction = options.direction ?? directionFromFileName(options.rule);
  if (direction === null) {
    throw new UsageError(`cannot tell the direction of ${options.rule}: name it outgoing.groovy, incoming.groovy, NAME.outgoing.groovy or NAME.incoming.groovy, or pass --direction outgoing|incoming`);
  }
  if (options.timeZone !== undefined) checkTimeZone(options.timeZone);
  const state = options.state === null ? {} : readJson(options.state, "state file");
  const outcome = runRule({ source, fileName: options.rule, direction, state, timeZone: options.timeZone });
  if (outcome.exitCode === 2) {
    const lines = outcome.stateProblems.map((p) => `  ${p.path}: ${p.message}`);
    throw new UsageError(`${options.state ?? "state"}: invalid state:\n${lines.join("\n")}`);
  }
  for (const entry of outcome.logs) err(`[${entry.level}] ${entry.message}\n`);
  out(JSON.stringify(outcome.output, null, 2) + "\n");
  if (outcome.error !== null) err(formatRunError(outcome.error) + "\n");
  return outcome.exitCode;
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
