import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentHighlight, DocumentSymbol, Location, WorkspaceEdit } from "vscode-languageserver-protocol";
import { applyEdits, positionAt, TestClient, withCursor } from "./client.ts";

let client: TestClient;
let counter = 0;

beforeAll(async () => {
  client = await TestClient.start();
});

afterAll(async () => {
  await client.stop();
});

async function openMarked(marked: string) {
  const { text, offset } = withCursor(marked);
  const uri = `file:///rules/nav${++counter}.incoming.groovy`;
  await client.open(uri, text);
  return { text, offset, uri };
}

const startsOf = (text: string, locations: { range: { start: { line: number; character: number } } }[]) =>
  locations.map((l) => {
    const lines = text.split("\n");
    let offset = 0;
    for (let i = 0; i < l.range.start.line; i++) offset += lines[i]!.length + 1;
    return offset + l.range.start.character;
  });

const allIndexes = (text: string, word: string) => [...text.matchAll(new RegExp(`\\b${word}\\b`, "g"))].map((m) => m.index!);

describe("definition and references", () => {
  it("finds a local's declaration", async () => {
    const { text, offset, uri } = await openMarked("def target = replica.key\nissue.summary = tar|get\n");
    const locations = await client.request<Location[]>("textDocument/definition", uri, text, offset);
    expect(startsOf(text, locations)).toEqual([4]);
  });

  it("finds a script method's declaration", async () => {
    const { text, offset, uri } = await openMarked("def clean(String s) { s.trim() }\nissue.summary = cle|an(replica.summary)\n");
    const locations = await client.request<Location[]>("textDocument/definition", uri, text, offset);
    expect(startsOf(text, locations)).toEqual([4]);
  });

  it("lists a local's references", async () => {
    const { text, offset, uri } = await openMarked("def total = 0\nreplica.comments.each { total += 1 }\nissue.summary = \"${to|tal}\"\n");
    const locations = await client.request<Location[]>("textDocument/references", uri, text, offset, { context: { includeDeclaration: true } });
    expect(startsOf(text, locations)).toEqual(allIndexes(text, "total"));
    const withoutDeclaration = await client.request<Location[]>("textDocument/references", uri, text, offset, { context: { includeDeclaration: false } });
    expect(withoutDeclaration).toHaveLength(2);
  });

  it("keeps a shadowing closure parameter apart", async () => {
    const { text, offset, uri } = await openMarked("def c = 1\nreplica.comments.each { c -> issue.summary = c.body }\nissue.description = \"${|c}\"\n");
    const locations = await client.request<Location[]>("textDocument/references", uri, text, offset, { context: { includeDeclaration: true } });
    expect(startsOf(text, locations)).toEqual([4, text.lastIndexOf("c}")]);
  });

  it("highlights reads and writes", async () => {
    const { text, offset, uri } = await openMarked("def n = 1\nn = n + 1\nissue.summary = \"${|n}\"\n");
    const highlights = await client.request<DocumentHighlight[]>("textDocument/documentHighlight", uri, text, offset);
    expect(highlights.map((h) => h.kind)).toEqual([3, 3, 2, 2]);
  });
});

describe("rename", () => {
  it("renames a closure parameter", async () => {
    const { text, offset, uri } = await openMarked("replica.comments.each { com|ment -> issue.summary = comment.body }\n");
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", uri, text, offset, { newName: "remote" });
    expect(applyEdits(text, edit.changes![uri]!)).toBe("replica.comments.each { remote -> issue.summary = remote.body }\n");
  });

  it("renames a script method and its calls", async () => {
    const { text, offset, uri } = await openMarked("def fix(s) { s }\nissue.summary = fix(replica.summary)\nissue.description = f|ix(replica.description)\n");
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", uri, text, offset, { newName: "normalize" });
    expect(applyEdits(text, edit.changes![uri]!)).toBe("def normalize(s) { s }\nissue.summary = normalize(replica.summary)\nissue.description = normalize(replica.description)\n");
  });

  it("renames a typed parameter's name only", async () => {
    const { text, offset, uri } = await openMarked("def clean(String te|xt, int limit = 3) { text.take(limit) }\nissue.summary = clean(replica.summary)\n");
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", uri, text, offset, { newName: "value" });
    expect(applyEdits(text, edit.changes![uri]!)).toBe("def clean(String value, int limit = 3) { value.take(limit) }\nissue.summary = clean(replica.summary)\n");
    const { text: second, offset: at, uri: secondUri } = await openMarked("def clean(String text, int lim|it = 3) { text.take(limit) }\nissue.summary = clean(replica.summary)\n");
    const renamed = await client.request<WorkspaceEdit>("textDocument/rename", secondUri, second, at, { newName: "max" });
    expect(applyEdits(second, renamed.changes![secondUri]!)).toBe("def clean(String text, int max = 3) { text.take(max) }\nissue.summary = clean(replica.summary)\n");
  });

  it("rejects an invalid name", async () => {
    const { text, offset, uri } = await openMarked("def a|b = 1\nissue.summary = ab\n");
    await expect(client.request("textDocument/rename", uri, text, offset, { newName: "if" })).rejects.toThrow(/keyword/);
    await expect(client.request("textDocument/rename", uri, text, offset, { newName: "1x" })).rejects.toThrow(/not a valid Groovy name/);
  });

  it("refuses to rename 'it'", async () => {
    const { text, offset, uri } = await openMarked("replica.comments.each { issue.summary = i|t.body }\n");
    const prepared = await client.request("textDocument/prepareRename", uri, text, offset);
    expect(prepared).toBeNull();
  });

  it("prepares a rename with the name's range", async () => {
    const { text, offset, uri } = await openMarked("def value = 1\nissue.summary = \"${val|ue}\"\n");
    const prepared = await client.request<{ range: { start: unknown }; placeholder: string }>("textDocument/prepareRename", uri, text, offset);
    expect(prepared.placeholder).toBe("value");
    expect(prepared.range.start).toEqual(positionAt(text, text.lastIndexOf("value")));
  });
});

