/**
 * `twinsync demo DIR` runs every state file, reports each failure in the
 * summary with its fix, notes the files it skips, and exits 1 when a run
 * failed.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { failureLine, tempDir, twinsync, type CliResult } from "./run-cli.ts";

describe("demo DIR with broken states", () => {
  let dir: string;
  let result: CliResult;

  beforeAll(async () => {
    dir = tempDir("rule-demo");
    mkdirSync(join(dir, "states"));
    writeFileSync(join(dir, "x.outgoing.groovy"), "replica.summary = issue.summary\n");
    writeFileSync(join(dir, "npe.outgoing.groovy"), "replica.email = issue.assignee.email\n");
    writeFileSync(join(dir, "plain.groovy"), "replica.x = 1\n");
    writeFileSync(join(dir, "states", "x-outgoing.json"), '{"issue": {"summary": "fine"}}');
    writeFileSync(join(dir, "states", "x-outgoing-bad.json"), "nope\n");
    writeFileSync(join(dir, "states", "x-outgoing-null.json"), "null");
    writeFileSync(join(dir, "states", "x-outgoing-invalid.json"), '{"issue": {"created": "soon"}}');
    writeFileSync(join(dir, "states", "zendesk-incoming.json"), "{}");
    writeFileSync(join(dir, "states", "npe-outgoing.json"), '{"issue": {}}');
    writeFileSync(join(dir, "states", "random.json"), "{}");
    result = await twinsync("demo", dir);
  });

  it("runs every state that follows the naming scheme", () => {
    for (const state of ["x-outgoing.json", "x-outgoing-bad.json", "x-outgoing-null.json", "x-outgoing-invalid.json", "zendesk-incoming.json", "npe-outgoing.json"]) {
      expect(result.stdout, state).toContain(`with states/${state}\n`);
    }
    expect(result.stdout).toContain('"summary": "fine"');
  });

  it("exits 1 and counts the failures", () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("\n6 runs: 1 ran without errors, 5 failed\n");
  });

  it("lists each failure with its fix, one line each", () => {
    const summary = result.stdout.slice(result.stdout.indexOf("6 runs:"));
    const lines = summary.split("\n").slice(1).filter((line) => line !== "");
    expect(lines).toEqual([
      `  states/npe-outgoing.json: npe.outgoing.groovy:1:32: NullPointerException: Cannot get property 'email' on null object; fix the rule, or give the state the values the rule reads`,
      `  states/x-outgoing-bad.json: invalid JSON in the state file: Unexpected token 'o', "nope\\n" is not valid JSON; fix the file, or move it out of the states folder`,
      `  states/x-outgoing-invalid.json: invalid state at $.issue.created: expected a date as epoch milliseconds or ISO-8601 text (2024-03-01T09:30:00Z), got the string "soon"; fix the state file as examples/README.md describes`,
      `  states/x-outgoing-null.json: invalid state at $: expected a state object such as {"issue": {...}}, got null; write {} for an empty state`,
      `  states/zendesk-incoming.json: no rule zendesk.incoming.groovy for this state; add zendesk.incoming.groovy next to the states folder, or rename the state file after an existing rule`,
    ]);
  });

  it("notes the files it skips", () => {
    expect(result.stdout).toContain("Skipped 1 state file whose name does not follow <side>-<direction>[-variant].json: states/random.json");
    expect(result.stderr).toContain("skipped 1 rule file whose name gives no direction (plain.groovy)");
  });

  it("says 1 rule and 1 warning in the singular", () => {
    expect(result.stdout).toMatch(/^Checked 2 rules in .*: 0 errors, 1 warning\n/);
  });
});

describe("demo DIR naming advice", () => {
  it("does not suggest --direction, which demo does not take", async () => {
    const dir = tempDir("rule-demo-empty");
    const result = await twinsync("demo", dir);
    expect(result.code).toBe(2);
    const line = failureLine(result);
    expect(line).toBe(`no rule files found in ${dir}; name the rule files outgoing.groovy, incoming.groovy, NAME.outgoing.groovy or NAME.incoming.groovy`);
    expect(line).not.toContain("--direction");
  });

  it("rejects a file and a missing folder", async () => {
    const dir = tempDir("rule-demo-file");
    writeFileSync(join(dir, "a.outgoing.groovy"), "replica.x = 1\n");
    expect(failureLine(await twinsync("demo", join(dir, "a.outgoing.groovy")))).toBe(
      `${dir}/a.outgoing.groovy is a file; pass a folder of rules with a states/ folder, or run 'twinsync run ${dir}/a.outgoing.groovy' for one rule`,
    );
    expect(failureLine(await twinsync("demo", join(dir, "missing")))).toBe(`${join(dir, "missing")}: no such folder`);
  });

  it("reads a side that contains a dash", async () => {
    const dir = tempDir("rule-demo-dash");
    mkdirSync(join(dir, "states"));
    writeFileSync(join(dir, "jira-cloud.outgoing.groovy"), "replica.summary = issue.summary\n");
    writeFileSync(join(dir, "states", "jira-cloud-outgoing-main.json"), '{"issue": {"summary": "from the cloud"}}');
    const result = await twinsync("demo", dir);
    expect(result.stdout).toContain("== jira-cloud.outgoing.groovy with states/jira-cloud-outgoing-main.json");
    expect(result.stdout).toContain('"summary": "from the cloud"');
    expect(result.stdout).toContain("\n1 run: 1 ran without errors, 0 failed\n");
  });
});
