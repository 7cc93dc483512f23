/**
 * The `twinsync` command line. Exit codes: 0 success; 1 rule errors or a
 * failed operation; 2 usage errors or unreadable input. Every failure is
 * reported as one line on stderr. Only an unexpected failure with
 * TWINSYNC_DEBUG set adds a stack trace.
 */

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCheck } from "./commands/check.ts";
import { runDemo } from "./commands/demo.ts";
import { runCommand } from "./commands/run.ts";
import { startSyncCommand, SYNC_COMMANDS } from "./commands/sync/index.ts";
import { describeFailure, HelpRequest, UsageError } from "./errors.ts";
import { CHECK_SPEC, DEMO_SPEC, helpFor, LSP_SPEC, mainHelp, RUN_SPEC } from "./help.ts";
import { closest, parseCommand } from "./options.ts";
import type { Direction } from "./run-rule.ts";

const VERSION = "0.1.0";

const COMMANDS = ["check", "run", "demo", "lsp", "help", "version", ...SYNC_COMMANDS];

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

function check(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseCommand(CHECK_SPEC, args);
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

function run(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseCommand(RUN_SPEC, args);
  if (positionals.length !== 1) throw new UsageError("run needs one rule file, for example: twinsync run incoming.groovy --state state.json");
  return runCommand(
    { rule: positionals[0]!, state: values.state ?? null, direction: parseDirection(values.direction), timeZone: values["time-zone"], check: values["no-check"] !== true },
    out,
    err,
  );
}

function lsp(args: string[], err: (text: string) => void): number {
  const { values } = parseCommand(LSP_SPEC, args);
  if ((values.stdio === true) === (values["node-ipc"] === true)) throw new UsageError("lsp needs exactly one transport, for example: twinsync lsp --stdio");
  // Loaded on demand so that other commands do not load the LSP libraries.
  import("@twinsync/lsp/server").then(
    (server) => server.startServer(),
    (error: unknown) => {
      err(`twinsync: ${describeFailure("lsp", error).message}\n`);
      process.exitCode = 1;
    },
  );
  return 0;
}

/**
 * Runs one command line and returns its exit code. A sync command runs
 * asynchronously: this returns 0 at once and the command sets
 * `process.exitCode` when it ends.
 */
export function main(argv: string[], out = (t: string) => void process.stdout.write(t), err = (t: string) => void process.stderr.write(t)): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return check(rest, out, err);
      case "run":
        return run(rest, out, err);
      case "demo": {
        const { positionals } = parseCommand(DEMO_SPEC, rest);
        return runDemo(positionals[0] ?? defaultExamplesDir(), out, err);
      }
      case "lsp":
        return lsp(rest, err);
      case "--version":
      case "version":
        out(VERSION + "\n");
        return 0;
      case "help":
        out(helpFor(rest));
        return 0;
      case undefined:
      case "--help":
      case "-h":
        out(mainHelp());
        return command === undefined ? 2 : 0;
      default:
        if (SYNC_COMMANDS.has(command)) return startSyncCommand(command, rest, out, err);
        throw new UsageError(unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof HelpRequest) {
      out(error.text);
      return 0;
    }
    const failure = describeFailure(command ?? "twinsync", error);
    err(`twinsync: ${failure.message}\n`);
    return failure.exitCode;
  }
}

function unknownCommand(command: string): string {
  const suggestion = closest(command, COMMANDS);
  return `unknown command '${command}'; ${suggestion === null ? "" : `did you mean '${suggestion}'? `}run 'twinsync help' for the list`;
}
