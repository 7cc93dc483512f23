import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { DIAGNOSTICS } from "../../packages/compiler/src/index.ts";
import { positionAt, TestClient } from "./client.ts";

const CHECKER_DOCS = fileURLToPath(new URL("../../docs/checker.md", import.meta.url));

let client: TestClient;
let counter = 0;

beforeAll(async () => {
  client = await TestClient.start();
});

afterAll(async () => {
  await client.stop();
});

async function diagnosticsOf(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///rules/related${++counter}.incoming.groovy`;
  return { uri, diagnostics: await client.open(uri, text) };
}

/** Lists the text and message of each related place of the diagnostic with `code`. */
function relatedOf(text: string, uri: string, diagnostics: Diagnostic[], code: string): { text: string; message: string }[] {
  const found = diagnostics.find((d) => d.code === code);
  expect(found, `a '${code}' diagnostic`).toBeDefined();
  const lines = text.split("\n");
  const offsetOf = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return (found!.relatedInformation ?? []).map((r) => {
    expect(r.location.uri).toBe(uri);
    return { text: text.slice(offsetOf(r.location.range.start), offsetOf(r.location.range.end)), message: r.message };
  });
}

describe("related information", () => {
  it("points at the value that can be null", async () => {
    const text = "def user = nodeHelper.getUserByEmail(replica.assignee?.email)\nissue.summary = user.displayName\n";
    const { uri, diagnostics } = await diagnosticsOf(text);
    expect(relatedOf(text, uri, diagnostics, "null-dereference")).toEqual([
      { text: "nodeHelper.getUserByEmail(replica.assignee?.email)", message: "'user' gets a value here that can be null" },
    ]);
  });

  it("points at the value a later assignment gave", async () => {
    const text = 'def user = nodeHelper.getUserByEmail("a@example.com") ?: issue.reporter\nuser = nodeHelper.getUserByUsername("b")\nissue.summary = user.displayName\n';
    const { uri, diagnostics } = await diagnosticsOf(text);
    expect(relatedOf(text, uri, diagnostics, "null-dereference").map((r) => r.text)).toEqual(['nodeHelper.getUserByUsername("b")']);
  });

  it("points at the overwritten map entry", async () => {
    const text = 'def m = ["a": 1, "b": 2, "a": 3]\nissue.summary = m.b\n';
    const { uri, diagnostics } = await diagnosticsOf(text);
    expect(relatedOf(text, uri, diagnostics, "duplicate-map-key")).toEqual([{ text: '"a": 1', message: "the value for 'a' that this entry overwrites" }]);
  });

  it("points at the statement that ends the path", async () => {
    const text = 'if (replica.summary) {\n  throw new Exception("stop")\n  issue.summary = "x"\n}\n';
    const { uri, diagnostics } = await diagnosticsOf(text);
    expect(relatedOf(text, uri, diagnostics, "unreachable-code")).toEqual([
      { text: 'throw new Exception("stop")', message: "no path continues after this statement, which ends with 'throw'" },
    ]);
  });

  it("points at the script-body declaration", async () => {
    const text = "def limit = 3\ndef cap() { limit }\nissue.summary = cap()\n";
    const { uri, diagnostics } = await diagnosticsOf(text);
    expect(relatedOf(text, uri, diagnostics, "script-local-in-method")).toEqual([{ text: "limit", message: "'limit' is declared here, in the script body" }]);
    const range = diagnostics.find((d) => d.code === "script-local-in-method")!.relatedInformation![0]!.location.range;
    expect(range.start).toEqual(positionAt(text, 4));
  });

  it("points at the first-sync block", async () => {
    const text = 'if (firstSync) {\n  issue.projectKey = "A"\n  issue.typeName = "Task"\n}\nsyncHelper.syncBackAfterProcessing()\n';
    const { uri, diagnostics } = await diagnosticsOf(text);
    const related = relatedOf(text, uri, diagnostics, "sync-back-outside-first-sync");
    expect(related.map((r) => r.text)).toEqual([text.slice(0, text.indexOf("}") + 1)]);
  });

  it("points at a project set on some paths", async () => {
    const text = 'if (firstSync) {\n  if (replica.summary) { issue.projectKey = "A" }\n  issue.typeName = "Task"\n}\n';
    const { uri, diagnostics } = await diagnosticsOf(text);
    expect(relatedOf(text, uri, diagnostics, "first-sync-missing-project")).toEqual([
      { text: 'issue.projectKey = "A"', message: "'projectKey' is set here, but a first sync can reach the end of the rule without running this line" },
    ]);
  });

  it("points at the declaration a duplicate repeats", async () => {
    const text = "def a = 1\ndef a = 2\nissue.summary = a\n";
    const { uri, diagnostics } = await diagnosticsOf(text);
    const related = relatedOf(text, uri, diagnostics, "duplicate-variable");
    expect(related).toEqual([{ text: "a", message: "'a' is already declared here" }]);
    const range = diagnostics.find((d) => d.code === "duplicate-variable")!.relatedInformation![0]!.location.range;
    expect(range.start).toEqual(positionAt(text, 4));
  });

  it("points at the variable a closure parameter repeats", async () => {
    const text = "def c = 1\nreplica.comments.each { String c -> issue.summary = c }\nissue.description = c\n";
    const { uri, diagnostics } = await diagnosticsOf(text);
    const range = diagnostics.find((d) => d.code === "duplicate-variable")!.relatedInformation![0]!.location.range;
    expect(relatedOf(text, uri, diagnostics, "duplicate-variable")[0]!.message).toBe("'c' is already declared here");
    expect(range.start).toEqual(positionAt(text, 4));
  });

  it("points at the first declaration of a method", async () => {
    const text = "def f() { 1 }\ndef f() { 2 }\nissue.summary = f()\n";
    const { uri, diagnostics } = await diagnosticsOf(text);
    const range = diagnostics.find((d) => d.code === "duplicate-method")!.relatedInformation![0]!.location.range;
    expect(relatedOf(text, uri, diagnostics, "duplicate-method")[0]!.message).toBe("method 'f' is first declared here");
    expect(range.start).toEqual(positionAt(text, 4));
  });

  it("leaves a lone finding without related places", async () => {
    const { diagnostics } = await diagnosticsOf("issue.summary = replica.sumary\n");
    expect(diagnostics.find((d) => d.code === "unknown-field")!.relatedInformation).toBeUndefined();
  });
});

describe("links to the code documentation", () => {
  const page = readFileSync(CHECKER_DOCS, "utf8");

  it("gives every catalogue code an anchor", () => {
    const missing = Object.keys(DIAGNOSTICS).filter((code) => !page.includes(`<a id="${code}"></a>`));
    expect(missing).toEqual([]);
  });

  it("links every diagnostic to its anchor", async () => {
    const text = 'def a = 1\ndef a = (2\nissue.summary = replica.sumary\nsyncHelper.syncBackAfterProcessing()\n';
    const { diagnostics } = await diagnosticsOf(text);
    expect(diagnostics.length).toBeGreaterThan(2);
    for (const d of diagnostics) {
      const href = d.codeDescription?.href;
      expect(href, `link of ${String(d.code)}`).toBe(`${new URL(`file://${CHECKER_DOCS}`).href}#${String(d.code)}`);
      expect(page).toContain(`<a id="${String(d.code)}"></a>`);
    }
  });
});
