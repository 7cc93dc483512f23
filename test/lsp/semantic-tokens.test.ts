import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SemanticTokens, SemanticTokensDelta } from "vscode-languageserver-protocol";
import { applyTokenEdits, tokenEdits } from "../../packages/lsp/src/token-deltas.ts";
import { TestClient } from "./client.ts";

let client: TestClient;

beforeAll(async () => {
  client = await TestClient.start();
});

afterAll(async () => {
  await client.stop();
});

const RULE = `// Copies the status with a map.
def statusMap = ["Open": "To Do", "Done": "Closed"]
def target = statusMap[replica.status?.name] ?: "To Do"
if (issue.status?.name != target) {
    issue.setStatus(target)
}
issue.labels = replica.labels.collect { it.label.toLowerCase() }
`;

const full = (uri: string) => client.connection.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri } }) as Promise<SemanticTokens>;
const delta = (uri: string, previousResultId: string) =>
  client.connection.sendRequest("textDocument/semanticTokens/full/delta", { textDocument: { uri }, previousResultId }) as Promise<SemanticTokens | SemanticTokensDelta>;

describe("token edits", () => {
  it("are empty for equal data", () => {
    expect(tokenEdits([1, 2, 3], [1, 2, 3])).toEqual([]);
  });

  it("replace the middle part", () => {
    const edits = tokenEdits([0, 0, 3, 1, 0, 1, 0, 4, 2, 0], [0, 0, 3, 1, 0, 2, 1, 5, 4, 0, 1, 0, 4, 2, 0]);
    expect(edits).toEqual([{ start: 5, deleteCount: 0, data: [2, 1, 5, 4, 0] }]);
  });

  it("rebuild the new data when applied", () => {
    const before = [5, 4, 3, 2, 1, 0, 9, 9];
    const after = [5, 4, 7, 1, 0, 9, 9, 9];
    expect(applyTokenEdits(before, tokenEdits(before, after))).toEqual(after);
  });
});

describe("semantic token deltas", () => {
  it("match a full request after several edits", async () => {
    const uri = "file:///rules/tokens1.incoming.groovy";
    let text = RULE;
    await client.open(uri, text);
    const first = await full(uri);
    expect(first.resultId).toBeDefined();
    expect(first.data.length).toBeGreaterThan(50);

    let previous = { resultId: first.resultId!, data: first.data };
    const edits: [string, string][] = [
      ["def target", "def targetStatus"],
      ["?: \"To Do\"\n", "?: \"To Do\"\ndef extra = target.size()\n"],
      ["// Copies the status with a map.\n", ""],
      ["issue.setStatus(target)", "issue.setStatus(target)\n    log.info(\"moved\")"],
    ];
    for (const [from, to] of edits) {
      const at = text.indexOf(from);
      await client.change(uri, text, at, at + from.length, to);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const answer = await delta(uri, previous.resultId);
      expect("edits" in answer, `a delta after replacing ${JSON.stringify(from)}`).toBe(true);
      const updated = applyTokenEdits(previous.data, (answer as SemanticTokensDelta).edits);
      const fresh = await full(uri);
      expect(updated).toEqual(fresh.data);
      previous = { resultId: fresh.resultId!, data: fresh.data };
    }
  });

  it("chain from one delta to the next", async () => {
    const uri = "file:///rules/tokens5.incoming.groovy";
    let text = RULE;
    await client.open(uri, text);
    const first = await full(uri);
    let previous = { resultId: first.resultId!, data: first.data };
    for (let round = 0; round < 6; round++) {
      const at = text.indexOf("\n", text.indexOf("def target")) + 1;
      const line = `def local${round} = target + ${round}\n`;
      await client.change(uri, text, at, at, line);
      text = text.slice(0, at) + line + text.slice(at);
      const answer = (await delta(uri, previous.resultId)) as SemanticTokensDelta;
      previous = { resultId: answer.resultId!, data: applyTokenEdits(previous.data, answer.edits) };
    }
    expect(previous.data).toEqual((await full(uri)).data);
    expect(previous.data.length).toBeGreaterThan(first.data.length);
  });

  it("cover several changes in one delta", async () => {
    const uri = "file:///rules/tokens2.incoming.groovy";
    let text = RULE;
    await client.open(uri, text);
    const first = await full(uri);
    for (const [from, to] of [["statusMap", "mapping"], ["issue.labels", "issue.components"], ["toLowerCase", "trim"]] as const) {
      const at = text.indexOf(from);
      await client.change(uri, text, at, at + from.length, to);
      text = text.slice(0, at) + to + text.slice(at + from.length);
    }
    const answer = (await delta(uri, first.resultId!)) as SemanticTokensDelta;
    expect(answer.edits.length).toBe(1);
    const rebuilt = applyTokenEdits(first.data, answer.edits);
    expect(rebuilt).toEqual((await full(uri)).data);
  });

  it("send empty edits when nothing changed", async () => {
    const uri = "file:///rules/tokens3.incoming.groovy";
    await client.open(uri, RULE);
    const first = await full(uri);
    const answer = (await delta(uri, first.resultId!)) as SemanticTokensDelta;
    expect(answer.edits).toEqual([]);
    expect(answer.resultId).not.toBe(first.resultId);
  });

  it("send full data for an unknown result", async () => {
    const uri = "file:///rules/tokens4.incoming.groovy";
    await client.open(uri, RULE);
    const first = await full(uri);
    const answer = (await delta(uri, "no-such-result")) as SemanticTokens;
    expect(answer.data).toEqual(first.data);
    expect(answer.resultId).toBeDefined();
  });
});
