/**
 * The bundled language server as the extension ships it (dist/server.mjs with
 * the RE2 module beside it), started over stdio by the test client.
 */

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TestClient } from "../../../test/lsp/client.ts";
import type { RunRuleResult } from "../src/protocol.ts";

const BUILD = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url));
const SERVER = fileURLToPath(new URL("../dist/server.mjs", import.meta.url));
let client: TestClient;

beforeAll(async () => {
  execFileSync(process.execPath, [BUILD]);
  client = await TestClient.start({ command: [process.execPath, SERVER, "--stdio"] });
}, 60_000);

afterAll(async () => {
  await client.stop();
});

it("checks a rule", async () => {
  const diagnostics = await client.open("file:///w/jira.outgoing.groovy", "replica.summary = issue.sumary\n");
  expect(diagnostics.map((d) => d.code)).toContain("unknown-field");
});

it("runs a rule that uses regular expressions", async () => {
  const text = 'replica.summary = issue.summary.replaceAll(/o+/, "0")\n';
  await client.open("file:///w/regex.outgoing.groovy", text);
  const result = (await client.connection.sendRequest("twinsync/runRule", {
    uri: "file:///w/regex.outgoing.groovy",
    stateText: JSON.stringify({ issue: { summary: "foo boo" } }),
    stateName: "inline",
  })) as RunRuleResult;
  expect(result.message).toBeNull();
  expect((result.after!.replica as { summary: string }).summary).toBe("f0 b0");
});
