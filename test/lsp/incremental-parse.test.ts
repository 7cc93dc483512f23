import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { changedRange, parse, reparse, type ParseResult } from "../../packages/compiler/src/index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FOLDERS = ["test/differential/corpus", "examples/jira-azure", "examples/jira-github", "test/checker/faulty", "packages/compiler/test/parser/cases"];

/** The parts of a parse result that a reparse must reproduce; the line map is compared by its line count. */
const comparable = (result: ParseResult) => ({ script: result.script, diagnostics: result.diagnostics, comments: result.comments, lines: result.lineMap.lineCount });

/** A small deterministic generator, so that a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const FRAGMENTS = ["x", " ", "\n", "}", "{", "(", ")", '"', "'", "/*", "*/", "//", ".", "?.", "if (x) {", "else", "+", '"${', "$", "'''", ";", "outer:", "->", "[", "]", "\\\n"];

/** One edit of the kinds an editor sends: typing, deleting, new and duplicated lines, comments, and returning to the original text. */
function edit(text: string, original: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const line = lineStarts[Math.floor(next() * lineStarts.length)]!;
  const newline = text.indexOf("\n", line);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const kind = next();
  if (kind < 0.1) return original;
  if (kind < 0.25) return text.slice(0, at) + " " + text.slice(at);
  if (kind < 0.35) return text.slice(0, line) + "def added = 1\n" + text.slice(line);
  if (kind < 0.45) return text.slice(0, lineEnd) + text.slice(line, lineEnd) + text.slice(lineEnd);
  if (kind < 0.5) return text.slice(0, line) + text.slice(lineEnd);
  if (kind < 0.6) return text.slice(0, lineEnd) + "// note\n" + text.slice(lineEnd);
  if (kind < 0.7) return text.slice(0, at) + FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 5)));
  return text.slice(0, at) + text.slice(at, at + 3).toUpperCase() + text.slice(at + 3);
}

describe("changed range", () => {
  it("finds an insertion", () => {
    expect(changedRange("abcdef", "abcXYdef")).toEqual({ start: 3, oldEnd: 3, newEnd: 5 });
  });

  it("finds a deletion inside a repeated run", () => {
    expect(changedRange("aaaa", "aaa")).toEqual({ start: 3, oldEnd: 4, newEnd: 3 });
  });

  it("returns null for equal texts", () => {
    expect(changedRange("same", "same")).toBeNull();
  });
});

describe("incremental reparse", () => {
  it("reparses only the edited statement", () => {
    const before = "def a = 1\ndef b = a + 1\nreplica.summary = \"${b}\" // last\n";
    const after = before.replace("a + 1", "a + 22");
    const previous = parse(before);
    const kept = previous.script.body[0];
    const { result, mode } = reparse(previous, before, after);
    expect(mode).toBe("incremental");
    expect(result.script.body[0]).toBe(kept);
    expect(comparable(result)).toEqual(comparable(parse(after)));
  });

  it("moves the statements after the edit", () => {
    const before = "def a = 1\ndef b = 2\n/* note */\ndef c = b\n";
    const after = before.replace("def a = 1", "def alpha = 100");
    const { result, mode } = reparse(parse(before), before, after);
    expect(mode).toBe("incremental");
    expect(comparable(result)).toEqual(comparable(parse(after)));
  });

  it("falls back when statements lose their separator", () => {
    const before = "a = 1\nb = 2\n";
    const after = "a = 1 b = 2\n";
    const { result, mode } = reparse(parse(before), before, after);
    expect(mode).toBe("full");
    expect(result.diagnostics.map((d) => d.code)).toContain("syntax-error");
  });

  it("falls back when a string opens across statements", () => {
    const before = 'a = "x"\nb = 2\nc = "y"\n';
    const after = before.replace('a = "x"', 'a = """x"');
    const { result, mode } = reparse(parse(before), before, after);
    expect(mode).toBe("full");
    expect(comparable(result)).toEqual(comparable(parse(after)));
  });

  it("falls back when the previous parse had errors", () => {
    const before = "a = (1\nb = 2\n";
    const after = before.replace("b = 2", "b = 3");
    expect(reparse(parse(before), before, after).mode).toBe("full");
  });

  it("does not reuse a tree twice", () => {
    const before = "a = 1\nb = 2\n";
    const previous = parse(before);
    expect(reparse(previous, before, "a = 1\nb = 3\n").mode).toBe("incremental");
    expect(reparse(previous, before, "a = 1\nb = 4\n").mode).toBe("full");
  });

  it("matches a full parse after random edits of real rules", () => {
    const files = FOLDERS.flatMap((folder) => readdirSync(join(ROOT, folder)).filter((name) => name.endsWith(".groovy")).map((name) => join(ROOT, folder, name)));
    const next = random(Number(process.env.INCREMENTAL_SEED ?? 7));
    const modes = { unchanged: 0, incremental: 0, full: 0 };
    const mismatches: string[] = [];
    for (const file of files) {
      const original = readFileSync(file, "utf8");
      let text = original;
      let current = parse(text);
      for (let round = 0; round < 20; round++) {
        const after = edit(text, original, next);
        const { result, mode } = reparse(current, text, after);
        modes[mode]++;
        const full = parse(after);
        // The next round starts from the reparse, so that chains of reparses are checked too.
        current = result;
        try {
          expect(comparable(result)).toEqual(comparable(full));
        } catch {
          mismatches.push(`${file} round ${round} (${mode}): ${JSON.stringify(after.slice(0, 200))}`);
          current = full;
        }
        text = after;
      }
    }
    expect(mismatches).toEqual([]);
    // Most random edits break the syntax; the rest must still be reparsed incrementally.
    expect(modes.incremental).toBeGreaterThan(1000);
  });
});
