/**
 * Command specs and the option parser every command uses. A spec lists the
 * command's arguments and options with one line of help each, so the
 * parser, `COMMAND --help` and `twinsync help` all read the same table.
 */

import { parseArgs } from "node:util";
import { HelpRequest, UsageError } from "./errors.ts";
import { editDistance } from "@twinsync/compiler";

export interface OptionSpec {
  type: "string" | "boolean";
  /** Accept the option more than once and collect the values in a list. */
  multiple?: boolean;
  /** Placeholder for the value in help text, such as DIR. */
  value?: string;
  /** A value shown when the option is given without one. */
  example?: string;
  /** Help text: the value the option sets, with its unit and default. */
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface CommandSpec {
  /** The words that select the command, such as "tracker edit". */
  name: string;
  /** The positional arguments as the usage line shows them, such as "KEY TEXT"; "" for none. */
  args: string;
  /** Maximum number of positional arguments the command accepts. */
  maxArgs: number;
  summary: string;
  options: OptionSpecs;
}

type ParsedValues<T extends OptionSpecs> = {
  [K in keyof T]?: T[K]["type"] extends "boolean" ? (T[K]["multiple"] extends true ? boolean[] : boolean) : T[K]["multiple"] extends true ? string[] : string;
};

export interface ParsedCommand<T extends OptionSpecs> {
  values: ParsedValues<T>;
  positionals: string[];
}

/**
 * Parses `args` against a spec. `--help` or `-h` before `--` throws a
 * HelpRequest with the command's help. Unknown options, missing values and
 * extra arguments are UsageErrors that name the command. An unknown option
 * gets the closest known one as a suggestion, else the sibling command in
 * `family` that has it.
 */
export function parseCommand<T extends OptionSpecs>(spec: CommandSpec & { options: T }, args: string[], family: readonly CommandSpec[] = []): ParsedCommand<T> {
  const end = args.indexOf("--");
  const flags = end === -1 ? args : args.slice(0, end);
  if (flags.includes("--help") || flags.includes("-h")) throw new HelpRequest(formatCommandHelp(spec));

  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {};
  for (const [name, option] of Object.entries(spec.options)) options[name] = option.multiple === true ? { type: option.type, multiple: true } : { type: option.type };
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw explainParseError(spec, args, error, family);
  }
  if (parsed.positionals.length > spec.maxArgs) {
    const extra = parsed.positionals.slice(spec.maxArgs).map((p) => `'${p}'`).join(", ");
    const takes = spec.maxArgs === 0 ? "takes no arguments" : `takes at most ${spec.maxArgs} argument${spec.maxArgs === 1 ? "" : "s"} (${spec.args})`;
    throw new UsageError(`'${spec.name}' ${takes}; remove ${extra}, or run 'twinsync ${spec.name} --help'`);
  }
  return { values: parsed.values as ParsedValues<T>, positionals: parsed.positionals };
}

function explainParseError(spec: CommandSpec, args: string[], error: unknown, family: readonly CommandSpec[]): unknown {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new UsageError(`unknown option '${flag}' for '${spec.name}'; ${unknownOptionHint(spec, flag, family)}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--([\w-]+)/.exec(message)?.[1] ?? "";
    const option = spec.options[name];
    if (option?.type === "boolean") return new UsageError(`--${name} takes no value; write --${name} alone`);
    if (/ambiguous/.test(message)) {
      const next = args[args.indexOf(`--${name}`) + 1] ?? "";
      return new UsageError(`--${name} needs a value, but '${next}' looks like an option; write --${name}=${next} if it is the value`);
    }
    return new UsageError(`--${name} needs a value, for example --${name} ${option?.example ?? option?.value ?? "VALUE"}`);
  }
  return error;
}

function unknownOptionHint(spec: CommandSpec, flag: string, family: readonly CommandSpec[]): string {
  const known = Object.keys(spec.options).map((name) => `--${name}`);
  const suggestion = closest(flag, known);
  if (suggestion !== null) return `did you mean ${suggestion}?`;
  const owner = family.find((other) => other !== spec && Object.hasOwn(other.options, flag.replace(/^--/, "")));
  if (owner !== undefined) return `${flag} is an option of '${owner.name}'`;
  if (known.length === 0) return "it takes no options";
  return `run 'twinsync ${spec.name} --help' for its options`;
}

/** Returns the candidate nearest to `word` within an edit distance of 2, or null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}


/** Wraps text at spaces into lines of at most `width` characters, each starting with `indent`. */
export function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

/** Formats the option column of the help: `--name VALUE`, with `...` for a repeatable option. */
function optionLabel(name: string, option: OptionSpec): string {
  const value = option.type === "string" ? ` ${option.value ?? "VALUE"}` : "";
  return `--${name}${value}${option.multiple ? " ..." : ""}`;
}

/** Formats options as aligned lines, one per option. */
export function formatOptions(options: OptionSpecs, indent: string): string[] {
  const labels = Object.entries(options).map(([name, option]) => [optionLabel(name, option), option.help] as const);
  const width = Math.max(0, ...labels.map(([label]) => label.length)) + 2;
  return labels.map(([label, help]) => `${indent}${label.padEnd(width)}${help}`);
}

/** Returns the usage line, such as `twinsync tracker edit KEY [options]`. */
export function usageLine(spec: CommandSpec): string {
  const args = spec.args === "" ? "" : ` ${spec.args}`;
  return `twinsync ${spec.name}${args}${Object.keys(spec.options).length > 0 ? " [options]" : ""}`;
}

/** Formats the text of `twinsync COMMAND --help`. */
export function formatCommandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${usageLine(spec)}`, "", ...wrap(spec.summary, ""), ""];
  lines.push("Options:");
  lines.push(...formatOptions({ ...spec.options, help: { type: "boolean", help: "Show this help." } }, "  "));
  return lines.join("\n") + "\n";
}

/** Formats the help of a command that has subcommands: each subcommand's usage line and summary. */
export function formatGroupHelp(group: string, specs: readonly CommandSpec[]): string {
  const lines = [`Usage: twinsync ${group} <subcommand> [options]`, "", "Subcommands:"];
  for (const spec of specs) lines.push(`  ${usageLine(spec).replace(/^twinsync /, "")}`, ...wrap(spec.summary, "      "));
  lines.push("", `Run 'twinsync ${group} <subcommand> --help' for the options of one subcommand.`);
  return lines.join("\n") + "\n";
}
