import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "packages", "cli", "bin", "twinsync.js");
let dir: string;

function twinsync(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "twinsync-cli-"));
  writeFileSync(join(dir, "good.outgoing.groovy"), "replica.summary = issue.summary?.trim()\n");
  writeFileSync(join(dir, "broken.incoming.groovy"), "issue.x = (1 + 2\nissue.y = 3\n");
  writeFileSync(join(dir, "fails.outgoing.groovy"), "replica.email = issue.assignee.email\n");
  writeFileSync(join(dir, "state.json"), JSON.stringify({ issue: { summary: "  Login fails  " } }));
  writeFileSync(join(dir, "bad-state.json"), '{"issue": {"created": "soon"}}');
});

describe("twinsync check", () => {
  it("exits 0 for a valid rule and prints nothing", () => {
    const r = twinsync("check", "good.outgoing.groovy");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 rule file checked: no errors or warnings");
  });

  it("prints eslint-style diagnostics with a code frame and exits 1", () => {
    const r = twinsync("check", ".");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("broken.incoming.groovy:2:1  error  expected ')' to close '(' opened at 1:11, but found 'issue'");
    expect(r.stdout).toContain("> 2 | issue.y = 3");
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  });

  it("writes JSON with --format json", () => {
    const r = twinsync("check", "broken.incoming.groovy", "--format", "json");
    const report = JSON.parse(r.stdout);
    expect(report[0].diagnostics[0]).toMatchObject({ code: "syntax-error", severity: "error", line: 2, column: 1 });
  });

  it("exits 2 on usage errors", () => {
    expect(twinsync("check").code).toBe(2);
    expect(twinsync("check", "missing-folder").code).toBe(2);
    expect(twinsync("check", ".", "--format", "xml").stderr).toContain("invalid --format 'xml'");
    expect(twinsync("check", ".", "--colour").code).toBe(2);
  });
});

describe("twinsync run", () => {
  it("prints the resulting state and exits 0", () => {
    const r = twinsync("run", "good.outgoing.groovy", "--state", "state.json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.replica).toEqual({ summary: "Login fails" });
    expect(out.error).toBeNull();
  });

  it("exits 1 with the rule position when the rule fails", () => {
    const r = twinsync("run", "fails.outgoing.groovy", "--state", "state.json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatchObject({ line: 1, column: 32, type: "NullPointerException" });
    expect(r.stderr).toContain("fails.outgoing.groovy:1:32: NullPointerException: Cannot get property 'email' on null object");
  });

  it("exits 2 and names the JSON path of a bad state", () => {
    const r = twinsync("run", "good.outgoing.groovy", "--state", "bad-state.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("$.issue.created");
  });

  it("exits 2 when the direction is unknown", () => {
    writeFileSync(join(dir, "plain.groovy"), "replica.x = 1\n");
    expect(twinsync("run", "plain.groovy").stderr).toContain("--direction");
    expect(twinsync("run", "plain.groovy", "--direction", "outgoing").code).toBe(0);
  });
});

describe("failures of the bundled CLI", () => {
  it("prints one line without a stack trace and sets the exit code", () => {
    const cases: [string[], number, string][] = [
      [["sync", "--demo", "--dir", "state.json"], 2, `twinsync: --dir ${join(dir, "state.json")} is a file; pass a folder\n`],
      [["sync", "--demo", "--exmple", "jira-azure"], 2, "twinsync: unknown option '--exmple' for 'sync --demo'; did you mean --example?\n"],
      [["tracker", "list", "--tracker", "state.json"], 2, "twinsync: state.json is not a SQLite database; pass a tracker database made by 'twinsync tracker init' or 'twinsync node init'\n"],
      [["run", "good.outgoing.groovy", "--state", "."], 2, "twinsync: . is a folder; pass a state JSON file\n"],
    ];
    for (const [args, code, stderr] of cases) {
      const r = twinsync(...args);
      expect(r.stderr, args.join(" ")).toBe(stderr);
      expect(r.code, args.join(" ")).toBe(code);
    }
  });

  it("exits 1 for a lookup that finds nothing", () => {
    expect(twinsync("node", "init", "jira", "--node", "node").code).toBe(0);
    const r = twinsync("status", "SUP-99", "--node", "node");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^twinsync: SUP-99 is not synced; [^\n]*\n$/);
  });
});
