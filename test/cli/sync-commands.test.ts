/** Sync commands on a node in a temporary folder: counts, projects and node folders. */

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { plural } from "../../packages/cli/src/commands/sync/args.ts";
import { failureLine, tempDir, twinsync } from "./run-cli.ts";

let node: string;

beforeAll(async () => {
  node = join(tempDir("sync-commands"), "node");
  const created = await twinsync("node", "init", "jira", "--node", node, "--port", "7999");
  expect(created.code, created.stderr).toBe(0);
});

describe("tracker list", () => {
  it("counts issues in the singular and plural", async () => {
    expect((await twinsync("tracker", "list", "--node", node)).stdout).toBe("0 issues\n");
    const created = await twinsync("tracker", "create", "--summary", "Checkout fails", "--label", "sync", "--node", node);
    expect(created.code, created.stderr).toBe(0);
    expect((await twinsync("tracker", "list", "--node", node)).stdout).toMatch(/\n1 issue\n$/);
    await twinsync("tracker", "create", "--summary", "Second", "--node", node);
    expect((await twinsync("tracker", "list", "--node", node)).stdout).toMatch(/\n2 issues\n$/);
  });
});

describe("tracker create", () => {
  it("asks for --project when the tracker has several", async () => {
    const added = await twinsync("tracker", "add-project", "OPS", "Operations", "--node", node);
    expect(added.code, added.stderr).toBe(0);
    const result = await twinsync("tracker", "create", "--summary", "Where to?", "--node", node);
    expect(result.code).toBe(2);
    expect(failureLine(result)).toBe("the tracker has 2 projects (SUP, OPS); pass --project KEY");
    const placed = await twinsync("tracker", "create", "--summary", "Here", "--project", "OPS", "--node", node);
    expect(placed.stdout).toMatch(/^Created OPS-1 /);
  });

  it("rejects a user that exists already with exit code 1", async () => {
    expect((await twinsync("tracker", "add-user", "u42", "--node", node)).code).toBe(0);
    const again = await twinsync("tracker", "add-user", "u42", "--node", node);
    expect(again.code).toBe(1);
    expect(failureLine(again)).toBe('user "u42" already exists in tracker jira');
  });
});

describe("node show", () => {
  it("prints the settings of a node folder", async () => {
    const result = await twinsync("node", "show", "--node", node);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ name: "jira", port: 7999, tracker: join(node, "tracker.db") });
  });

  it("says how to create a node in a folder that has none", async () => {
    const empty = tempDir("no-node");
    expect(failureLine(await twinsync("node", "show", "--node", empty))).toBe(`no node in ${empty}: node.json is missing; create one with 'twinsync node init NAME --node ${empty}'`);
    expect(failureLine(await twinsync("node", "show", "--node", join(empty, "gone")))).toMatch(/the folder does not exist; create a node with 'twinsync node init NAME/);
  });
});

describe("plural", () => {
  it("picks the word form by count", () => {
    expect(plural(0, "issue")).toBe("0 issues");
    expect(plural(1, "issue")).toBe("1 issue");
    expect(plural(2, "open error")).toBe("2 open errors");
  });
});
