/**
 * Specs of the rule commands (check, run, demo, lsp) and the text of
 * `twinsync help`, which lists every command with all of its options.
 */

import { SYNC_SPEC_LIST, specsOf } from "./commands/sync/specs.ts";
import { HelpRequest, UsageError } from "./errors.ts";
import { formatCommandHelp, formatGroupHelp, formatOptions, usageLine, wrap, type CommandSpec, type OptionSpec } from "./options.ts";

const DIRECTION: OptionSpec = {
  type: "string",
  value: "outgoing|incoming",
  example: "outgoing",
  help: "Direction of rules whose file names do not tell it; a name that tells it must agree.",
};

export const CHECK_SPEC = {
  name: "check",
  args: "FILE|DIR...",
  maxArgs: Number.MAX_SAFE_INTEGER,
  summary:
    "Report syntax errors, compile errors and checker findings in sync rules. A folder is searched for outgoing.groovy, incoming.groovy, *.outgoing.groovy and *.incoming.groovy.",
  options: {
    format: { type: "string", value: "stylish|json|sarif", example: "json", help: "Output format (default: stylish; sarif is SARIF 2.1.0)." },
    direction: DIRECTION,
    config: { type: "string", value: "FILE", example: "twinsync.config.json", help: "Config with instance schemas and severities (default: the nearest twinsync.config.json)." },
    "max-warnings": { type: "string", value: "N", example: "0", help: "Exit with 1 when there are more than N warnings." },
  },
} as const satisfies CommandSpec;

export const RUN_SPEC = {
  name: "run",
  args: "RULE",
  maxArgs: 1,
  summary: "Run one rule against a state file and print the resulting state as JSON on stdout. The checker's errors and warnings for the rule go to stderr first.",
  options: {
    state: { type: "string", value: "FILE", example: "state.json", help: "State JSON the rule sees (default: an empty issue or replica)." },
    direction: DIRECTION,
    "time-zone": { type: "string", value: "ZONE", example: "Europe/Berlin", help: "IANA time zone for dates without one (default: UTC)." },
    "no-check": { type: "boolean", help: "Do not print the checker's findings before the run." },
  },
} as const satisfies CommandSpec;

export const DEMO_SPEC = {
  name: "demo",
  args: "[DIR]",
  maxArgs: 1,
  summary:
    "Check every rule in DIR (default: the bundled examples) and run each states/<side>-<direction>[-variant].json with the rule <side>.<direction>.groovy in the folder above it.",
  options: {},
} as const satisfies CommandSpec;

export const LSP_SPEC = {
  name: "lsp",
  args: "",
  maxArgs: 0,
  summary: "Start the language server; pass exactly one transport.",
  options: {
    stdio: { type: "boolean", help: "Talk LSP over stdin and stdout." },
    "node-ipc": { type: "boolean", help: "Talk LSP over a Node IPC channel (when started by an editor with fork)." },
  },
} as const satisfies CommandSpec;

const RULE_SPECS: readonly CommandSpec[] = [CHECK_SPEC, RUN_SPEC, DEMO_SPEC, LSP_SPEC];

function overview(spec: CommandSpec, omit: readonly string[]): string[] {
  const options = Object.fromEntries(Object.entries(spec.options).filter(([name]) => !omit.includes(name)));
  return [`  ${usageLine(spec).replace(/^twinsync /, "")}`, ...wrap(spec.summary, "      "), ...formatOptions(options, "      ")];
}

/** Formats the text of `twinsync help`: every command with one line per option. */
export function mainHelp(): string {
  const lines = ["Usage: twinsync <command> [options]", "       twinsync <command> --help    shows the options of one command", "", "Rule commands:"];
  for (const spec of RULE_SPECS) lines.push(...overview(spec, []));
  lines.push("  help [COMMAND]", "      Show this help, or the help of one command.", "  version", "      Print the version.");
  lines.push("", "Sync commands (those that work on a node also take --node DIR; default: $TWINSYNC_NODE, else ./.twinsync):");
  for (const spec of SYNC_SPEC_LIST) lines.push(...overview(spec, ["node"]));
  lines.push(
    "",
    "Exit codes: 0 success; 1 rule errors or a failed operation (such as an unknown connection or issue);",
    "2 usage errors or unreadable input. Set TWINSYNC_DEBUG=1 to print the stack trace of an unexpected failure.",
  );
  return lines.join("\n") + "\n";
}

/** Returns the text of `twinsync help WORDS...`: one command, a command group, or everything. */
export function helpFor(words: string[]): string {
  if (words.length === 0) return mainHelp();
  const name = words.join(" ");
  const spec = [...RULE_SPECS, ...SYNC_SPEC_LIST].find((s) => s.name === name);
  if (spec !== undefined) return formatCommandHelp(spec);
  if (words[0] === "sync") return syncHelp();
  const group = specsOf(words[0]!);
  if (group.length > 0 && words.length === 1) return formatGroupHelp(words[0]!, group);
  throw new UsageError(`no help for '${name}'; run 'twinsync help' for the list of commands`);
}

/** `twinsync sync --help`: the node runner and the demo share the command name. */
export function syncHelp(): string {
  return specsOf("sync").map(formatCommandHelp).join("\n");
}

/** Throws the help of `twinsync sync` when `--help` is among the options. */
export function requestSyncHelp(args: string[]): void {
  const end = args.indexOf("--");
  const flags = end === -1 ? args : args.slice(0, end);
  if (flags.includes("--help") || flags.includes("-h")) throw new HelpRequest(syncHelp());
}
