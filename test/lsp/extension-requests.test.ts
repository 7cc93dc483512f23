/**
 * The requests the VS Code extension sends beyond the protocol (rule info, run,
 * workspace check) and the settings it passes, over the real server on stdio.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckFilesResult, RuleInfo, RunRuleResult } from "../../packages/lsp/src/extension-requests.ts";
import { TestClient } from "./client.ts";

const EXAMPLES = new URL("../../examples/jira-github/", import.meta.url);
let dir: string;
let client: TestClient;
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "twinsync-ext-"));
  mkdirSync(join(dir, "jira"));
  writeFileSync(join(dir, "twinsync.config.json"), JSON.stringify({ instances: { jira: { connector: "jira", files: ["jira/**"] } } }));
  writeFileSync(join(dir, "jira", "jira.incoming.groovy"), readFileSync(new URL("jira.incoming.groovy", EXAMPLES), "utf8"));
  writeFileSync(join(dir, "jira", "broken.outgoing.groovy"), "replica.summary = issue.sumary\nreplica.labels = issue.labels +\n");
  writeFileSync(join(dir, "plain.groovy"), "issue.summary = replica.summary\n");
  client = await TestClient.start();
});

afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
  expect(client.logs.some((line) => / failed: /.test(line))).toBe(false);
});

describe("twinsync/ruleInfo", () => {
  it("reads direction and connector", async () => {
    const info = (await client.connection.sendRequest("twinsync/ruleInfo", { uri: uriOf("jira/jira.incoming.groovy") })) as RuleInfo;
    expect(info).toEqual({ direction: "incoming", directionFrom: "file name", connector: "jira", instance: "jira", configFile: join(dir, "twinsync.config.json") });
  });

  it("falls back to defaultDirection", async () => {
    const info = (await client.connection.sendRequest("twinsync/ruleInfo", { uri: uriOf("plain.groovy") })) as RuleInfo;
    expect(info.direction).toBe("incoming");
    expect(info.directionFrom).toBe("setting");
    expect(info.connector).toBeNull();
  });
});

describe("twinsync/runRule", () => {
  const state = readFileSync(new URL("states/jira-incoming-update.json", EXAMPLES), "utf8");

  it("runs the saved rule file", async () => {
    const result = (await client.connection.sendRequest("twinsync/runRule", { uri: uriOf("jira/jira.incoming.groovy"), stateText: state, stateName: "update.json" })) as RunRuleResult;
    expect(result.message).toBeNull();
    expect(result.exitCode).toBe(0);
    const replica = JSON.parse(state).replica;
    const after = result.after!.issue as Record<string, unknown>;
    expect(after.summary).toBe(replica.summary);
    expect(result.before!.issue).not.toEqual(after);
  });

  it("runs the open document's text, not the file's", async () => {
    const uri = uriOf("jira/jira.incoming.groovy");
    await client.open(uri, 'issue.summary = "from the editor"\n');
    const result = (await client.connection.sendRequest("twinsync/runRule", { uri, stateText: state, stateName: "update.json" })) as RunRuleResult;
    expect((result.after!.issue as Record<string, unknown>).summary).toBe("from the editor");
  });

  it("reports a rule error with its position", async () => {
    const uri = uriOf("plain.groovy");
    await client.open(uri, "def x = null\nissue.summary = x.name\n");
    const result = (await client.connection.sendRequest("twinsync/runRule", { uri, stateText: "{}", stateName: "empty.json" })) as RunRuleResult;
    expect(result.exitCode).toBe(1);
    expect(result.message).toMatch(/^plain\.groovy:2:\d+: .*name.*null/);
  });

  it.each([
    ["{", /^bad\.json is not valid JSON \(.+\); fix it and run again$/],
    ["[1]", /^bad\.json must hold a JSON object .*, not an array$/],
    ['{"firstSync": "yes"}', /^bad\.json is not a usable state:\n {2}\$\.firstSync: /],
  ])("rejects the state %s with a message that names the file", async (stateText, message) => {
    const result = (await client.connection.sendRequest("twinsync/runRule", { uri: uriOf("plain.groovy"), stateText, stateName: "bad.json" })) as RunRuleResult;
    expect(result.exitCode).toBe(2);
    expect(result.after).toBeNull();
    expect(result.message).toMatch(message);
  });

  it("rejects an unknown time zone", async () => {
    const result = (await client.connection.sendRequest("twinsync/runRule", { uri: uriOf("plain.groovy"), stateText: "{}", stateName: "s.json", timeZone: "Mars/Base" })) as RunRuleResult;
    expect(result.message).toBe("'Mars/Base' is not a time zone; use an IANA name such as Europe/Berlin or UTC");
  });
});

describe("twinsync/checkFiles", () => {
  it("publishes closed files' diagnostics", async () => {
    const broken = uriOf("jira/broken.outgoing.groovy");
    const pushed = client.nextDiagnostics(broken);
    const result = (await client.connection.sendRequest("twinsync/checkFiles", { uris: [broken, uriOf("missing.outgoing.groovy"), "untitled:Untitled-1"] })) as CheckFilesResult;
    expect(result.files).toBe(1);
    expect(result.errors).toBe(1);
    expect(result.warnings).toBe(1);
    expect(result.skipped.map((s) => s.reason)).toEqual(["cannot read it: ENOENT", "not a file URI"]);
    const codes = (await pushed).diagnostics.map((d) => d.code);
    expect(codes).toContain("unknown-field");
    expect(codes).toContain("syntax-error");
  });
});

describe("settings", () => {
  it("applies changed settings", async () => {
    const other = join(dir, "other.config.json");
    writeFileSync(other, JSON.stringify({ instances: { gh: { connector: "github" } } }));
    const uri = uriOf("jira/broken.outgoing.groovy");
    const text = "replica.summary = issue.sumary\n";
    const opened = await client.open(uri, text);
    expect(opened.find((d) => d.code === "unknown-field")?.severity).toBe(2);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification("workspace/didChangeConfiguration", {
      settings: { twinsync: { severity: { "unknown-field": "error", "no-such-code": "off" }, configPath: other } },
    });
    expect((await next).diagnostics.find((d) => d.code === "unknown-field")?.severity).toBe(1);
    const info = (await client.connection.sendRequest("twinsync/ruleInfo", { uri })) as RuleInfo;
    expect(info).toMatchObject({ connector: "github", configFile: other });
    expect(client.logs).toContain("twinsync.severity: 'no-such-code' is not a diagnostic code; see docs/checker.md for the list");
  });
});

describe("a client that pulls diagnostics", () => {
  it("sends no pushes to pullers", async () => {
    const pulling = await TestClient.start({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    try {
      const uri = uriOf("jira/pulled.outgoing.groovy");
      await pulling.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "groovy", version: 1, text: "replica.summary = issue.sumary\n" } });
      const report = (await pulling.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: { code: string }[] };
      expect(report.items.map((d) => d.code)).toContain("unknown-field");
      // The push schedule uses a 20 ms delay in tests; wait well past it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pulling.published.filter((p) => p.uri === uri)).toEqual([]);
    } finally {
      await pulling.stop();
    }
  });

  it("clears pushed findings on open", async () => {
    const pulling = await TestClient.start({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    try {
      const uri = uriOf("jira/broken.outgoing.groovy");
      await pulling.connection.sendRequest("twinsync/checkFiles", { uris: [uri] });
      const cleared = pulling.nextDiagnostics(uri);
      await pulling.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "groovy", version: 1, text: "replica.summary = issue.summary\n" } });
      expect((await cleared).diagnostics).toEqual([]);
      expect(pulling.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length)).toEqual([2, 0]);
    } finally {
      await pulling.stop();
    }
  });
});
