import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SymbolInformation } from "vscode-languageserver-protocol";
import { RuleFileIndex, workspaceFolderPaths } from "../../packages/lsp/src/workspace-symbols.ts";
import { TestClient } from "./client.ts";

let root: string;
let second: string;
let client: TestClient;

const uriOf = (path: string) => pathToFileURL(path).href;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "twinsync-symbols-"));
  second = mkdtempSync(join(tmpdir(), "twinsync-symbols-second-"));
  mkdirSync(join(root, "jira/nested"), { recursive: true });
  mkdirSync(join(root, "node_modules/pkg"), { recursive: true });
  mkdirSync(join(root, ".history"), { recursive: true });
  writeFileSync(join(root, "jira/incoming.groovy"), "def statusTable = [:]\ndef pickStatus(name) {\n  def fallback = 'Open'\n  statusTable[name] ?: fallback\n}\nissue.summary = pickStatus(replica.summary)\n");
  writeFileSync(join(root, "jira/nested/outgoing.groovy"), "def statusLine = issue.status?.name\nreplica.summary = statusLine\n");
  writeFileSync(join(root, "jira/notes.txt"), "def statusInText = 1\n");
  writeFileSync(join(root, "node_modules/pkg/vendored.groovy"), "def statusVendored = 1\n");
  writeFileSync(join(root, ".history/incoming.groovy"), "def statusHistory = 1\n");
  writeFileSync(join(root, "huge.groovy"), "def statusHuge = 1\n" + "// filler\n".repeat(200_000));
  writeFileSync(join(second, "incoming.groovy"), "def statusSecond = 2\nissue.summary = statusSecond\n");
  client = await TestClient.start({ workspaceFolders: [root, second] });
});

afterAll(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

async function search(query: string): Promise<SymbolInformation[]> {
  return (await client.connection.sendRequest("workspace/symbol", { query })) as SymbolInformation[];
}

const names = (symbols: SymbolInformation[]) => symbols.map((s) => s.name).sort();

describe("workspace symbols of files on disk", () => {
  it("search rule files that are not open", async () => {
    const found = await search("status");
    expect(names(found)).toEqual(["pickStatus", "statusLine", "statusSecond", "statusTable"]);
    const table = found.find((s) => s.name === "statusTable")!;
    expect(table.location.uri).toBe(uriOf(join(root, "jira/incoming.groovy")));
    expect(table.location.range.start).toEqual({ line: 0, character: 4 });
  });

  it("list method locals with their method", async () => {
    const found = await search("fallback");
    expect(found).toHaveLength(1);
    expect(found[0]!.containerName).toBe("pickStatus");
    expect(found[0]!.location.range.start).toEqual({ line: 2, character: 6 });
  });

  it("skip dependencies, dot folders and huge files", async () => {
    const found = names(await search(""));
    expect(found).not.toContain("statusVendored");
    expect(found).not.toContain("statusHistory");
    expect(found).not.toContain("statusHuge");
    expect(found).not.toContain("statusInText");
  });

  it("read a file again after it changed", async () => {
    const path = join(second, "incoming.groovy");
    writeFileSync(path, "def statusRenamed = 2\nissue.summary = statusRenamed\n");
    // A later modification time than the cached one, also where the file system rounds times.
    const later = new Date(Date.now() + 5_000);
    utimesSync(path, later, later);
    expect(names(await search("status"))).toEqual(["pickStatus", "statusLine", "statusRenamed", "statusTable"]);
  });

  it("prefer an open document's text", async () => {
    const path = join(root, "jira/nested/outgoing.groovy");
    await client.open(uriOf(path), "def statusEdited = issue.status?.name\nreplica.summary = statusEdited\n");
    const found = await search("status");
    expect(names(found)).toContain("statusEdited");
    expect(names(found)).not.toContain("statusLine");
    expect(found.filter((s) => s.location.uri === uriOf(path))).toHaveLength(1);
  });
});

describe("rule file index", () => {
  const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

  it("stops at the file cap and logs it", async () => {
    const many = mkdtempSync(join(tmpdir(), "twinsync-symbols-many-"));
    try {
      for (let i = 0; i < 30; i++) writeFileSync(join(many, `rule${String(i).padStart(2, "0")}.incoming.groovy`), `def countMe${i} = ${i}\n`);
      const logged: string[] = [];
      const index = new RuleFileIndex((message) => logged.push(message), { maxFiles: 5, maxFileBytes: 1_000, maxEntries: 1_000 });
      const files = await index.list([many], never);
      expect(files.map((path) => path.slice(many.length + 1))).toEqual(["rule00.incoming.groovy", "rule01.incoming.groovy", "rule02.incoming.groovy", "rule03.incoming.groovy", "rule04.incoming.groovy"]);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/more than 5 rule files/);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it("stops when cancelled", async () => {
    const index = new RuleFileIndex(() => undefined);
    const cancelled = { ...never, isCancellationRequested: true };
    await expect(index.list([root], cancelled)).rejects.toThrow(/cancelled/);
  });

  it("skips a file above the size limit", async () => {
    const index = new RuleFileIndex(() => undefined, { maxFiles: 10, maxFileBytes: 100, maxEntries: 100 });
    expect(await index.symbolsOf(join(root, "huge.groovy"))).toBeNull();
    expect((await index.symbolsOf(join(second, "incoming.groovy")))?.length).toBe(1);
  });

  it("reads no folder for a client without one", () => {
    expect(workspaceFolderPaths({ workspaceFolders: null, rootUri: null })).toEqual([]);
    expect(workspaceFolderPaths({ workspaceFolders: null, rootUri: "file:///tmp/rules" })).toEqual(["/tmp/rules"]);
    expect(workspaceFolderPaths({ workspaceFolders: [{ uri: "file:///a", name: "a" }, { uri: "untitled:b", name: "b" }], rootUri: null })).toEqual(["/a"]);
  });
});
