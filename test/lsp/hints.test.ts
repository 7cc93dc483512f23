import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InlayHint, SelectionRange } from "vscode-languageserver-protocol";
import { positionAt, TestClient, withCursor } from "./client.ts";

let plain: TestClient;
let hinting: TestClient;
let counter = 0;

beforeAll(async () => {
  plain = await TestClient.start();
  hinting = await TestClient.start({ initializationOptions: { inlayHints: true } });
});

afterAll(async () => {
  await plain.stop();
  await hinting.stop();
});

const TEXT = "def names = replica.comments.collect { it.body }\ndef count = 3\ndef unknown = replica.teamName\nreplica.comments.each { c -> issue.summary = c.body }\n";
const whole = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };

describe("inlay hints", () => {
  it("are off by default", async () => {
    const uri = `file:///rules/hint${++counter}.incoming.groovy`;
    await plain.open(uri, TEXT);
    const hints = (await plain.connection.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range: whole })) as InlayHint[];
    expect(hints).toEqual([]);
  });

  it("show inferred local and parameter types", async () => {
    const uri = `file:///rules/hint${++counter}.incoming.groovy`;
    await hinting.open(uri, TEXT);
    const hints = (await hinting.connection.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range: whole })) as InlayHint[];
    expect(hints.map((h) => [h.position, h.label])).toEqual([
      [positionAt(TEXT, "def names".length), ": List<String>"],
      [positionAt(TEXT, TEXT.indexOf("count") + 5), ": Integer"],
      [positionAt(TEXT, TEXT.indexOf("{ c") + 3), ": Comment"],
    ]);
  });
});

describe("selection ranges", () => {
  it("grow from a name to the statement", async () => {
    const { text, offset } = withCursor("if (firstSync) {\n  issue.summary = replica.sum|mary\n}\n");
    const uri = `file:///rules/select${++counter}.incoming.groovy`;
    await plain.open(uri, text);
    const [range] = (await plain.connection.sendRequest("textDocument/selectionRange", { textDocument: { uri }, positions: [positionAt(text, offset)] })) as SelectionRange[];
    const texts: string[] = [];
    const offsetOf = (p: { line: number; character: number }) => text.split("\n").slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
    for (let current: SelectionRange | undefined = range; current !== undefined; current = current.parent) texts.push(text.slice(offsetOf(current.range.start), offsetOf(current.range.end)));
    expect(texts.slice(0, 3)).toEqual(["replica.summary", "issue.summary = replica.summary", "{\n  issue.summary = replica.summary\n}"]);
    expect(texts.at(-1)).toBe(text);
  });
});

describe("semantic tokens", () => {
  it("classify names by resolution", async () => {
    const text = "// note\ndef clean(String s) { s.trim() }\nreplica.comments.each { c -> issue.summary = clean(c.body) }\n";
    const uri = `file:///rules/tokens${++counter}.incoming.groovy`;
    await plain.open(uri, text);
    const { data } = (await plain.connection.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri } })) as { data: number[] };
    const legend = ["keyword", "string", "number", "comment", "variable", "parameter", "property", "method", "function", "class"];
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
      const lineText = text.split("\n")[line]!;
      decoded.push(`${lineText.slice(character, character + data[i + 2]!)}:${legend[data[i + 3]!]}${data[i + 4]! & 1 ? "+declaration" : ""}`);
    }
    expect(decoded).toEqual([
      "// note:comment",
      "def:keyword",
      "clean:function+declaration",
      "s:parameter+declaration",
      "s:parameter",
      "trim:method",
      "replica:variable",
      "comments:property",
      "each:method",
      "c:parameter+declaration",
      "issue:variable",
      "summary:property",
      "clean:function",
      "c:parameter",
      "body:property",
    ]);
  });
});
