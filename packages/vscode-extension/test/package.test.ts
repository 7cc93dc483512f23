/**
 * The extension as it ships: `npm run package` builds the .vsix, which must
 * hold every file the manifest names and nothing from the sources, stay under
 * the size budget, and carry a language server that runs from the bundle.
 */

import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { TestClient } from "../../../test/lsp/client.ts";
import type { RunRuleResult } from "../src/protocol.ts";

const PACKAGE = fileURLToPath(new URL("../scripts/package.mjs", import.meta.url));
const SERVER = fileURLToPath(new URL("../dist/server.mjs", import.meta.url));
const DOCS = fileURLToPath(new URL("../dist/docs/checker.md", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const VSIX = fileURLToPath(new URL(`../twinsync-${manifest.version}.vsix`, import.meta.url));

/** Lists the entry names of a zip file. */
function zipEntries(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on("entry", (entry: { fileName: string }) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

let entries: string[];

beforeAll(async () => {
  // Building and packing takes a few seconds; the server tests below use the same dist/.
  execFileSync(process.execPath, [PACKAGE], { stdio: "pipe" });
  entries = await zipEntries(VSIX);
}, 120_000);

describe("the .vsix", () => {
  it("stays under 2 MB", () => {
    expect(statSync(VSIX).size).toBeLessThan(2 * 1024 * 1024);
  });

  it("holds every file the manifest names", () => {
    const named = [
      manifest.main,
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      "./dist/server.mjs",
      "./dist/node_modules/re2-wasm/build/wasm/re2.wasm",
      "./dist/node_modules/re2-wasm/build/wasm/re2.js",
      "./dist/docs/checker.md",
    ];
    for (const path of named) expect(entries).toContain(`extension/${path.replace(/^\.\//, "")}`);
  });

  it("leaves out sources, tests and build scripts", () => {
    const stray = entries.filter((name) => /^extension\/(src|test|scripts)\//.test(name) || name.endsWith(".ts") || name.endsWith(".map"));
    expect(stray).toEqual([]);
  });
});

describe("the bundled language server", () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await TestClient.start({ command: [process.execPath, SERVER, "--stdio"] });
  });

  afterAll(async () => {
    await client?.stop();
  });

  it("checks a rule and links the code to the shipped docs", async () => {
    const diagnostics = await client.open("file:///w/jira.outgoing.groovy", "replica.summary = issue.sumary\n");
    const typo = diagnostics.find((d) => d.code === "unknown-field");
    expect(typo).toBeDefined();
    expect(typo!.codeDescription?.href).toBe(`${pathToFileURL(DOCS).href}#unknown-field`);
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
});
