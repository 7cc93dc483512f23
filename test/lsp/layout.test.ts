import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, FoldingRange, TextEdit } from "vscode-languageserver-protocol";
import { applyEdits, TestClient } from "./client.ts";

let client: TestClient;
let counter = 0;
const OPTIONS = { tabSize: 2, insertSpaces: true };

beforeAll(async () => {
  client = await TestClient.start();
});

afterAll(async () => {
  await client.stop();
});

async function format(text: string, options: object = OPTIONS): Promise<string> {
  const uri = `file:///rules/format${++counter}.incoming.groovy`;
  await client.open(uri, text);
  const edits = (await client.connection.sendRequest("textDocument/formatting", { textDocument: { uri }, options })) as TextEdit[];
  return applyEdits(text, edits);
}

const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)?.map((c) => c.trim()) ?? [];

describe("formatting", () => {
  it("indents blocks and closures", async () => {
    const text = "if (firstSync) {\nissue.projectKey = \"SUP\"\n    replica.comments.each { c ->\nissue.summary = c.body\n}\n}\n";
    expect(await format(text)).toBe("if (firstSync) {\n  issue.projectKey = \"SUP\"\n  replica.comments.each { c ->\n    issue.summary = c.body\n  }\n}\n");
  });

  it("indents with tabs when asked", async () => {
    expect(await format("if (firstSync) {\n  issue.projectKey = \"SUP\"\n}\n", { tabSize: 4, insertSpaces: false })).toBe("if (firstSync) {\n\tissue.projectKey = \"SUP\"\n}\n");
  });

  it("indents a method chain continuation", async () => {
    const text = "def names = replica.comments\n.findAll { it.body }\n.collect { it.body }\nissue.summary = names.join(',')\n";
    expect(await format(text)).toBe("def names = replica.comments\n  .findAll { it.body }\n  .collect { it.body }\nissue.summary = names.join(',')\n");
  });

  it("keeps comments, blank lines and strings", async () => {
    const text = "// header\n\n\nif (firstSync) {   \n      // inside\n   /* block\n      keeps */\nissue.description = \"\"\"line one\n   line two   \n\"\"\"\n}\n";
    const formatted = await format(text);
    expect(comments(formatted)).toEqual(comments(text));
    expect(formatted).toContain("\n\n\nif (firstSync) {\n  // inside\n");
    expect(formatted).toContain("   /* block\n      keeps */\n");
    expect(formatted).toContain("  issue.description = \"\"\"line one\n   line two   \n\"\"\"\n}");
  });

  it("leaves the region after a syntax error", async () => {
    const text = "if (firstSync) {\nissue.projectKey = \"SUP\"\n}\nissue.summary = (replica.summary +\n      weird   \n";
    const formatted = await format(text);
    expect(formatted).toBe("if (firstSync) {\n  issue.projectKey = \"SUP\"\n}\nissue.summary = (replica.summary +\n      weird   \n");
  });

  it("formats the example rules idempotently", async () => {
    const root = fileURLToPath(new URL("../../examples", import.meta.url));
    const files: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) visit(path);
        else if (name.endsWith(".groovy")) files.push(path);
      }
    };
    visit(root);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const once = await format(text);
      expect(comments(once), file).toEqual(comments(text));
      expect(once.replace(/\s+/g, ""), file).toBe(text.replace(/\s+/g, ""));
      expect(await format(once), file).toBe(once);
    }
  });

  it("formats only the requested range", async () => {
    const text = "if (firstSync) {\nissue.projectKey = \"SUP\"\nissue.typeName = \"Task\"\n}\n";
    const uri = `file:///rules/format${++counter}.incoming.groovy`;
    await client.open(uri, text);
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } };
    const edits = (await client.connection.sendRequest("textDocument/rangeFormatting", { textDocument: { uri }, range, options: OPTIONS })) as TextEdit[];
    expect(applyEdits(text, edits)).toBe("if (firstSync) {\nissue.projectKey = \"SUP\"\n  issue.typeName = \"Task\"\n}\n");
  });
});

describe("folding ranges", () => {
  it("folds blocks, comments and strings", async () => {
    const text = "// one\n// two\nif (firstSync) {\n  issue.projectKey = \"SUP\"\n}\n/* a\n b */\ndef s = \"\"\"x\ny\"\"\"\n";
    const uri = `file:///rules/fold${++counter}.incoming.groovy`;
    await client.open(uri, text);
    const ranges = (await client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri } })) as FoldingRange[];
    const simple = ranges.map((r) => [r.startLine, r.endLine, r.kind ?? ""]);
    expect(simple).toContainEqual([0, 1, "comment"]);
    expect(simple).toContainEqual([2, 3, ""]);
    expect(simple).toContainEqual([5, 6, "comment"]);
    expect(simple).toContainEqual([7, 8, ""]);
    expect(simple).toHaveLength(4);
  });
});

