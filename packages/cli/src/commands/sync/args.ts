/** Argument helpers shared by the sync commands. */

import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { requireFile, statOrNull, UsageError } from "../../files.ts";
import { parseCommand, type CommandSpec, type ParsedCommand } from "../../options.ts";
import type { RulePaths } from "./engine.ts";
import { SYNC_SPECS, specsOf, type SyncSpecName } from "./specs.ts";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Parses the arguments of one sync command with its spec; see `parseCommand` for the errors. */
export function parse<K extends SyncSpecName>(name: K, args: string[]): ParsedCommand<(typeof SYNC_SPECS)[K]["options"]> {
  const spec: CommandSpec = SYNC_SPECS[name];
  return parseCommand(spec, args, specsOf(spec.name.split(" ")[0]!)) as ParsedCommand<(typeof SYNC_SPECS)[K]["options"]>;
}

/** Returns `word` or `word`+s for a count: "1 issue", "2 issues". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a duration such as `30m`, `24h` or `7d` into milliseconds. */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d+)([smhd])$/.exec(text);
  if (match === null) throw new UsageError(`invalid ${option} '${text}': use a number and a unit, such as 30m, 24h or 7d`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

export function parseInteger(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`invalid ${option} '${text}': use a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Returns the sides whose rules a folder contains: `jira` for `jira.outgoing.groovy`. */
function sidesIn(dir: string): string[] {
  const sides = new Set<string>();
  for (const name of readdirSync(dir)) {
    const match = /^(.+)\.(outgoing|incoming)\.groovy$/.exec(name);
    if (match !== null) sides.add(match[1]!);
  }
  return [...sides].sort();
}

/**
 * Resolves a connection's rule files from `--rules DIR [--side NAME]`
 * (`DIR/NAME.outgoing.groovy` or `DIR/outgoing.groovy`) or from
 * `--outgoing FILE --incoming FILE`, and checks that both are files.
 */
export function rulePaths(values: { rules?: string; side?: string; outgoing?: string; incoming?: string }): RulePaths {
  const byFile = values.outgoing !== undefined || values.incoming !== undefined;
  if (byFile && (values.rules !== undefined || values.side !== undefined)) {
    throw new UsageError("pass either --rules DIR [--side SIDE] or --outgoing FILE --incoming FILE, not both");
  }
  if (byFile) {
    if (values.outgoing === undefined || values.incoming === undefined) throw new UsageError("give both --outgoing FILE and --incoming FILE");
    requireFile(values.outgoing, "rule file to --outgoing");
    requireFile(values.incoming, "rule file to --incoming");
    return { outgoing: resolve(values.outgoing), incoming: resolve(values.incoming) };
  }
  if (values.rules === undefined) {
    if (values.side !== undefined) throw new UsageError("--side needs --rules DIR: it picks DIR/SIDE.outgoing.groovy and DIR/SIDE.incoming.groovy");
    throw new UsageError("say which rules the connection runs: --rules DIR [--side SIDE], or --outgoing FILE --incoming FILE");
  }

  const dir = values.rules;
  const stats = statOrNull(dir);
  if (stats === null) throw new UsageError(`--rules ${dir}: no such folder`);
  if (!stats.isDirectory()) throw new UsageError(`--rules ${dir} is a file; pass the folder of the rules, or name the files with --outgoing FILE --incoming FILE`);
  const prefix = values.side === undefined ? "" : `${values.side}.`;
  const paths = { outgoing: resolve(join(dir, `${prefix}outgoing.groovy`)), incoming: resolve(join(dir, `${prefix}incoming.groovy`)) };
  for (const [direction, path] of Object.entries(paths)) {
    const found = statOrNull(path);
    if (found !== null && !found.isDirectory()) continue;
    const sides = sidesIn(dir);
    const choices = sides.map((side) => `--side ${side}`).join(" or ");
    if (values.side === undefined && sides.length > 0) {
      throw new UsageError(`${dir} has no ${direction}.groovy; pass --side to pick the rules of one side: ${choices}`);
    }
    const others = sides.length === 0 ? "it holds no NAME.outgoing.groovy or NAME.incoming.groovy either" : `use ${choices}`;
    throw new UsageError(`${dir} has no ${prefix}${direction}.groovy; ${others}`);
  }
  return paths;
}

/** Splits `NAME=VALUE`; the value is parsed as JSON when it is valid JSON, else kept as text. */
export function fieldAssignment(text: string): [string, unknown] {
  const index = text.indexOf("=");
  if (index <= 0) throw new UsageError(`invalid --field '${text}': use NAME=VALUE, such as --field "Story Points=5"`);
  const raw = text.slice(index + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: keep the text.
  }
  return [text.slice(0, index), value];
}
