/**
 * Bad input to every command: each failure is one line on stderr that names
 * the value and the fix, with exit code 2 for usage and input errors and 1
 * for a request that failed. Files and folders are set up in a temporary
 * folder.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { failureLine, tempDir, twinsync } from "./run-cli.ts";

let dir: string;
/** A folder with the rules of two sides, laid out like examples/jira-github. */
let rules: string;
let node: string;

beforeAll(async () => {
  dir = tempDir("bad-input");
  node = join(dir, "node");
  const created = await twinsync("node", "init", "jira", "--node", node);
  expect(created.code, created.stderr).toBe(0);
  rules = join(dir, "rules");
  mkdirSync(rules);
  for (const side of ["jira", "github"]) {
    writeFileSync(join(rules, `${side}.outgoing.groovy`), "replica.summary = issue.summary\n");
    writeFileSync(join(rules, `${side}.incoming.groovy`), "issue.summary = replica.summary\n");
  }
  mkdirSync(join(dir, "statedir"));
  mkdirSync(join(dir, "adir.outgoing.groovy"));
  writeFileSync(join(dir, "file.txt"), "not a folder\n");
  writeFileSync(join(dir, "good.outgoing.groovy"), "replica.summary = issue.summary\n");
  writeFileSync(join(dir, "null.json"), "null\n");
  writeFileSync(join(dir, "bad.json"), "nope\n");
}, 60_000);

/** Runs a command that must fail, and returns its one stderr line. */
async function fails(code: number, ...args: string[]): Promise<string> {
  const result = await twinsync(...args.map((arg) => arg.replaceAll("$DIR", dir).replaceAll("$NODE", node)));
  const line = failureLine(result);
  expect(result.code, line).toBe(code);
  return line;
}

describe("a folder where a file is expected", () => {
  it("names the folder and the file to pass", async () => {
    expect(await fails(2, "run", "$DIR/good.outgoing.groovy", "--state", "$DIR/statedir")).toBe(`${dir}/statedir is a folder; pass a state JSON file`);
    expect(await fails(2, "run", "$DIR/adir.outgoing.groovy")).toBe(`${dir}/adir.outgoing.groovy is a folder; pass a rule file`);
    expect(await fails(2, "check", rules, "--config", rules)).toBe(`${rules} is a folder; pass a config file such as twinsync.config.json`);
    expect(await fails(2, "tracker", "attach", "SUP-1", rules, "--node", "$NODE")).toBe(`${rules} is a folder; pass a file to attach`);
    expect(await fails(2, "connection", "invite", "y", "--outgoing", rules, "--incoming", rules, "--node", "$NODE")).toBe(`${rules} is a folder; pass a rule file to --outgoing`);
    expect(await fails(2, "tracker", "list", "--tracker", "$DIR")).toMatch(/is a folder; pass a tracker database made by 'twinsync tracker init'/);
    expect(await fails(2, "tracker", "init", "$DIR")).toBe(`${dir} is a folder; pass a file name for the tracker database, such as ${dir}/tracker.db`);
  });
});

describe("a missing file", () => {
  it("says no such file", async () => {
    expect(await fails(2, "tracker", "attach", "SUP-1", "$DIR/nonexistent-file", "--node", "$NODE")).toBe(`${dir}/nonexistent-file: no such file`);
    expect(await fails(2, "run", "$DIR/missing.outgoing.groovy")).toBe(`${dir}/missing.outgoing.groovy: no such file`);
    expect(await fails(2, "run", "$DIR/good.outgoing.groovy", "--state", "$DIR/missing.json")).toBe(`${dir}/missing.json: no such file`);
    expect(await fails(2, "connection", "invite", "y", "--outgoing", "$DIR/none.groovy", "--incoming", "$DIR/none.groovy", "--node", "$NODE")).toBe(`${dir}/none.groovy: no such file`);
    expect(await fails(2, "tracker", "list", "--tracker", "$DIR/none.db")).toMatch(/none\.db: no such file; pass a tracker database/);
    expect(await fails(2, "tracker", "init", "$DIR/no-folder/x.db")).toBe(`cannot create ${dir}/no-folder/x.db: the folder ${dir}/no-folder does not exist`);
  });
});