describe("code actions", () => {
  it("offers the did-you-mean fix", async () => {
    const text = "issue.summary = replica.sumary\n";
    const uri = `file:///rules/fix${++counter}.incoming.groovy`;
    const diagnostics = await client.open(uri, text);
    const typo = diagnostics.filter((d: Diagnostic) => d.code === "unknown-field");
    expect(typo).toHaveLength(1);
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: typo[0]!.range, context: { diagnostics: typo } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe("Change to 'summary'");
    expect(applyEdits(text, fix.edit!.changes![uri]!)).toBe("issue.summary = replica.summary\n");
  });

  it("offers a suppression comment", async () => {
    const text = "if (true) {\n  def unused = 1\n}\n";
    const uri = `file:///rules/fix${++counter}.incoming.groovy`;
    const diagnostics = await client.open(uri, text);
    const unused = diagnostics.filter((d: Diagnostic) => d.code === "unused-variable");
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: unused[0]!.range, context: { diagnostics: unused } })) as CodeAction[];
    const suppress = actions.find((a) => a.title.startsWith("Suppress"))!;
    const fixed = applyEdits(text, suppress.edit!.changes![uri]!);
    expect(fixed).toBe("if (true) {\n  // twinsync-disable-next-line unused-variable\n  def unused = 1\n}\n");
    const after = await client.open(`file:///rules/fix${++counter}.incoming.groovy`, fixed);
    expect(after.map((d) => d.code)).not.toContain("unused-variable");
  });

  async function fixFor(text: string, code: string, title: RegExp): Promise<string> {
    const uri = `file:///rules/fix${++counter}.incoming.groovy`;
    const diagnostics = (await client.open(uri, text)).filter((d: Diagnostic) => d.code === code);
    expect(diagnostics, code).toHaveLength(1);
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } })) as CodeAction[];
    const action = actions.find((a) => title.test(a.title));
    expect(action, `no action matching ${title} among ${actions.map((a) => a.title).join(", ")}`).toBeDefined();
    return applyEdits(text, action!.edit!.changes![uri]!);
  }

  it("offers '?.' for a null dereference", async () => {
    const fixed = await fixFor("issue.summary = replica.assignee.displayName\n", "null-dereference", /\?\./);
    expect(fixed).toBe("issue.summary = replica.assignee?.displayName\n");
  });

  it("offers '?:' for a copy that can wipe", async () => {
    const fixed = await fixFor("issue.summary = replica.summary\n", "copy-may-wipe", /\?:/);
    expect(fixed).toBe("issue.summary = replica.summary ?: issue.summary\n");
  });

  it("removes an unused variable", async () => {
    const fixed = await fixFor("def unused = replica.summary\nissue.summary = replica.summary ?: issue.summary\n", "unused-variable", /Remove/);
    expect(fixed).toBe("issue.summary = replica.summary ?: issue.summary\n");
  });

  it("keeps an unused variable with a call", async () => {
    const text = "def unused = nodeHelper.getUser(replica.key)\n";
    const uri = `file:///rules/fix${++counter}.incoming.groovy`;
    const diagnostics = (await client.open(uri, text)).filter((d: Diagnostic) => d.code === "unused-variable");
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(["Suppress 'unused-variable' on this line"]);
  });

  it("wraps a sync-back in 'if (firstSync)'", async () => {
    const text = "if (firstSync) {\n    issue.projectKey = \"SUP\"\n    issue.typeName = \"Task\"\n}\nif (replica.summary) {\n    syncHelper.syncBackAfterProcessing()\n}\n";
    const fixed = await fixFor(text, "sync-back-outside-first-sync", /firstSync/);
    expect(fixed).toContain("if (replica.summary) {\n    if (firstSync) {\n        syncHelper.syncBackAfterProcessing()\n    }\n}\n");
  });

  it("offers no suppression for a syntax error", async () => {
    const text = "issue.summary = (\n";
    const uri = `file:///rules/fix${++counter}.incoming.groovy`;
    const diagnostics = await client.open(uri, text);
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } })) as CodeAction[];
    expect(actions.filter((a) => a.diagnostics?.some((d) => d.code === "syntax-error"))).toEqual([]);
  });
});
