/**
 * The lexer counts lines forward through the text instead of asking the line
 * map for every token. These tests compare every token's line and column with
 * what the line map returns for the token's offsets.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LineMap } from "../../src/line-map.ts";
import { lex } from "../../src/syntax/lexer.ts";

const examplesDir = join(import.meta.dirname, "../../../../examples");

function exampleRules(): string[] {
  const rules: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".groovy")) rules.push(readFileSync(path, "utf8"));
    }
  };
  visit(examplesDir);
  return rules;
}

/** Lists each token whose line or column differs from the line map's, as readable lines. */
function positionMismatches(text: string, baseOffset = 0, lineMap?: LineMap): string[] {
  const map = lineMap ?? new LineMap(text, baseOffset);
  const problems: string[] = [];
  for (const tok of lex(text, baseOffset, lineMap).tokens) {
    const start = map.position(tok.startOffset);
    const end = map.position(Math.max(tok.endOffset!, tok.startOffset));
    const got = `${tok.startLine}:${tok.startColumn}-${tok.endLine}:${tok.endColumn}`;
    const expected = `${start.line}:${start.column}-${end.line}:${end.column}`;
    if (got !== expected) problems.push(`${JSON.stringify(tok.image)} at ${tok.startOffset}: got ${got}, expected ${expected}`);
  }
  return problems;
}

describe("token positions", () => {
  test("example rules match the line map", () => {
    const rules = exampleRules();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(positionMismatches(rule)).toEqual([]);
  });

  test.each([
    ["LF line breaks", "def a = 1\nissue.summary = a\n\nreplica.x = [1,\n 2]\n"],
    ["CRLF line breaks", "def a = 1\r\nissue.summary = a\r\n\r\nreplica.x = 2\r\n"],
    ["lone CR line breaks", "def a = 1\rissue.summary = a\r\rreplica.x = 2\r"],
    ["mixed line breaks", "a = 1\r\nb = 2\nc = 3\rd = 4"],
    ["multi-line strings", "def s = '''one\ntwo\r\nthree'''\ndef t = \"\"\"x\ny ${s}\nz\"\"\"\nu = 1"],
    ["comments between tokens", "a = 1 // note\n/* block\ncomment */ b = 2\n\n/* x */c = 3"],
    ["GString parts", "def s = \"${issue.key}: ${ [1, 2].collect { it * 2 } }\"\ndef t = \"$issue.summary\""],
    ["a line continued with a backslash", "def a = 1 + \\\n  2\nb = a"],
    ["no final line break", "x = 1\ny = 2"],
    ["empty text", ""],
  ])("%s match the line map", (_name, text) => {
    expect(positionMismatches(text)).toEqual([]);
  });

  test("a slice lexed with the document's line map", () => {
    const text = "first line\nsecond = \"${issue.key +\n 1}\"\r\nthird";
    const lineMap = new LineMap(text);
    const start = text.indexOf("issue.key");
    const end = text.indexOf("}");
    expect(positionMismatches(text.slice(start, end), start, lineMap)).toEqual([]);
  });

  test("a slice lexed with its own line map", () => {
    expect(positionMismatches("a +\n b\r\n c", 40)).toEqual([]);
  });
});
