import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, CompletionList, Diagnostic, Hover } from "vscode-languageserver-protocol";
import { TestClient, withCursor } from "./client.ts";

let client: TestClient;
let counter = 0;
const uriFor = (direction: "incoming" | "outgoing") => `file:///rules/case${++counter}.${direction}.groovy`;

beforeAll(async () => {
  client = await TestClient.start();
});

afterAll(async () => {
  await client.stop();
  expect(client.logs.some((line) => / failed: /.test(line))).toBe(false);
});

describe("diagnostics", () => {
  it("pushes checker findings on open", async () => {
    const diagnostics = await client.open(uriFor("incoming"), "issue.summary = replica.sumary\n");
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain("unknown-field");
    const typo = diagnostics.find((d) => d.code === "unknown-field")!;
    expect(typo.range).toEqual({ start: { line: 0, character: 24 }, end: { line: 0, character: 30 } });
    expect(typo.source).toBe("twinsync");
  });

  it("pushes syntax errors and clears them after a fix", async () => {
    const uri = uriFor("outgoing");
    const text = "replica.summary = issue.summary +\n";
    const first = await client.open(uri, text);
    expect(first.some((d) => d.code === "syntax-error")).toBe(true);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, text, text.length - 1, text.length - 1, ' "!"');
    const fixed = (await next).diagnostics;
    expect(fixed.filter((d: Diagnostic) => d.severity === 1)).toEqual([]);
  });

  it("debounces a burst of changes into one push", async () => {
    const uri = uriFor("incoming");
    let text = "def a = 1\n";
    await client.open(uri, text);
    const before = client.published.length;
    const last = client.nextDiagnostics(uri);
    for (let i = 0; i < 5; i++) {
      await client.change(uri, text, text.length, text.length, `def b${i} = a\n`);
      text += `def b${i} = a\n`;
    }
    const final = await last;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.published.slice(before).filter((p) => p.uri === uri)).toHaveLength(1);
    expect(final.version).toBe(6);
    expect(final.diagnostics.filter((d) => d.code === "unused-variable")).toHaveLength(5);
  });

  it("reports the other direction's variable", async () => {
    const diagnostics = await client.open(uriFor("outgoing"), "if (firstSync) { replica.summary = issue.summary }\n");
    expect(diagnostics.map((d) => d.code)).toContain("variable-not-in-direction");
  });

  it("answers pull diagnostics", async () => {
    const uri = uriFor("incoming");
    await client.open(uri, "def x = replica.summary\n");
    const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
    expect(report.kind).toBe("full");
    expect(report.items.map((d) => d.code)).toContain("unused-variable");
  });
});

async function completionAt(marked: string, direction: "incoming" | "outgoing" = "incoming") {
  const { text, offset } = withCursor(marked);
  const uri = uriFor(direction);
  await client.open(uri, text);
  const list = await client.request<CompletionList | null>("textDocument/completion", uri, text, offset);
  return list?.items ?? [];
}

