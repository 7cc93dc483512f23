/**
 * `twinsync sync --demo --dir DIR`: a second run in the same folder starts
 * over, and the demo never removes a file that it did not record.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDemoDir } from "../../packages/cli/src/commands/sync/demo-dir.ts";
import { UsageError } from "../../packages/cli/src/errors.ts";
import { failureLine, tempDir, twinsync } from "./run-cli.ts";

/** Returns the demo's output without the folder name, the invitation code and the line about removed files, which differ between runs. */
function steps(stdout: string, dir: string): string {
  return stdout
    .split("\n")
    .filter((line) => !line.includes("removed the previous demo's files"))
    .join("\n")
    .replaceAll(dir, "DIR")
    .replace(/twinsync-invite-1\.[^.]+\.\.\., \d+ characters/g, "CODE");
}

describe("sync --demo --dir", () => {
  it("runs again in the same folder with the same result", async () => {
    const dir = tempDir("demo-again");
    writeFileSync(join(dir, "notes.txt"), "mine\n");
    const first = await twinsync("sync", "--demo", "--dir", dir);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["github-store.db", "github-tracker.db", "jira-store.db", "jira-tracker.db", "notes.txt", "twinsync-demo.json"]);

    const second = await twinsync("sync", "--demo", "--dir", dir);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(first.code);
    expect(second.stdout).toContain("(removed the previous demo's files first: github-store.db, github-tracker.db, jira-store.db, jira-tracker.db)");
    expect(steps(second.stdout, dir)).toBe(steps(first.stdout, dir));
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine\n");
  });

  it("switches to another example in a folder an earlier demo used", async () => {
    const dir = tempDir("demo-switch");
    expect((await twinsync("sync", "--demo", "--dir", dir)).code).toBe(0);
    const azure = await twinsync("sync", "--demo", "--example", "jira-azure", "--dir", dir);
    expect(azure.code, azure.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["azure-store.db", "azure-tracker.db", "jira-store.db", "jira-tracker.db", "twinsync-demo.json"]);
  });

  it("stops when a database it would write was not made by a demo", async () => {
    const dir = tempDir("demo-foreign");
    writeFileSync(join(dir, "jira-tracker.db"), "someone else's file");
    const result = await twinsync("sync", "--demo", "--dir", dir);
    expect(result.code).toBe(2);
    expect(failureLine(result)).toBe(`--dir ${dir} already contains jira-tracker.db, which no earlier demo recorded in twinsync-demo.json; pass an empty or new --dir`);
    expect(readFileSync(join(dir, "jira-tracker.db"), "utf8")).toBe("someone else's file");
    expect(existsSync(join(dir, "twinsync-demo.json"))).toBe(false);
  });
});

describe("prepareDemoDir", () => {
  it("removes only the recorded files and their SQLite side files", () => {
    const dir = tempDir("demo-record");
    for (const name of ["a-tracker.db", "a-tracker.db-wal", "a-store.db", "other.db", "a-tracker.db.bak"]) writeFileSync(join(dir, name), "x");
    writeFileSync(join(dir, "twinsync-demo.json"), JSON.stringify({ files: ["a-tracker.db", "a-store.db"] }));
    const removed = prepareDemoDir(dir, ["b-tracker.db"]);
    expect(removed).toEqual(["a-store.db", "a-tracker.db", "a-tracker.db-wal"]);
    expect(readdirSync(dir).sort()).toEqual(["a-tracker.db.bak", "other.db", "twinsync-demo.json"]);
    expect(JSON.parse(readFileSync(join(dir, "twinsync-demo.json"), "utf8")).files).toEqual(["b-tracker.db"]);
  });

  it("rejects a record that names other files", () => {
    for (const files of [["../escape-tracker.db"], ["notes.txt"], "a-tracker.db", [42]]) {
      const dir = tempDir("demo-tampered");
      writeFileSync(join(dir, "notes.txt"), "keep");
      writeFileSync(join(dir, "twinsync-demo.json"), JSON.stringify({ files }));
      expect(() => prepareDemoDir(dir, ["a-tracker.db"])).toThrow(UsageError);
      expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("keep");
    }
  });

  it("rejects a record that is not JSON", () => {
    const dir = tempDir("demo-garbled");
    writeFileSync(join(dir, "twinsync-demo.json"), "{");
    expect(() => prepareDemoDir(dir, ["a-tracker.db"])).toThrow(/is not valid JSON, so the demo cannot tell which files it created/);
  });

  it("creates a missing folder", () => {
    const dir = join(tempDir("demo-new"), "deeper", "dir");
    expect(prepareDemoDir(dir, ["a-tracker.db"])).toEqual([]);
    expect(readdirSync(dir)).toEqual(["twinsync-demo.json"]);
  });
});
