import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { analyzeDocument, documentDiagnostics } from "../../packages/lsp/src/index.ts";
import { TestClient } from "./client.ts";

/** A small deterministic generator, so a failure repeats with the seed in its message. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (limit: number) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    state = (state ^ (state >>> 12)) >>> 0;
    return state % limit;
  };
}

const PIECES = [".", "?.", "{", "}", "(", ")", "[", "]", '"', "'", "\n", " ", "issue.", "replica.", "def x = ", "-> ", "it.", "${", "/*", "//", "\"\"\"", "commentHelper.", "if (firstSync) ", "\\", "\u200b", "é"];
const RULE = fileURLToPath(new URL("../../examples/jira-azure/jira.incoming.groovy", import.meta.url));
const TIME_BUDGET_MS = 15_000;

it("server survives random edits", async () => {
  const seed = Number(process.env.LSP_FUZZ_SEED ?? Date.now() % 100_000);
  const random = generator(seed);
  const client = await TestClient.start();
  const uri = "file:///rules/fuzz.incoming.groovy";
  let text = readFileSync(RULE, "utf8");
  await client.open(uri, text);
  const started = Date.now();
  let rounds = 0;
  try {
    while (Date.now() - started < TIME_BUDGET_MS && rounds < 400) {
      rounds++;
      const start = random(text.length + 1);
      const deleting = random(3) === 0;
      const end = deleting ? Math.min(text.length, start + random(20)) : start;
      const inserted = deleting ? "" : PIECES[random(PIECES.length)]!;
      await client.change(uri, text, start, end, inserted);
      text = text.slice(0, start) + inserted + text.slice(end);

      const at = random(text.length + 1);
      const completion = await client.request<{ items: unknown[] } | null>("textDocument/completion", uri, text, at);
      expect(completion === null || Array.isArray(completion.items), `seed ${seed}, round ${rounds}`).toBe(true);
      await client.request("textDocument/hover", uri, text, random(text.length + 1));
      if (rounds % 10 === 0) {
        await client.connection.sendRequest("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        await client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri } });
      }
    }
    // The server's copy of the text must match after all incremental changes.
    const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
    const expected = documentDiagnostics(analyzeDocument(text, { direction: "incoming" }, uri));
    expect(report.items.map((d) => [d.code, d.range]), `seed ${seed}`).toEqual(expected.map((d) => [d.code, d.range]));
  } finally {
    await client.stop();
  }
  expect(rounds).toBeGreaterThan(20);
  expect(client.logs.filter((line) => / failed: /.test(line)), `seed ${seed}`).toEqual([]);
}, 60_000);