describe("completion", () => {
  it("offers entity fields after a dot", async () => {
    const items = await completionAt("issue.summary = replica.|\n");
    const labels = items.map((i) => i.label);
    expect(labels).toContain("summary");
    expect(labels).toContain("assignee");
    expect(labels).toContain("addedComments");
    const summary = items.find((i) => i.label === "summary")!;
    expect(summary.detail).toMatch(/String/);
    expect(summary.documentation).toBeUndefined();
    const resolved = (await client.connection.sendRequest("completionItem/resolve", summary)) as CompletionItem;
    expect(JSON.stringify(resolved.documentation)).toMatch(/summary|title/i);
    expect(resolved.label).toBe("summary");
  });

  it("resolves only the items of recent lists", async () => {
    const first = await completionAt("issue.summary = replica.|\n");
    const assignee = first.find((i) => i.label === "assignee")!;
    for (let i = 0; i < 5; i++) await completionAt("issue.summary = replica.|\n");
    const stale = (await client.connection.sendRequest("completionItem/resolve", assignee)) as CompletionItem;
    expect(stale.documentation).toBeUndefined();
    const latest = (await completionAt("issue.summary = replica.|\n")).find((i) => i.label === "assignee")!;
    const resolved = (await client.connection.sendRequest("completionItem/resolve", latest)) as CompletionItem;
    expect(JSON.stringify(resolved.documentation)).toMatch(/User/);
    const foreign = (await client.connection.sendRequest("completionItem/resolve", { label: "x", data: "not a key" })) as CompletionItem;
    expect(foreign).toEqual({ label: "x", data: "not a key" });
  });

  it("leaves incoming-only members out of outgoing rules", async () => {
    const labels = (await completionAt("replica.summary = issue.|\n", "outgoing")).map((i) => i.label);
    expect(labels).toContain("summary");
    expect(labels).not.toContain("addedComments");
  });

  it("offers model fields of a nested object", async () => {
    const labels = (await completionAt("def who = replica.assignee?.|\n")).map((i) => i.label);
    expect(labels).toContain("email");
    expect(labels).toContain("displayName");
  });

  it("offers helper methods with snippet arguments", async () => {
    const items = await completionAt("issue.comments = commentHelper.|\n");
    const merge = items.find((i) => i.label === "mergeComments")!;
    expect(merge.insertText).toBe("mergeComments(${1:issue}, ${2:replica})");
    expect(merge.insertTextFormat).toBe(2);
    expect(merge.detail).toMatch(/mergeComments\(Entity issue, Entity replica, Closure edit\?\): List<Comment>/);
  });

  it("offers GDK methods of a local's type", async () => {
    const items = await completionAt('def name = "abc"\nissue.summary = name.to|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toContain("toUpperCase");
    expect(labels).toContain("trim");
    expect(labels).not.toContain("summary");
  });

  it("offers closure parameter members", async () => {
    const labels = (await completionAt("replica.comments.each { c -> c.| }\n")).map((i) => i.label);
    expect(labels).toContain("body");
    expect(labels).toContain("author");
  });

  it("offers rule variables, locals and keywords", async () => {
    const items = await completionAt("def remoteKey = replica.key\nif (f|)\n");
    const labels = items.map((i) => i.label);
    expect(labels).toContain("firstSync");
    expect(labels).toContain("remoteKey");
    expect(labels).toContain("nodeHelper");
    expect(labels).toContain("return");
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    expect(sorted[0]!.label).toBe("remoteKey");
  });

  it("omits incoming variables in an outgoing rule", async () => {
    const labels = (await completionAt("replica.summary = |\n", "outgoing")).map((i) => i.label);
    expect(labels).toContain("issue");
    expect(labels).not.toContain("firstSync");
    expect(labels).not.toContain("previous");
  });

  it("hides a local declared later or in another block", async () => {
    const labels = (await completionAt("if (true) { def inner = 1 }\ndef x = |\ndef later = 2\n")).map((i) => i.label);
    expect(labels).not.toContain("inner");
    expect(labels).not.toContain("later");
  });

  it("offers nothing inside a comment", async () => {
    expect(await completionAt("// issue.|\n")).toEqual([]);
  });
});

async function hoverAt(marked: string, direction: "incoming" | "outgoing" = "incoming") {
  const { text, offset } = withCursor(marked);
  const uri = uriFor(direction);
  await client.open(uri, text);
  const result = await client.request<Hover | null>("textDocument/hover", uri, text, offset);
  return result === null ? null : (result.contents as { value: string }).value;
}

describe("hover", () => {
  it("shows a rule variable's type and doc", async () => {
    const value = await hoverAt("def s = repl|ica.summary\n");
    expect(value).toContain("(rule variable) replica: Replica");
    expect(value).toMatch(/payload/);
  });

  it("shows a local's inferred type", async () => {
    const value = await hoverAt("def names = replica.comments.collect { it.body }\nissue.summary = na|mes.join(',')\n");
    expect(value).toContain("names: List<String>");
  });

  it("shows a field's type and doc", async () => {
    const value = await hoverAt("def who = replica.assig|nee\n");
    expect(value).toContain("assignee: User (can be null)");
  });

  it("shows a helper's signature", async () => {
    const value = await hoverAt("issue.comments = commentHelper.merge|Comments(issue, replica)\n");
    expect(value).toContain("mergeComments(Entity issue, Entity replica, Closure edit?): List<Comment>");
    expect(value).toMatch(/remote comments/);
  });

  it("returns null on a keyword", async () => {
    expect(await hoverAt("i|f (firstSync) { }\n")).toBeNull();
  });
});

async function signatureAt(marked: string) {
  const { text, offset } = withCursor(marked);
  const uri = uriFor("incoming");
  await client.open(uri, text);
  return client.request<{ signatures: { label: string; parameters: { label: string }[] }[]; activeSignature?: number; activeParameter: number } | null>("textDocument/signatureHelp", uri, text, offset);
}

describe("signature help", () => {
  it("shows a helper call's active parameter", async () => {
    const help = await signatureAt("issue.comments = commentHelper.mergeComments(issue, |)\n");
    expect(help!.signatures[0]!.label).toBe("mergeComments(Entity issue, Entity replica, Closure edit?): List<Comment>");
    expect(help!.activeParameter).toBe(1);
  });

  it("works in an unclosed call", async () => {
    const help = await signatureAt("def user = nodeHelper.getUserByEmail(|\n");
    expect(help!.signatures[0]!.label).toMatch(/^getUserByEmail\(String email\)/);
    expect(help!.activeParameter).toBe(0);
  });

  it("shows a script method's parameters", async () => {
    const help = await signatureAt('def pick(String a, b) { a }\nissue.summary = pick("x", [1, 2].size(), |)\n');
    expect(help!.signatures[0]!.parameters.map((p) => p.label)).toEqual(["String a", "def b"]);
    expect(help!.activeParameter).toBe(1);
  });

  it("returns null outside a call", async () => {
    expect(await signatureAt("issue.summary = |replica.summary\n")).toBeNull();
  });

  it("shows a GDK method's overloads and picks one by the arguments typed", async () => {
    const help = (await signatureAt('issue.summary = replica.summary.substring(1, |)\n'))!;
    expect(help.signatures.map((s) => s.label)).toEqual(["substring(int beginIndex)", "substring(int beginIndex, int endIndex)"]);
    expect(help.activeSignature).toBe(1);
    expect(help.activeParameter).toBe(1);
  });

  it("shows a collection method's closure parameter", async () => {
    const help = await signatureAt("def names = replica.labels.collect(|)\n");
    expect(help!.signatures[0]!.label).toBe("collect(Closure transform)");
  });
});

describe("project config", () => {
  it("reads the nearest twinsync.config.json", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { pathToFileURL } = await import("node:url");
    const root = mkdtempSync(join(tmpdir(), "twinsync-lsp-"));
    const config = {
      severity: { "unused-variable": "off" },
      instances: { jira: { connector: "jira", statuses: ["To Do", "Done"], priorities: ["High", "Low"], customFields: [{ name: "Story Points", type: "number" }, { name: "Team", type: "option", options: ["Red"] }] } },
    };
    writeFileSync(join(root, "twinsync.config.json"), JSON.stringify(config));
    mkdirSync(join(root, "rules"));
    const uri = pathToFileURL(join(root, "rules", "jira.incoming.groovy")).href;
    const { text, offset } = withCursor("def unused = 1\nissue.customFields.|\n");
    const diagnostics = await client.open(uri, text);
    expect(diagnostics.map((d) => d.code)).not.toContain("unused-variable");
    const list = await client.request<CompletionList>("textDocument/completion", uri, text, offset);
    const points = list.items.find((i) => i.label === "Story Points")!;
    expect(points.insertText).toBe('"Story Points"');
    expect(list.items.map((i) => i.label)).toEqual(["Story Points", "Team"]);

    const cases: [string, string[]][] = [
      ['issue.setStatus("|")\n', ["To Do", "Done"]],
      ['issue.priority = nodeHelper.getPriority("H|\n', ["High", "Low"]],
      ['issue.customFields."|"\n', ["Story Points", "Team"]],
      ['def team = nodeHelper.getOption(issue, "|", "Red")\n', ["Story Points", "Team"]],
      ['def red = nodeHelper.getOption(issue, "Team", "R|")\n', ["Red"]],
      ['issue.summary = "|"\n', []],
    ];
    for (const [marked, expected] of cases) {
      const { text: caseText, offset: caseOffset } = withCursor(marked);
      const caseUri = pathToFileURL(join(root, "rules", `case${++counter}.jira.incoming.groovy`)).href;
      await client.open(caseUri, caseText);
      const items = (await client.request<CompletionList>("textDocument/completion", caseUri, caseText, caseOffset)).items;
      expect(items.map((i) => i.label), marked).toEqual(expected);
    }
  });
});
