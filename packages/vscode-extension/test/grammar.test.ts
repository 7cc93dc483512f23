/**
 * Tests of the TextMate grammar (syntaxes/twinsync.tmLanguage.json).
 *
 * Each fixture `test/fixtures/grammar/NAME.groovy` has a golden snapshot
 * `NAME.scopes.txt` with the scopes of every token. A difference fails the
 * test. After a deliberate grammar change, regenerate the snapshots with
 *
 *   UPDATE_GRAMMAR_SNAPSHOTS=1 npx vitest run packages/vscode-extension/test/grammar.test.ts
 *
 * and read the diff line by line before committing it. The targeted cases
 * below check the important scopes directly, so a wrong snapshot that was
 * accepted by mistake cannot hide those bugs.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@twinsync/compiler";
import type { IGrammar } from "vscode-textmate";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGrammar, positionOf, renderSnapshot, scopesAt, tokenizeDocument } from "./textmate.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/grammar/", import.meta.url));
const UPDATE = process.env.UPDATE_GRAMMAR_SNAPSHOTS === "1";
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith(".groovy")).sort();

let grammar: IGrammar;
beforeAll(async () => {
  grammar = await loadGrammar();
});

describe("grammar snapshots", () => {
  it("has fixtures", () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of fixtureNames) {
    it(`${name} matches its snapshot`, () => {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      const actual = renderSnapshot(text, tokenizeDocument(grammar, text));
      const snapshotPath = join(FIXTURES, name.replace(/\.groovy$/, ".scopes.txt"));
      if (UPDATE) {
        writeFileSync(snapshotPath, actual);
        return;
      }
      expect(existsSync(snapshotPath), `${snapshotPath} is missing; run with UPDATE_GRAMMAR_SNAPSHOTS=1 to create it`).toBe(true);
      const expected = readFileSync(snapshotPath, "utf8");
      expect(actual, `${name} tokenizes differently from ${snapshotPath}`).toBe(expected);
    });

    it(`${name} is a valid rule`, () => {
      // The fixtures show how valid code is highlighted, so the project's own parser must accept them.
      const text = readFileSync(join(FIXTURES, name), "utf8");
      const errors = parse(text).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => `line ${positionOf(text, d.start).line}: ${d.message}`).join("\n")).toBe("");
    });
  }

  it("every snapshot has a fixture", () => {
    const snapshots = readdirSync(FIXTURES).filter((name) => name.endsWith(".scopes.txt"));
    const orphans = snapshots.filter((name) => !fixtureNames.includes(name.replace(/\.scopes\.txt$/, ".groovy")));
    expect(orphans).toEqual([]);
  });
});

/**
 * Returns the scopes of the token at the `occurrence`-th appearance (0-based)
 * of `needle` in `source`, tokenized as a whole document.
 */
