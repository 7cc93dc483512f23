/**
 * Property tests of `parse` on generated text: random token soup, and random
 * edits of the real rules in examples/ and the differential corpus (and of the
 * golden cases).
 *
 * FUZZ_RUNS sets the number of samples per property (default 600) and
 * FUZZ_SEED the fast-check seed (default fixed, so failures reproduce).
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "../../src/syntax/parse.ts";
import { printTree } from "../../src/syntax/print.ts";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 20241204);

/** Groovy tokens and fragments, weighted toward the ones that change lexer or parser state. */
const GROOVY_PIECES = [
  "def ", "x", "issue", "replica", ".", "?.", "*.", ".&", ".@", "(", ")", "[", "]", "?[", "{", "}", "->", ",", ":", ";",
  "\n", "\n", "\n", " ", " ", " ", "\t", "\r\n", "=", "==", "===", "!=", "+", "-", "*", "/", "%", "**", "++", "--",
  "<", ">", ">>", ">>>", "<<", "<=>", "<=", ">=", "&&", "||", "&", "|", "^", "!", "~", "?", "?:", "?=", "+=",
  "=~", "==~", "..", "..<", "in", "!in", "as", "instanceof", "!instanceof", "new ", "return", "if", "else",
  "for", "while", "do", "switch", "case", "default", "break", "continue", "try", "catch", "finally", "throw",
  "assert", "import ", "static", "class ", "@", "package ", "String", "List<String>", "Map<K, V>", "int",
  "0", "1", "42L", "1.5", "0x1F", "0b1", "017", "1e3", "1_000", "3.14G", "'", "\"", "'''", "\"\"\"", "/",
  "$/", "/$", "$", "${", "$x", "\\", "\\n", "\\u", "//", "/*", "*/", "it", "true", "null", "this", "label:",
  "log.info \"x\"", "{ it }", "{ a, b -> a }", "[a: 1]", "[:]", "\"${a}\"", "'s'", "/re/",
];

const pieceArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...GROOVY_PIECES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: "binary" }) },
);

const tokenSoup = fc.array(pieceArbitrary, { maxLength: 80 }).map((pieces) => pieces.join(""));

function groovyFilesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    // The folder may be absent in a partial checkout; the mutation property then has nothing to mutate.
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...groovyFilesUnder(path));
    else if (name.endsWith(".groovy")) files.push(path);
  }
  return files.sort();
}

const realRulePaths = [
  ...groovyFilesUnder(join(REPO_ROOT, "examples")),
  ...groovyFilesUnder(join(REPO_ROOT, "test", "differential", "corpus")),
];
const realRules = realRulePaths.map((path) => readFileSync(path, "utf8"));

/** The golden cases add syntax the real rules rarely use (switch arrows, casts, every literal). */
const goldenCases = groovyFilesUnder(join(dirname(fileURLToPath(import.meta.url)), "cases")).map((path) => readFileSync(path, "utf8"));
const mutationSources = [...realRules, ...goldenCases];

/** Splits text into token-sized slices (words, runs of punctuation, whitespace) whose concatenation is the text. */
function slices(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_$]+|[^\s\p{L}\p{N}_$]{1,3}/gu) ?? [];
}

type Mutation =
  | { kind: "insert"; at: number; piece: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "swap"; at: number; other: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: fc.constantFrom(...GROOVY_PIECES) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
);

/** Applies the mutations to the slices of `text`; positions wrap around the current slice count. */
function mutate(text: string, mutations: Mutation[]): string {
  const parts = slices(text);
  for (const m of mutations) {
    const at = parts.length === 0 ? 0 : m.at % parts.length;
    if (m.kind === "insert") parts.splice(at, 0, m.piece);
    else if (m.kind === "delete") parts.splice(at, m.length);
    else if (m.kind === "duplicate") parts.splice(at, 0, ...parts.slice(at, at + m.length));
    else if (parts.length > 0) {
      const other = m.other % parts.length;
      [parts[at], parts[other]] = [parts[other]!, parts[at]!];
    }
  }
  return parts.join("");
}

const mutatedSource =
  mutationSources.length === 0
    ? fc.constant("")
    : fc
        .tuple(fc.nat({ max: mutationSources.length - 1 }), fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }))
        .map(([index, mutations]) => mutate(mutationSources[index]!, mutations));

/** Every node of the tree (objects with a numeric `start`), for range checks. */
function* nodes(value: unknown): Generator<{ kind?: string; start: number; end: number }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.start === "number" && typeof record.end === "number") {
      yield record as { kind?: string; start: number; end: number };
    }
    for (const child of Object.values(record)) yield* nodes(child);
  }
}

/** The text parsed just before, so that each check interleaves another parse between two parses of one text. */
let previousText = "x = 1";

function checkParse(text: string): void {
  const first = parse(text);
  expect(first.script.kind).toBe("Script");
  expect(Array.isArray(first.script.body)).toBe(true);

  for (const d of first.diagnostics) {
    expect(d.start, `diagnostic ${d.code} starts before the text`).toBeGreaterThanOrEqual(0);
    expect(d.start, `diagnostic ${d.code} starts after its end`).toBeLessThanOrEqual(d.end);
    expect(d.end, `diagnostic ${d.code} ends after the text`).toBeLessThanOrEqual(text.length);
    expect(d.message, "the parser threw internally").not.toContain("internal parser error");
  }
  for (const node of nodes(first.script)) {
    expect(node.start, `${node.kind ?? "node"} starts after its end`).toBeLessThanOrEqual(node.end);
    expect(node.end, `${node.kind ?? "node"} ends after the text`).toBeLessThanOrEqual(text.length);
  }

  // The parser instance is shared; another parse in between must not change the result.
  parse(previousText);
  const second = parse(text);
  expect(printTree(second.script)).toBe(printTree(first.script));
  expect(second.diagnostics).toEqual(first.diagnostics);
  previousText = text;
}

describe("parser fuzz", () => {
  test("token soup", () => {
    fc.assert(fc.property(tokenSoup, checkParse), { numRuns: RUNS, seed: SEED });
  });

  test("mutated real rules", () => {
    expect(realRules.length, "examples/ and the differential corpus have rules to mutate").toBeGreaterThan(0);
    fc.assert(fc.property(mutatedSource, checkParse), { numRuns: RUNS, seed: SEED });
  });

  test("deep nesting and long chains", () => {
    const texts = [
      "x = " + "(".repeat(3000) + "1" + ")".repeat(3000),
      "x = " + "[".repeat(3000) + "]".repeat(3000),
      "x = " + "{ ".repeat(3000) + "}".repeat(3000),
      "x = " + '"${'.repeat(3000) + "1" + '}"'.repeat(3000),
      "x = " + "!".repeat(10000) + "a",
      "if (a) ".repeat(3000) + "x = 1",
      "x = a" + ".b".repeat(20000) + "\n)",
      "x = 1" + " + 1".repeat(20000) + "\n)",
    ];
    for (const text of texts) {
      const result = parse(text);
      expect(result.script.kind).toBe("Script");
      for (const d of result.diagnostics) expect(d.end).toBeLessThanOrEqual(text.length);
    }
  });

  test("real rules unchanged", () => {
    for (const text of realRules) checkParse(text);
  });

  test("real rules parse cleanly", () => {
    realRulePaths.forEach((path, index) => {
      const messages = parse(realRules[index]!).diagnostics.map((d) => `${d.code} at ${d.start}: ${d.message}`);
      expect(messages, path).toEqual([]);
    });
  });
});
