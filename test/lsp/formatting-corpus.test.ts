import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { analyzeDocument, formatDocument } from "../../packages/lsp/src/index.ts";
import { applyEdits } from "./client.ts";

function groovyFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...groovyFiles(path));
    else if (name.endsWith(".groovy")) found.push(path);
  }
  return found;
}

/** The indent width a file uses: its smallest indentation made of spaces. */
function indentWidth(text: string): number {
  const widths = text.split("\n").map((line) => /^( +)\S/.exec(line)?.[1]!.length ?? 0).filter((width) => width > 0);
  return widths.length === 0 ? 2 : Math.min(...widths);
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FILES = [...groovyFiles(join(ROOT, "examples")), ...groovyFiles(join(ROOT, "test/differential/corpus"))];

it("hand-formatted rules keep their layout", () => {
  expect(FILES.length).toBeGreaterThan(100);
  for (const file of FILES) {
    const text = readFileSync(file, "utf8");
    const direction = file.includes(".outgoing.") ? "outgoing" : "incoming";
    const doc = analyzeDocument(text, { direction });
    const formatted = applyEdits(text, formatDocument(doc, { tabSize: indentWidth(text), insertSpaces: true }));
    expect(formatted, file).toBe(text);
  }
});

it("a flattened rule regains its indentation", () => {
  for (const file of FILES.slice(0, 60)) {
    const text = readFileSync(file, "utf8");
    if (/"""|'''|\/\*/.test(text)) continue;
    const flat = text.replace(/^[ \t]+/gm, "");
    const direction = file.includes(".outgoing.") ? "outgoing" : "incoming";
    const formatted = applyEdits(flat, formatDocument(analyzeDocument(flat, { direction }), { tabSize: indentWidth(text), insertSpaces: true }));
    expect(formatted, file).toBe(text);
  }
});