function scopesOf(source: string, needle: string, occurrence = 0): string[] {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = source.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in: ${source}`);
  }
  const { line, column } = positionOf(source, offset);
  const scopes = scopesAt(tokenizeDocument(grammar, source), line, column);
  if (scopes === undefined) throw new Error(`no token at '${needle}' in: ${source}`);
  return scopes;
}

/**
 * A targeted case: in `source`, the token at `needle` (its `occurrence`-th
 * appearance) must have `scope`, when given, and no scope that starts with
 * one of `not`.
 */
interface ScopeCase {
  source: string;
  needle: string;
  occurrence?: number;
  scope?: string;
  not?: string[];
}

function checkCases(cases: ScopeCase[]): void {
  for (const c of cases) {
    const scopes = scopesOf(c.source, c.needle, c.occurrence ?? 0);
    const where = `'${c.needle}' in ${JSON.stringify(c.source)} has scopes [${scopes.join(", ")}]`;
    if (c.scope !== undefined) expect(scopes, where).toContain(c.scope);
    for (const unwanted of c.not ?? []) {
      expect(scopes.some((s) => s.startsWith(unwanted)), `${where}, which must not include ${unwanted}`).toBe(false);
    }
  }
}

const ARITHMETIC = "keyword.operator.arithmetic.twinsync";
const SLASHY = "string.regexp.slashy.twinsync";

describe("slashy strings and division", () => {
  it("divides after a value", () => {
    checkCases([
      { source: "def r = a / b", needle: "/", scope: ARITHMETIC, not: ["string"] },
      { source: "def r = a/b/c", needle: "/", occurrence: 1, scope: ARITHMETIC },
      { source: "def r = (a + 1) / 2", needle: "/", scope: ARITHMETIC },
      { source: "def r = list[0] / 2", needle: "/", scope: ARITHMETIC },
      { source: "def r = 10 / 4", needle: "/", scope: ARITHMETIC },
      { source: "def r = count++ / 2", needle: "/", scope: ARITHMETIC },
      { source: "def r = it.size() / 2 // half", needle: "/", scope: ARITHMETIC },
      { source: "total /= 2", needle: "/=", scope: "keyword.operator.assignment.compound.twinsync" },
      // Groovy reads `a /b/ 1` as two divisions (checked with Groovy 2.4), not as a command call with a slashy string.
      { source: "def c = a /b/ 1", needle: "b", scope: "variable.other.readwrite.twinsync", not: ["string"] },
      { source: "def r = a / b / c", needle: "c", scope: "variable.other.readwrite.twinsync", not: ["string"] },
    ]);
  });

  it("starts a slashy string where no value ends", () => {
    checkCases([
      { source: "def r = /a+b/", needle: "a+b", scope: SLASHY },
      { source: "return /x/", needle: "x", scope: SLASHY },
      { source: 'text.replaceAll(/\\d/, "#")', needle: "\\d", scope: SLASHY },
      { source: "[/a/, /b/]", needle: "b", scope: SLASHY },
      { source: "def p = ~/a.c/", needle: "a.c", scope: SLASHY },
      { source: 'def m = "x" ==~ /x/', needle: "x", occurrence: 1, scope: SLASHY },
      { source: "def m = a ?: /fallback/", needle: "fallback", scope: SLASHY },
      { source: "def m = a ? /yes/ : /no/", needle: "no", scope: SLASHY },
      { source: "switch (s) {\n  case /plain/:\n    break\n}", needle: "plain", scope: SLASHY },
      { source: "if (x in /abc/) {}", needle: "abc", scope: SLASHY },
      { source: "def r = /first\nsecond/", needle: "second", scope: SLASHY },
    ]);
  });

  it("keeps escapes and interpolation in slashy strings", () => {
    checkCases([
      { source: "def r = /a\\/b/", needle: "\\/", scope: "constant.character.escape.twinsync" },
      // Only `\/` is an escape, so a slashy string cannot end with a backslash: `/a\\/` is still open.
      { source: "def r = /a\\\\/ still/", needle: "still", scope: SLASHY },
      { source: "def r = /${name}-\\d+/", needle: "name", scope: "meta.embedded.line.twinsync" },
      { source: "def r = /x $name/", needle: "name", scope: "variable.other.readwrite.twinsync" },
      // A `$` that starts no name is a plain character in a slashy string (a regex end anchor).
      { source: "def r = /end$/", needle: "$", scope: SLASHY, not: ["invalid", "meta.embedded"] },
    ]);
  });
});

describe("strings", () => {
  it("scopes each string kind", () => {
    checkCases([
      { source: "def s = 'x'", needle: "x", scope: "string.quoted.single.twinsync" },
      { source: 'def s = "x"', needle: "x", scope: "string.quoted.double.twinsync" },
      { source: "def s = '''x\ny'''", needle: "y", scope: "string.quoted.triple.single.twinsync" },
      { source: 'def s = """x\ny"""', needle: "y", scope: "string.quoted.triple.double.twinsync" },
      { source: "def s = $/x\ny/$", needle: "y", scope: "string.quoted.other.dollar-slashy.twinsync" },
      // Groovy 4 closes a triple-quoted string with the last three quotes of a run of four or five (Groovy 2.4 rejects it).
      { source: 'def s = """say "hi""""\ndef t = 1', needle: "t", scope: "variable.other.definition.twinsync", not: ["string"] },
    ]);
  });

  it("highlights interpolation as code", () => {
    checkCases([
      { source: 'def s = "a ${issue.key} b"', needle: "issue", scope: "support.variable.context.twinsync" },
      { source: 'def s = "a ${issue.key} b"', needle: "${", scope: "punctuation.section.embedded.begin.twinsync" },
      { source: 'def s = "a ${issue.key} b"', needle: "}", scope: "punctuation.section.embedded.end.twinsync" },
      { source: 'def s = "a ${issue.key} b"', needle: " b", scope: "string.quoted.double.twinsync", not: ["meta.embedded"] },
      { source: 'def s = "${[a: 1].collect { k, v -> "$k=$v" }.join(",")} end"', needle: "v", occurrence: 1, scope: "variable.other.readwrite.twinsync" },
      { source: 'def s = "${[a: 1].collect { k, v -> "$k=$v" }.join(",")} end"', needle: " end", scope: "string.quoted.double.twinsync", not: ["meta.embedded"] },
      { source: 'def s = "${x.collect { "<${it}>" }}"', needle: "it", scope: "variable.language.it.twinsync" },
      { source: 'def s = "Key $issue.key."', needle: "issue", scope: "support.variable.context.twinsync" },
      { source: 'def s = "Key $issue.key."', needle: "key", scope: "variable.other.property.twinsync" },
      { source: 'def s = "Key $issue.key."', needle: ".\"", scope: "string.quoted.double.twinsync", not: ["meta.embedded"] },
      { source: 'def s = "via $nodeHelper"', needle: "nodeHelper", scope: "support.class.helper.twinsync" },
      { source: 'def s = """a\n$replica.summary"""', needle: "replica", scope: "support.variable.context.twinsync" },
      { source: "def s = $/a $name/$", needle: "name", scope: "meta.embedded.line.twinsync" },
      { source: "def s = 'a $name ${x}'", needle: "name", scope: "string.quoted.single.twinsync", not: ["meta.embedded"] },
      { source: "def s = '''a ${x}'''", needle: "x", scope: "string.quoted.triple.single.twinsync", not: ["meta.embedded"] },
    ]);
  });

  it("scopes escapes", () => {
    checkCases([
      { source: 'def s = "a\\nb"', needle: "\\n", scope: "constant.character.escape.twinsync" },
      { source: 'def s = "caf\\u00e9"', needle: "\\u00e9", scope: "constant.character.escape.twinsync" },
      { source: 'def s = "\\$5"', needle: "\\$", scope: "constant.character.escape.twinsync" },
      { source: "def s = 'it\\'s'", needle: "\\'", scope: "constant.character.escape.twinsync" },
      { source: 'def s = "\\101"', needle: "\\101", scope: "constant.character.escape.twinsync" },
      { source: 'def s = "\\q"', needle: "\\q", scope: "invalid.illegal.escape.twinsync" },
      { source: "def s = $/costs $$5/$", needle: "$$", scope: "constant.character.escape.twinsync" },
      { source: "def s = $/a $/ b/$", needle: "$/", occurrence: 1, scope: "constant.character.escape.twinsync" },
      { source: 'def s = "a $ b"', needle: "$", scope: "invalid.illegal.dollar.twinsync" },
    ]);
  });

  it("ends an unclosed single-line string at the line end", () => {
    checkCases([
      { source: 'def s = "open\ndef t = 1', needle: "t", scope: "variable.other.definition.twinsync", not: ["string"] },
      { source: "def s = 'open\ndef t = 1", needle: "t", scope: "variable.other.definition.twinsync", not: ["string"] },
      { source: 'def s = issue."open\ndef t = 1', needle: "t", scope: "variable.other.definition.twinsync", not: ["string", "variable.other.property"] },
      // A backslash before the line break continues the string on the next line.
      { source: 'def s = "one \\\ntwo"', needle: "two", scope: "string.quoted.double.twinsync" },
    ]);
  });

  it("scopes quoted property names after a dot", () => {
    checkCases([
      { source: 'issue.customFields."Story Points".value = 1', needle: "Story", scope: "variable.other.property.quoted.twinsync" },
      { source: 'issue.customFields."Story Points".value = 1', needle: "value", scope: "variable.other.property.twinsync", not: ["string"] },
      { source: "def id = workItem.'System.Id'", needle: "System", scope: "variable.other.property.quoted.twinsync" },
      { source: 'def v = replica?."Team"', needle: "Team", scope: "variable.other.property.quoted.twinsync" },
      { source: 'def v = issue."${name}"', needle: "name", scope: "meta.embedded.line.twinsync" },
      { source: "def r = 'a'..'z'", needle: "z", scope: "string.quoted.single.twinsync", not: ["variable.other.property"] },
      { source: 'def v = ["x"]', needle: "x", scope: "string.quoted.double.twinsync", not: ["variable.other.property"] },
    ]);
  });
});

describe("labels, map keys and colons", () => {
  it("reads a pasted URL as a label and a comment", () => {
    checkCases([
      { source: "https://example.com/docs", needle: "https", scope: "entity.name.label.twinsync" },
      { source: "https://example.com/docs", needle: ":", scope: "punctuation.separator.label.twinsync" },
      { source: "https://example.com/docs", needle: "example", scope: "comment.line.double-slash.twinsync" },
      { source: "  http://intranet.local/a#b", needle: "intranet", scope: "comment.line.double-slash.twinsync" },
    ]);
  });

  it("tells labels from map keys and keywords", () => {
    checkCases([
      { source: "outer:\nfor (i in 1..3) {\n  continue outer\n}", needle: "outer", scope: "entity.name.label.twinsync" },
      { source: "outer:\nfor (i in 1..3) {\n  continue outer\n}", needle: "outer", occurrence: 1, scope: "entity.name.label.twinsync" },
      { source: "def m = [\n  key: 1,\n]", needle: "key", scope: "support.type.property-name.map-key.twinsync", not: ["entity.name.label"] },
      { source: "def m = [in: 1, default: 2]", needle: "default", scope: "support.type.property-name.map-key.twinsync" },
      { source: "foo(\n  name: 1)", needle: "name", scope: "support.type.property-name.map-key.twinsync" },
      { source: 'def m = ["a": 1]', needle: ":", scope: "punctuation.separator.key-value.twinsync" },
      { source: "def m = [:]", needle: ":", scope: "punctuation.separator.key-value.twinsync" },
      { source: "def v = a ? b : c", needle: ":", scope: "keyword.operator.ternary.twinsync" },
      { source: "def v = f(a ? b : c)", needle: "b", scope: "variable.other.readwrite.twinsync", not: ["support.type.property-name"] },
      { source: 'switch (x) {\n  case "a":\n    break\n  default:\n    break\n}', needle: ":", scope: "punctuation.separator.case.twinsync" },
      { source: 'switch (x) {\n  case "a":\n    break\n  default:\n    break\n}', needle: "default", scope: "keyword.control.conditional.default.twinsync" },
      // A Groovy 4 arrow case ends the case clause at `->`, so the next line is a plain statement again.
      { source: 'def r = switch (x) {\n  case 1 -> "one"\n  default -> "other"\n}\nnext: x', needle: "next", scope: "entity.name.label.twinsync" },
    ]);
  });
});

describe("numbers", () => {
  it("scopes each literal form", () => {
    checkCases([
      { source: "def n = 42", needle: "42", scope: "constant.numeric.integer.twinsync" },
      { source: "def n = 1_000L", needle: "1_000", scope: "constant.numeric.integer.twinsync" },
      { source: "def n = 1_000L", needle: "L", scope: "storage.type.numeric.twinsync" },
      { source: "def n = 0x1F", needle: "0x1F", scope: "constant.numeric.hex.twinsync" },
      { source: "def n = 017", needle: "017", scope: "constant.numeric.octal.twinsync" },
      { source: "def n = 0b1011", needle: "0b1011", scope: "constant.numeric.binary.twinsync" },
      { source: "def n = 1.5", needle: "1.5", scope: "constant.numeric.decimal.twinsync" },
      { source: "def n = 1.5e-3d", needle: "1.5e-3", scope: "constant.numeric.decimal.twinsync" },
      { source: "def n = 5f", needle: "5", scope: "constant.numeric.decimal.twinsync" },
      { source: "def n = 1..10", needle: "..", scope: "keyword.operator.range.twinsync" },
      { source: "def n = 1..10", needle: "10", scope: "constant.numeric.integer.twinsync" },
      { source: "def n = 1.5.abs()", needle: "abs", scope: "entity.name.function.member.twinsync" },
      { source: "def n = 12abc", needle: "12abc", scope: "invalid.illegal.numeric.twinsync" },
      { source: "def n = x1", needle: "x1", scope: "variable.other.readwrite.twinsync", not: ["constant"] },
    ]);
  });
});

describe("comments", () => {
  it("scopes line, block and doc comments", () => {
    checkCases([
      { source: "def a = 1 // note", needle: "note", scope: "comment.line.double-slash.twinsync" },
      { source: "/* a\n b */ def a = 1", needle: "b", scope: "comment.block.twinsync" },
      { source: "/* a\n b */ def a = 1", needle: "a", occurrence: 1, scope: "variable.other.definition.twinsync" },
      { source: "/**\n * @param x the x\n */", needle: "@param", scope: "keyword.other.documentation.tag.twinsync" },
      { source: "/**\n * text\n */", needle: "text", scope: "comment.block.documentation.twinsync" },
      { source: "/**/ def a = 1", needle: "/**/", scope: "comment.block.twinsync", not: ["comment.block.documentation"] },
      { source: 'def u = "http://x" // c', needle: "x", scope: "string.quoted.double.twinsync", not: ["comment"] },
    ]);
  });

  it("reads a shebang only on the first line", () => {
    checkCases([
      { source: "#!/usr/bin/env groovy\ndef a = 1", needle: "usr", scope: "comment.line.shebang.twinsync" },
      { source: "def a = 1\n#!/usr/bin/env groovy", needle: "usr", not: ["comment"] },
    ]);
  });
});

describe("keywords, names and types", () => {
  it("scopes keywords and operators", () => {
    checkCases([
      { source: "if (a) { return } else { throw e }", needle: "if", scope: "keyword.control.conditional.twinsync" },
      { source: "if (a) { return } else { throw e }", needle: "return", scope: "keyword.control.flow.twinsync" },
      { source: "if (a) { return } else { throw e }", needle: "throw", scope: "keyword.control.exception.twinsync" },
      { source: "for (x in list) {}", needle: "in", scope: "keyword.operator.in.twinsync" },
      { source: "def b = x !in list", needle: "!in", scope: "keyword.operator.in.twinsync" },
      { source: "def b = x !instanceof String", needle: "!instanceof", scope: "keyword.operator.instanceof.twinsync" },
      { source: "def s = x as String", needle: "as", scope: "keyword.operator.as.twinsync" },
      { source: "def d = new Date()", needle: "new", scope: "keyword.operator.new.twinsync" },
      { source: "def b = [true, false, null]", needle: "null", scope: "constant.language.null.twinsync" },
      { source: "def v = a?.b", needle: "?.", scope: "punctuation.accessor.optional.twinsync" },
      { source: "def v = a*.b", needle: "*.", scope: "punctuation.accessor.spread.twinsync" },
      { source: "def v = a.&b", needle: ".&", scope: "punctuation.accessor.method-pointer.twinsync" },
      { source: "def v = a ?: b", needle: "?:", scope: "keyword.operator.elvis.twinsync" },
      { source: "def v = a =~ b", needle: "=~", scope: "keyword.operator.regex.twinsync" },
      { source: "def v = a ==~ b", needle: "==~", scope: "keyword.operator.regex.twinsync" },
      { source: "def v = a <=> b", needle: "<=>", scope: "keyword.operator.comparison.twinsync" },
      { source: "def v = a === b", needle: "===", scope: "keyword.operator.comparison.twinsync" },
      { source: "def v = a..<b", needle: "..<", scope: "keyword.operator.range.twinsync" },
      { source: "def v = a ** b", needle: "**", scope: "keyword.operator.arithmetic.twinsync" },
      { source: "v **= 2", needle: "**=", scope: "keyword.operator.assignment.compound.twinsync" },
      { source: "v >>>= 2", needle: ">>>=", scope: "keyword.operator.assignment.compound.twinsync" },
      { source: "v ?= 2", needle: "?=", scope: "keyword.operator.assignment.compound.twinsync" },
    ]);
  });

  it("reads keywords after a dot as member names", () => {
    checkCases([
      { source: "def c = value.class", needle: "class", scope: "variable.other.property.twinsync", not: ["storage", "keyword"] },
      { source: "def c = map.in", needle: "in", scope: "variable.other.property.twinsync", not: ["keyword"] },
      { source: "def c = x.issue", needle: "issue", scope: "variable.other.property.twinsync", not: ["support"] },
    ]);
  });

  it("scopes context variables, helpers and calls", () => {
    checkCases([
      { source: "if (firstSync) {}", needle: "firstSync", scope: "support.variable.context.twinsync" },
      { source: "workItem.summary = replica.summary", needle: "workItem", scope: "support.variable.context.twinsync" },
      { source: "issue.comments = commentHelper.mergeComments(issue, replica)", needle: "commentHelper", scope: "support.class.helper.twinsync" },
      { source: "issue.comments = commentHelper.mergeComments(issue, replica)", needle: "mergeComments", scope: "entity.name.function.member.twinsync" },
      { source: "store(issue)", needle: "store", scope: "support.function.context.twinsync" },
      { source: 'log.info "done"', needle: "info", scope: "entity.name.function.member.twinsync" },
      { source: "def v = x.info + 1", needle: "info", scope: "variable.other.property.twinsync" },
      { source: "def x = issuer", needle: "issuer", scope: "variable.other.readwrite.twinsync", not: ["support"] },
      { source: "def v = mapStatus(name)", needle: "mapStatus", scope: "entity.name.function.call.twinsync" },
      { source: "def mapStatus(String name) {\n}", needle: "mapStatus", scope: "entity.name.function.definition.twinsync" },
      { source: "def mapStatus(String name) {\n}", needle: "name", scope: "variable.parameter.twinsync" },
      { source: "list.each { item -> item }", needle: "item", scope: "variable.parameter.twinsync" },
      { source: "list.each { it.x }", needle: "it", scope: "variable.language.it.twinsync" },
    ]);
  });

  it("scopes types and declarations", () => {
    checkCases([
      { source: "String s = 'x'", needle: "String", scope: "entity.name.type.twinsync" },
      { source: "String s = 'x'", needle: "s", scope: "variable.other.definition.twinsync" },
      { source: "List<String> l = []", needle: "<", scope: "punctuation.definition.typeparameters.begin.twinsync" },
      { source: "Map<String, Object> m = [:]", needle: "Object", scope: "entity.name.type.twinsync" },
      { source: "Map<String, Object> m = [:]", needle: "m", scope: "variable.other.definition.twinsync" },
      { source: "def b = a < c && d > e", needle: "<", scope: "keyword.operator.comparison.twinsync" },
      { source: "def d = new java.util.Date()", needle: "util", scope: "entity.name.namespace.twinsync" },
      { source: "import groovy.json.JsonSlurper", needle: "JsonSlurper", scope: "entity.name.type.twinsync" },
      { source: "def n = Integer.MAX_VALUE", needle: "Integer", scope: "entity.name.type.twinsync" },
      { source: "int count = 0", needle: "int", scope: "storage.type.primitive.twinsync" },
      { source: "@Field def x = 1", needle: "Field", scope: "storage.type.annotation.twinsync" },
    ]);
  });
});
