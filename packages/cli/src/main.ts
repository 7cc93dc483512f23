/**
 * The `twinsync` command line. Exit codes: 0 success, 1 rule errors,
 * 2 usage errors or unreadable input.
 */

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runCheck } from "./commands/check.ts";
import { runDemo } from "./commands/demo.ts";
import { runCommand } from "./commands/run.ts";
import { startSyncCommand, SYNC_HELP } from "./commands/sync/index.ts";
import { UsageError } from "./files.ts";
import type { Direction } from "./run-rule.ts";

const VERSION = "0.1.0";

const HELP = `Usage: twinsync <command> [options]

Commands:
  check FILE|DIR...           Report syntax errors, compile errors and checker findings in sync rules.
                              A folder is searched for outgoing.groovy, incoming.groovy,
                              *.outgoing.groovy and *.incoming.groovy.
      --format stylish|json|sarif
                              Output format (default: stylish; sarif is SARIF 2.1.0).
      --direction outgoing|incoming
                              Direction for files whose names do not tell it.
      --config FILE           Project config with instance schemas and severities
                              (default: the nearest twinsync.config.json above each rule).
      --max-warnings N        Exit with 1 when there are more than N warnings.
  run RULE [--state FILE]     Run one rule against a state file and print the result as JSON.
      --direction outgoing|incoming
      --time-zone ZONE        IANA time zone for dates without one (default: UTC).
  demo [DIR]                  Check and run the example rules and states (default: the bundled examples).
  help                        Show this help.

${SYNC_HELP}
Exit codes: 0 success, 1 rule errors, 2 usage errors or unreadable input.
`;

function parseDirection(value: string | undefined): Direction | null {
  if (value === undefined) return null;
  if (value === "outgoing" || value === "incoming") return value;
  throw new UsageError(`invalid --direction '${value}': use outgoing or incoming`);
}

/** Folder of the bundled examples: next to the package in a checkout, or given by TWINSYNC_EXAMPLES. */
function defaultExamplesDir(): string {
  if (process.env.TWINSYNC_EXAMPLES) return process.env.TWINSYNC_EXAMPLES;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "examples");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return resolve("examples");
}

export function main(argv: string[], out = (t: string) => void process.stdout.write(t), err = (t: string) => void process.stderr.write(t)): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check": {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          strict: true,
          options: { format: { type: "string" }, direction: { type: "string" }, config: { type: "string" }, "max-warnings": { type: "string" } },
        });
        const format = values.format ?? "stylish";
        if (format !== "stylish" && format !== "json" && format !== "sarif") throw new UsageError(`invalid --format '${format}': use stylish, json or sarif`);
        if (positionals.length === 0) throw new UsageError("check needs at least one file or folder, for example: twinsync check rules/");
        const maxWarnings = values["max-warnings"];
        if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(`invalid --max-warnings '${maxWarnings}': use a whole number such as 0`);
        return runCheck(
          { paths: positionals, format, direction: parseDirection(values.direction), config: values.config ?? null, maxWarnings: maxWarnings === undefined ? null : Number(maxWarnings) },
          out,
        );
      }
      case "run": {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { state: { type: "string" }, direction: { type: "string" }, "time-zone": { type: "string" } } });
        if (positionals.length !== 1) throw new UsageError("run needs exactly one rule file, for example: twinsync run incoming.groovy --state state.json");
        return runCommand({ rule: positionals[0]!, state: values.state ?? null, direction: parseDirection(values.direction), timeZone: values["time-zone"] }, out, err);
      }
      case "demo": {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: {} });
        return runDemo(positionals[0] ?? defaultExamplesDir(), out);
      }
      case "node":
      case "tracker":
      case "connection":
      case "trigger":
      case "sync":
      case "errors":
      case "retry":
      case "resolve":
      case "status":
      case "stats":
        return startSyncCommand(command, rest, out, err);
      case "--version":
      case "version":
        out(VERSION + "\n");
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'; run 'twinsync help' for the list`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err(`twinsync: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
