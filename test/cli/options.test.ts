/**
 * Option parsing and help of every command: unknown options with a
 * suggestion, `--help` per command with one line per option, and
 * `twinsync help` listing the options of the sync commands.
 */

import { describe, expect, it } from "vitest";
import { SYNC_SPEC_LIST } from "../../packages/cli/src/commands/sync/specs.ts";
import { HelpRequest, UsageError } from "../../packages/cli/src/errors.ts";
import { CHECK_SPEC, mainHelp, RUN_SPEC } from "../../packages/cli/src/help.ts";
import { closest, parseCommand, type CommandSpec } from "../../packages/cli/src/options.ts";
import { failureLine, twinsync } from "./run-cli.ts";

const SPEC: CommandSpec = {
  name: "demo-cmd",
  args: "NAME",
  maxArgs: 1,
  summary: "A command for the tests.",
  options: {
    state: { type: "string", value: "FILE", example: "state.json", help: "State file." },
    json: { type: "boolean", help: "Print JSON." },
    label: { type: "string", multiple: true, value: "LABEL", help: "Label; repeat for more." },
  },
};

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("parseCommand", () => {
  it("parses values, repeated options and arguments", () => {
    const parsed = parseCommand(SPEC, ["x", "--state", "s.json", "--label", "a", "--label", "b", "--json"]);
    expect(parsed.positionals).toEqual(["x"]);
    expect(parsed.values).toEqual({ state: "s.json", label: ["a", "b"], json: true });
  });

  it("suggests the nearest option for a typo", () => {
    expect(usageError(() => parseCommand(SPEC, ["--stat"]))).toBe("unknown option '--stat' for 'demo-cmd'; did you mean --state?");
  });

  it("points to the help when nothing is near", () => {
    expect(usageError(() => parseCommand(SPEC, ["--frobnicate"]))).toBe("unknown option '--frobnicate' for 'demo-cmd'; run 'twinsync demo-cmd --help' for its options");
  });

  it("names the sibling command that has the option", () => {
    const sibling: CommandSpec = { ...SPEC, name: "demo-cmd other", options: { colour: { type: "string", help: "Colour." } } };
    expect(usageError(() => parseCommand(SPEC, ["--colour", "red"], [SPEC, sibling]))).toBe("unknown option '--colour' for 'demo-cmd'; --colour is an option of 'demo-cmd other'");
  });

  it("explains a missing value with an example", () => {
    expect(usageError(() => parseCommand(SPEC, ["--state"]))).toBe("--state needs a value, for example --state state.json");
  });

  it("explains a value that looks like an option", () => {
    expect(usageError(() => parseCommand(SPEC, ["--state", "--json"]))).toBe("--state needs a value, but '--json' looks like an option; write --state=--json if it is the value");
  });

  it("rejects a value for a flag", () => {
    expect(usageError(() => parseCommand(SPEC, ["--json=yes"]))).toBe("--json takes no value; write --json alone");
  });

  it("rejects extra arguments", () => {
    expect(usageError(() => parseCommand(SPEC, ["a", "b"]))).toBe("'demo-cmd' takes at most 1 argument (NAME); remove 'b', or run 'twinsync demo-cmd --help'");
  });

  it("throws the help for --help and -h before --", () => {
    for (const flag of ["--help", "-h"]) {
      let thrown: unknown;
      try {
        parseCommand(SPEC, ["x", flag]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(HelpRequest);
      expect((thrown as HelpRequest).text).toContain("Usage: twinsync demo-cmd NAME [options]");
    }
    expect(parseCommand(SPEC, ["--", "--help"]).positionals).toEqual(["--help"]);
  });
});

describe("closest", () => {
  it("returns the nearest candidate within two edits", () => {
    expect(closest("--exmple", ["--example", "--dir"])).toBe("--example");
    expect(closest("lst", ["list", "show"])).toBe("list");
    expect(closest("--zzzzzz", ["--example", "--dir"])).toBeNull();
  });
});

/** Returns the option names that a help text lists, each at the start of its own line. */
function listedOptions(help: string): string[] {
  return [...help.matchAll(/^\s+--([\w-]+)/gm)].map((match) => match[1]!);
}

describe("help of every command", () => {
  const specs = [CHECK_SPEC, RUN_SPEC, ...SYNC_SPEC_LIST] as CommandSpec[];

  it.each(specs.map((spec) => [spec.name, spec] as const))("%s --help lists each option on one line", async (name, spec) => {
    const words = name.split(" ");
    const result = await twinsync(...words, "--help");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`Usage: twinsync ${name}`);
    const listed = listedOptions(result.stdout);
    for (const option of Object.keys(spec.options)) expect(listed, `--${option}`).toContain(option);
    for (const option of Object.keys(spec.options)) {
      const line = result.stdout.split("\n").find((l) => new RegExp(`^\\s+--${option}\\b`).test(l))!;
      expect(line.length, line).toBeGreaterThan(`  --${option}`.length + 4);
    }
  });

  it.each(SYNC_SPEC_LIST.map((spec) => [spec.name] as const))("%s rejects an unknown option in one line", async (name) => {
    const result = await twinsync(...name.split(" "), "--zzzz-unknown");
    const line = failureLine(result);
    expect(result.code).toBe(2);
    expect(line).toMatch(new RegExp(`^unknown option '--zzzz-unknown' for '${name}'; `));
    expect(line).not.toContain("positional argument");
  });

  it("suggests the option meant for the quoted typos", async () => {
    expect(failureLine(await twinsync("sync", "--demo", "--exmple", "jira-azure"))).toBe("unknown option '--exmple' for 'sync --demo'; did you mean --example?");
    expect(failureLine(await twinsync("connection", "list", "--jsn", "--node", "x"))).toBe("unknown option '--jsn' for 'connection list'; did you mean --json?");
    expect(failureLine(await twinsync("errors", "--al"))).toBe("unknown option '--al' for 'errors'; did you mean --all?");
    expect(failureLine(await twinsync("sync", "--dir", "x"))).toBe("unknown option '--dir' for 'sync'; --dir is an option of 'sync --demo'");
  });

  it("shows both forms of sync for sync --help", async () => {
    const result = await twinsync("sync", "--help");
    expect(result.stdout).toContain("Usage: twinsync sync --demo [options]");
    expect(result.stdout).toContain("Usage: twinsync sync [options]");
  });
});

describe("commands with subcommands", () => {
  it.each([
    ["tracker", "init, create, edit, comment, attach, show, list, users, projects, add-user or add-project"],
    ["connection", "invite, accept, list, activate or deactivate"],
    ["trigger", "add, list, remove or run"],
    ["node", "init or show"],
  ])("%s without a subcommand lists them", async (group, list) => {
    const result = await twinsync(group);
    expect(result.code).toBe(2);
    expect(failureLine(result)).toBe(`'${group}' needs a subcommand: ${list}; run 'twinsync ${group} --help' for what each does`);
  });

  it("suggests a subcommand for a typo", async () => {
    expect(failureLine(await twinsync("tracker", "lst"))).toBe("unknown tracker subcommand 'lst'; did you mean 'list'?");
  });

  it("prints every subcommand for GROUP --help", async () => {
    const result = await twinsync("tracker", "--help");
    expect(result.code).toBe(0);
    for (const spec of SYNC_SPEC_LIST.filter((s) => s.name.startsWith("tracker "))) expect(result.stdout).toContain(`  ${spec.name}`);
  });
});

describe("twinsync help", () => {
  it("lists every option of every sync command", () => {
    const lines = mainHelp().split("\n");
    for (const spec of SYNC_SPEC_LIST) {
      const usage = `  ${spec.name}${spec.args === "" ? "" : ` ${spec.args}`}`;
      const start = lines.findIndex((line) => line.startsWith(usage + " [options]") || line === usage);
      expect(start, spec.name).toBeGreaterThan(0);
      let end = start + 1;
      while (end < lines.length && lines[end]!.startsWith("      ")) end++;
      const section = lines.slice(start + 1, end);
      for (const option of Object.keys(spec.options).filter((name) => name !== "node")) {
        expect(section.some((line) => new RegExp(`^ {6}--${option}\\b`).test(line)), `${spec.name} --${option}`).toBe(true);
      }
    }
    expect(mainHelp()).toContain("also take --node DIR");
  });

  it("prints the help of one command", async () => {
    const result = await twinsync("help", "tracker", "edit");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: twinsync tracker edit KEY [options]");
    expect(result.stdout).toMatch(/\n {2}--label LABEL \.\.\. +Label; repeat for more labels/);
  });

  it("rejects help for an unknown command", async () => {
    const result = await twinsync("help", "frobnicate");
    expect(result.code).toBe(2);
    expect(failureLine(result)).toBe("no help for 'frobnicate'; run 'twinsync help' for the list of commands");
  });
});