describe("a file where a folder is expected", () => {
  it("rejects a file as --dir, --node and --rules", async () => {
    expect(await fails(2, "sync", "--demo", "--dir", "$DIR/file.txt")).toBe(`--dir ${dir}/file.txt is a file; pass a folder`);
    expect(await fails(2, "node", "show", "--node", "$DIR/file.txt")).toBe(`${dir}/file.txt is a file, not a node folder; pass the folder that 'twinsync node init' created`);
    expect(await fails(2, "status", "SUP-1", "--node", "$DIR/file.txt")).toMatch(/is a file, not a node folder/);
    expect(await fails(2, "node", "init", "x", "--node", "$DIR/file.txt")).toBe(`--node ${dir}/file.txt is a file; pass a folder for the new node`);
    expect(await fails(2, "connection", "invite", "y", "--rules", "$DIR/file.txt", "--node", "$NODE")).toMatch(/--rules .*file\.txt is a file; pass the folder of the rules/);
  });

  it("rejects a file that is not a tracker database", async () => {
    expect(await fails(2, "tracker", "list", "--tracker", "$DIR/file.txt")).toMatch(/file\.txt is not a SQLite database; pass a tracker database/);
  });
});

describe("state files", () => {
  it("rejects null like other non-objects", async () => {
    expect(await fails(2, "run", "$DIR/good.outgoing.groovy", "--state", "$DIR/null.json")).toBe(
      `${dir}/null.json: invalid state at $: expected a state object such as {"issue": {...}}, got null`,
    );
  });

  it("keeps a JSON error on one line", async () => {
    const line = await fails(2, "run", "$DIR/good.outgoing.groovy", "--state", "$DIR/bad.json");
    expect(line).toContain("invalid JSON in the state file");
    expect(line).toContain('"nope\\n"');
  });
});

describe("direction", () => {
  it("rejects a --direction that the file name contradicts", async () => {
    const line = await fails(2, "run", join(rules, "jira.incoming.groovy"), "--direction", "outgoing");
    expect(line).toContain("is named as an incoming rule, but --direction says outgoing; drop --direction");
    expect(await fails(2, "check", join(rules, "jira.incoming.groovy"), "--direction", "outgoing")).toContain("but --direction says outgoing");
  });

  it("accepts a --direction that agrees with the name", async () => {
    const result = await twinsync("run", join(dir, "good.outgoing.groovy"), "--direction", "outgoing");
    expect(result.code, result.stderr).toBe(0);
  });
});

describe("connection rules", () => {
  it("mentions --side when the folder has only side rules", async () => {
    expect(await fails(2, "connection", "invite", "y", "--rules", rules, "--node", "$NODE")).toBe(
      `${rules} has no outgoing.groovy; pass --side to pick the rules of one side: --side github or --side jira`,
    );
  });

  it("names the sides when --side is wrong", async () => {
    expect(await fails(2, "connection", "invite", "y", "--rules", rules, "--side", "zendesk", "--node", "$NODE")).toBe(
      `${rules} has no zendesk.outgoing.groovy; use --side github or --side jira`,
    );
  });

  it("rejects --rules together with --outgoing", async () => {
    expect(await fails(2, "connection", "invite", "y", "--rules", rules, "--outgoing", "x", "--incoming", "y", "--node", "$NODE")).toContain("not both");
  });
});

describe("exit codes", () => {
  it("exits 1 when a lookup on the node finds nothing", async () => {
    expect(await fails(1, "status", "SUP-99", "--node", "$NODE")).toMatch(/^SUP-99 is not synced/);
    expect(await fails(1, "trigger", "remove", "42", "--node", "$NODE")).toMatch(/^trigger 42 not found/);
    expect(await fails(1, "resolve", "7", "--node", "$NODE")).toMatch(/^error 7 is not open/);
    expect(await fails(1, "retry", "7", "--node", "$NODE")).toMatch(/^error 7 is not open/);
    expect(await fails(1, "tracker", "show", "SUP-99", "--node", "$NODE")).toMatch(/^issue "SUP-99" not found/);
    expect(await fails(1, "connection", "activate", "nope", "--node", "$NODE")).toMatch(/^connection "nope" not found/);
    expect(await fails(1, "node", "init", "again", "--node", "$NODE")).toMatch(/already has a node/);
  });

  it("exits 2 for a malformed id", async () => {
    expect(await fails(2, "trigger", "remove", "x1", "--node", "$NODE")).toBe("invalid trigger id 'x1': use a whole number from 1 to 9007199254740991");
  });
});

describe("extra arguments", () => {
  it("rejects a stray argument instead of ignoring it", async () => {
    expect(await fails(2, "sync", "--demo", "extra")).toBe("'sync --demo' takes no arguments; remove 'extra', or run 'twinsync sync --demo --help'");
    expect(await fails(2, "stats", "now", "--node", "$NODE")).toContain("'stats' takes no arguments; remove 'now'");
    expect(await fails(2, "tracker", "show", "A", "B", "--node", "$NODE")).toContain("'tracker show' takes at most 1 argument (KEY); remove 'B'");
  });
});
