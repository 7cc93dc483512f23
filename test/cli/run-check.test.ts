/**
 * `twinsync run` prints the checker's errors and warnings for the rule on
 * stderr before its output, one line each. Stdout and the exit code stay
 * those of the run, and `--no-check` turns the findings off.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir, twinsync } from "./run-cli.ts";

let dir: string;

beforeAll(() => {
  dir = tempDir("run-check");
  writeFileSync(join(dir, "typo.outgoing.groovy"), "replica.summary = issue.sumary\nreplica.descripton = issue.description\n");
  writeFileSync(join(dir, "state.json"), JSON.stringify({ issue: { summary: "Login fails", description: "Pagination drops" } }));
  writeFileSync(join(dir, "syntax.outgoing.groovy"), "replica.x = (1 +\n");
  writeFileSync(join(dir, "clean.outgoing.groovy"), "replica.summary = issue.summary\n");
  mkdirSync(join(dir, "configured"));
  writeFileSync(join(dir, "configured", "typo.outgoing.groovy"), "replica.summary = issue.sumary\n");
  writeFileSync(join(dir, "configured", "twinsync.config.json"), JSON.stringify({ severity: { "unknown-field": "off" } }));
  mkdirSync(join(dir, "broken-config"));
  writeFileSync(join(dir, "broken-config", "typo.outgoing.groovy"), "replica.summary = issue.sumary\n");
  writeFileSync(join(dir, "broken-config", "twinsync.config.json"), "{");
});

describe("run with the checker", () => {
  it("prints each warning on stderr with file, position and code", async () => {
    const rule = join(dir, "typo.outgoing.groovy");
    const result = await twinsync("run", rule, "--state", join(dir, "state.json"));
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n").filter((line) => line !== "")).toEqual([
      `${rule}:1:25: warning unknown-field: 'sumary' is not a field of Issue; did you mean 'summary'?`,
      `${rule}:2:9: warning unknown-field: 'descripton' is not a field of Replica; did you mean 'description'?`,
    ]);
  });

  it("leaves stdout and the exit code as they are without the check", async () => {
    for (const rule of ["typo.outgoing.groovy", "syntax.outgoing.groovy", "clean.outgoing.groovy"]) {
      const checked = await twinsync("run", join(dir, rule), "--state", join(dir, "state.json"));
      const unchecked = await twinsync("run", join(dir, rule), "--state", join(dir, "state.json"), "--no-check");
      expect(checked.stdout, rule).toBe(unchecked.stdout);
      expect(checked.code, rule).toBe(unchecked.code);
    }
  });

  it("prints nothing extra with --no-check or for a clean rule", async () => {
    expect((await twinsync("run", join(dir, "typo.outgoing.groovy"), "--no-check")).stderr).toBe("");
    expect((await twinsync("run", join(dir, "clean.outgoing.groovy"))).stderr).toBe("");
  });

  it("does not repeat the compile error the run reports", async () => {
    const rule = join(dir, "syntax.outgoing.groovy");
    const result = await twinsync("run", rule);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line !== "");
    expect(lines).toEqual([`${rule}:1:17: CompilationError: the rule does not compile: expected an expression but found end of file`]);
  });

  it("applies the nearest config's severities", async () => {
    const result = await twinsync("run", join(dir, "configured", "typo.outgoing.groovy"));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("checks without a config that cannot be read, and still runs", async () => {
    const rule = join(dir, "broken-config", "typo.outgoing.groovy");
    const result = await twinsync("run", rule);
    expect(result.code).toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line !== "");
    expect(lines[0]).toMatch(/^twinsync: checking .*typo\.outgoing\.groovy without a config: .*twinsync\.config\.json.*invalid JSON/);
    expect(lines[1]).toBe(`${rule}:1:25: warning unknown-field: 'sumary' is not a field of Issue; did you mean 'summary'?`);
    expect(JSON.parse(result.stdout).replica).toEqual({ summary: null });
  });
});