describe("document symbols", () => {
  it("lists methods and top-level variables", async () => {
    const { text, uri } = await openMarked("|def base = 1\ndef helper(x) {\n  def local = x\n  local\n}\nissue.summary = helper(base)\n");
    const symbols = (await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(["base", "helper"]);
    expect(symbols[1]!.children!.map((s) => s.name)).toEqual(["local"]);
    expect(symbols[1]!.selectionRange.start).toEqual(positionAt(text, text.indexOf("helper")));
  });
});

describe("workspace symbols", () => {
  it("search the open rules", async () => {
    const first = await openMarked("|def normalizeName(s) { s.trim() }\nissue.summary = normalizeName(replica.summary)\n");
    const second = await openMarked("|def nameMap = [:]\nissue.summary = nameMap.x\n");
    const found = (await client.connection.sendRequest("workspace/symbol", { query: "name" })) as { name: string; location: { uri: string } }[];
    const pairs = found.map((s) => [s.name, s.location.uri]);
    expect(pairs).toContainEqual(["normalizeName", first.uri]);
    expect(pairs).toContainEqual(["nameMap", second.uri]);
    expect(pairs.every(([name]) => name!.toLowerCase().includes("name"))).toBe(true);
  });
});

describe("labels", () => {
  const LOOPS = "outer:\nfor (a in replica.labels) {\n  inner:\n  for (b in replica.components) {\n    if (b) continue outer\n    if (a) break inner\n    break /* done */ outer\n  }\n}\nissue.summary = \"x\"\n";

  it("finds a label's declaration from a jump", async () => {
    const marked = LOOPS.replace("continue outer", "continue ou|ter");
    const { text, offset, uri } = await openMarked(marked);
    const locations = await client.request<Location[]>("textDocument/definition", uri, text, offset);
    expect(startsOf(text, locations)).toEqual([0]);
  });

  it("lists the jumps to a label", async () => {
    const { text, offset, uri } = await openMarked("o|" + LOOPS.slice(1));
    const locations = await client.request<Location[]>("textDocument/references", uri, text, offset, { context: { includeDeclaration: true } });
    expect(startsOf(text, locations)).toEqual(allIndexes(text, "outer"));
    const jumps = await client.request<Location[]>("textDocument/references", uri, text, offset, { context: { includeDeclaration: false } });
    expect(startsOf(text, jumps)).toEqual(allIndexes(text, "outer").slice(1));
  });

  it("keeps an inner label apart", async () => {
    const marked = LOOPS.replace("break inner", "break in|ner");
    const { text, offset, uri } = await openMarked(marked);
    const highlights = await client.request<DocumentHighlight[]>("textDocument/documentHighlight", uri, text, offset);
    expect(startsOf(text, highlights)).toEqual(allIndexes(text, "inner"));
  });

  it("renames a label and its jumps", async () => {
    const marked = LOOPS.replace("break /* done */ outer", "break /* done */ out|er");
    const { text, offset, uri } = await openMarked(marked);
    const prepared = await client.request<{ placeholder: string }>("textDocument/prepareRename", uri, text, offset);
    expect(prepared.placeholder).toBe("outer");
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", uri, text, offset, { newName: "rows" });
    expect(applyEdits(text, edit.changes![uri]!)).toBe(LOOPS.replaceAll("outer", "rows"));
  });

  it("does not follow a jump into a closure", async () => {
    const { text, offset, uri } = await openMarked("ou|ter:\nfor (a in replica.labels) {\n  replica.components.each { c -> }\n  break outer\n}\n");
    const locations = await client.request<Location[]>("textDocument/references", uri, text, offset, { context: { includeDeclaration: true } });
    expect(locations).toHaveLength(2);
  });
});
