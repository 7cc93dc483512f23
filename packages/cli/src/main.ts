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
  lsp --stdio|--node-ipc      Start the language server on stdio or on a Node IPC channel.
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

/** Example values shown when an option is given without one. */
const OPTION_EXAMPLES: Record<string, string> = {
  state: "state.json", direction: "outgoing", "time-zone": "Europe/Berlin", format: "json", config: "twinsync.config.json", "max-warnings": "0",
};

/** `parseArgs` with messages that name the command, suggest the option meant and show an example value. */
function parseOptions<T extends Record<string, { type: "string" }>>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = (e as Error).message;
    const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    const known = Object.keys(options).map((k) => `--${k}`);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const suggestion = known.find((k) => editDistance(k, flag) <= 2);
      const hint = suggestion !== undefined ? `did you mean ${suggestion}?` : known.length > 0 ? `its options are ${known.join(", ")}` : "it takes no options";
      throw new UsageError(`unknown option '${flag}' for '${command}'; ${hint}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const name = /--([\w-]+)/.exec(message)?.[1] ?? "";
      if (/ambiguous/.test(message)) throw new UsageError(`invalid value for --${name}: a value cannot start with '-'`);
      throw new UsageError(`--${name} needs a value, for example --${name} ${OPTION_EXAMPLES[name] ?? "VALUE"}`);
    }
    throw e;
  }
}

/** Levenshtein distance, for option suggestions. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function main(argv: string[], out = (t: string) => void process.stdout.write(t), err = (t: string) => void process.stderr.write(t)): number {
  const [command, ...rest] = argv;
  if ((command === "check" || command === "run" || command === "demo") && (rest.includes("--help") || rest.includes("-h"))) {
    out(HELP);
    return 0;
  }
  try {
    switch (command) {
      case "check": {
        const { values, positionals } = parseOptions("check", rest, {
          format: { type: "string" }, direction: { type: "string" }, config: { type: "string" }, "max-warnings": { type: "string" },
        });
        const format = values.format ?? "stylish";
        if (format !== "stylish" && format !== "json" && format !== "sarif") throw new UsageError(`invalid --format '${format}': use stylish, json or sarif`);
        if (positionals.length === 0) throw new UsageError("check needs at least one file or folder, for example: twinsync check rules/");
        const maxWarnings = values["max-warnings"];
        if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(`invalid --max-warnings '${maxWarnings}': use a whole number such as 0`);
        return runCheck(
          { paths: positionals, format, direction: parseDirection(values.direction), config: values.config ?? null, maxWarnings: maxWarnings === undefined ? null : Number(maxWarnings) },
          out,
          err,
        );
      }
      case "run": {
        const { values, positionals } = parseOptions("run", rest, { state: { type: "string" }, direction: { type: "string" }, "time-zone": { type: "string" } });
        if (positionals.length !== 1) throw new UsageError("run needs exactly one rule file, for example: twinsync run incoming.groovy --state state.json");
        return runCommand({ rule: positionals[0]!, state: values.state ?? null, direction: parseDirection(values.direction), timeZone: values["time-zone"] }, out, err);
      }
      case "demo": {
        const { positionals } = parseOptions("demo", rest, {});
        return runDemo(positionals[0] ?? defaultExamplesDir(), out);
      }
      case "lsp": {
        const transports = rest.filter((arg) => arg === "--stdio" || arg === "--node-ipc");
        const unknown = rest.filter((arg) => arg !== "--stdio" && arg !== "--node-ipc");
        if (unknown.length > 0) throw new UsageError(`unknown option '${unknown[0]}' for 'lsp'; its options are --stdio and --node-ipc`);
        if (transports.length !== 1) throw new UsageError("lsp needs exactly one transport, for example: twinsync lsp --stdio");
        // Loaded on demand so that other commands do not load the LSP libraries.
        import("@twinsync/lsp/server").then(
          (server) => server.startServer(),
          (error: unknown) => {
            err(`twinsync: could not load the language server: ${(error as Error).message}\n`);
            process.exitCode = 1;
          },
        );
        return 0;
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
