import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import type { CompletionList } from "vscode-languageserver-protocol";
import { TestClient, withCursor } from "./client.ts";

const CLI = fileURLToPath(new URL("../../packages/cli/bin/twinsync.js", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../../packages/cli/dist/twinsync.js", import.meta.url));

it("twinsync lsp --stdio serves completion", async () => {
  expect(existsSync(BUNDLE), "the CLI bundle is missing; run 'npm run build' first").toBe(true);
  const client = await TestClient.start({ command: [process.execPath, CLI, "lsp", "--stdio"] });
  try {
    const { text, offset } = withCursor("replica.summary = issue.sum|ary\n");
    const uri = "file:///rules/cli.outgoing.groovy";
    const diagnostics = await client.open(uri, text);
    expect(diagnostics.map((d) => d.code)).toContain("unknown-field");
    const list = await client.request<CompletionList>("textDocument/completion", uri, text, offset);
    expect(list.items.map((i) => i.label)).toContain("summary");
  } finally {
    await client.stop();
  }
  expect(client.stderr.join("")).toBe("");
});
