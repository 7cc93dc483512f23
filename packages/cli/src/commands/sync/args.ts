/** Argument helpers shared by the sync commands. */

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { UsageError } from "../../files.ts";
import type { RulePaths } from "./engine.ts";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

/** Parses options strictly; `--node DIR` is accepted by every sync command. */
export function parse<T extends OptionSpec>(args: string[], options: T) {
  return parseArgs({ args, allowPositionals: true, strict: true, options: { node: { type: "string" }, ...options } as T & { node: { type: "string" } } });
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
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`invalid ${option} '${text}': use a whole number from ${min} to ${max}`);
  return value;
}

/**
 * Resolves a connection's rule files from `--rules DIR [--side NAME]`
 * (`DIR/NAME.outgoing.groovy` or `DIR/outgoing.groovy`) or from
 * `--outgoing FILE --incoming FILE`.
 */
export function rulePaths(values: { rules?: string; side?: string; outgoing?: string; incoming?: string }): RulePaths {
  let paths: RulePaths;
  if (values.outgoing !== undefined || values.incoming !== undefined) {
    if (values.outgoing === undefined || values.incoming === undefined) throw new UsageError("give both --outgoing FILE and --incoming FILE");
    paths = { outgoing: resolve(values.outgoing), incoming: resolve(values.incoming) };
  } else if (values.rules !== undefined) {
    const prefix = values.side === undefined ? "" : `${values.side}.`;
    paths = { outgoing: resolve(join(values.rules, `${prefix}outgoing.groovy`)), incoming: resolve(join(values.rules, `${prefix}incoming.groovy`)) };
  } else {
    throw new UsageError("say which rules the connection runs: --rules DIR [--side NAME], or --outgoing FILE --incoming FILE");
  }
  for (const path of [paths.outgoing, paths.incoming]) {
    if (!existsSync(path)) throw new UsageError(`rule file ${path} not found`);
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
