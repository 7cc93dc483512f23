/**
 * Tests of language-configuration.json: its regexes compile as VS Code
 * compiles them (JavaScript RegExp), and they match the lines they are meant
 * for and not others.
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  previousLineText?: string;
  action: { indent: string; appendText?: string; removeText?: number };
}

interface AutoClosingPair {
  open: string;
  close: string;
  notIn?: string[];
}

interface LanguageConfiguration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: [string, string][];
  colorizedBracketPairs: [string, string][];
  autoClosingPairs: AutoClosingPair[];
  autoCloseBefore: string;
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  wordPattern: string;
  indentationRules: Record<string, string>;
  onEnterRules: OnEnterRule[];
}

const PATH = fileURLToPath(new URL("../language-configuration.json", import.meta.url));
// JSON.parse rejects comments and trailing commas, which VS Code tolerates, so the file stays plain JSON.
const config = JSON.parse(readFileSync(PATH, "utf8")) as LanguageConfiguration;

/** The keys of the editor's LanguageConfiguration interface (Monaco editor API docs). VS Code ignores a misspelt key without a warning. */
const KNOWN_KEYS = new Set([
  "comments", "brackets", "colorizedBracketPairs", "autoClosingPairs", "autoCloseBefore", "surroundingPairs",
  "folding", "wordPattern", "indentationRules", "onEnterRules",
]);

const increase = new RegExp(config.indentationRules.increaseIndentPattern!);
const decrease = new RegExp(config.indentationRules.decreaseIndentPattern!);
const indentNext = new RegExp(config.indentationRules.indentNextLinePattern!);
const unIndented = new RegExp(config.indentationRules.unIndentedLinePattern!);

/** Returns the first onEnter rule that applies, as VS Code picks it: in order, all given conditions matching. */
function onEnterRuleFor(beforeText: string, afterText = "", previousLineText = ""): OnEnterRule | undefined {
  return config.onEnterRules.find(
    (rule) =>
      new RegExp(rule.beforeText).test(beforeText) &&
      (rule.afterText === undefined || new RegExp(rule.afterText).test(afterText)) &&
      (rule.previousLineText === undefined || new RegExp(rule.previousLineText).test(previousLineText)),
  );
}

/** Returns the words the word pattern finds in a line, as VS Code does for double-click and word navigation. */
function words(line: string): string[] {
  return [...line.matchAll(new RegExp(config.wordPattern, "g"))].map((match) => match[0]);
}

describe("language configuration", () => {
  it("has only known keys", () => {
    expect(Object.keys(config).filter((key) => !KNOWN_KEYS.has(key))).toEqual([]);
  });

  it("compiles every regex", () => {
    const patterns = [
      config.wordPattern,
      config.folding.markers.start,
      config.folding.markers.end,
      ...Object.values(config.indentationRules),
      ...config.onEnterRules.flatMap((rule) => [rule.beforeText, rule.afterText, rule.previousLineText]),
    ].filter((pattern): pattern is string => pattern !== undefined);
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) {
      expect(() => new RegExp(pattern), pattern).not.toThrow();
    }
  });

  it("declares Groovy comments", () => {
    expect(config.comments.lineComment).toBe("//");
    expect(config.comments.blockComment).toEqual(["/*", "*/"]);
  });

  it("pairs every bracket", () => {
    const opens = config.autoClosingPairs.map((pair) => pair.open);
    const surrounding = config.surroundingPairs.map((pair) => pair[0]);
    for (const [open, close] of config.brackets) {
      expect(opens, `auto-closing ${open}`).toContain(open);
      expect(surrounding, `surrounding ${open}`).toContain(open);
      expect(config.autoClosingPairs.find((pair) => pair.open === open)?.close).toBe(close);
    }
    expect(config.colorizedBracketPairs).toEqual(config.brackets);
  });

  it("closes quotes outside strings and comments", () => {
    const allowed = new Set(["string", "comment"]);
    for (const pair of config.autoClosingPairs) {
      for (const scope of pair.notIn ?? []) expect(allowed.has(scope), `${pair.open}: notIn ${scope}`).toBe(true);
    }
    for (const quote of ["'", '"']) {
      const pair = config.autoClosingPairs.find((p) => p.open === quote);
      expect(pair?.notIn).toEqual(["string", "comment"]);
    }
    // `/` is division far more often than a slashy string start, so it must not auto-close.
    expect(config.autoClosingPairs.map((p) => p.open)).not.toContain("/");
    expect(config.surroundingPairs).toContainEqual(["/", "/"]);
  });
});

describe("word pattern", () => {
  it("finds Groovy names and numbers", () => {
    expect(words("issue.summary = replica.summary")).toEqual(["issue", "summary", "replica", "summary"]);
    expect(words("def firstSync_2 = café")).toEqual(["def", "firstSync_2", "café"]);
    expect(words("[1_000L, 0x1F, 0b101, 1.5e-3d, 2.50G, 7]")).toEqual(["1_000L", "0x1F", "0b101", "1.5e-3d", "2.50G", "7"]);
    expect(words('customFields."Story Points"')).toEqual(["customFields", "Story", "Points"]);
    expect(words('"$name and ${issue.key}"')).toEqual(["name", "and", "issue", "key"]);
  });
});

describe("indentation rules", () => {
  it("indents after an opener", () => {
    for (const line of ["if (firstSync) {", "def map = [", "issue.setStatus(", "} else {", "list.collect { c ->", "def f = { a, b -> // pair", '    case "Open":', "    default:"]) {
      expect(increase.test(line), line).toBe(true);
    }
  });

  it("keeps the indent elsewhere", () => {
    for (const line of ["issue.summary = replica.summary", "// if (x) {", " * a doc line (", "def s = \"{\"", "}", "foo(a)"]) {
      expect(increase.test(line), line).toBe(false);
    }
  });

  it("outdents a closer", () => {
    for (const line of ["}", "    ]", "  )", "} else {", "})"]) {
      expect(decrease.test(line), line).toBe(true);
    }
    for (const line of ["x = 1", "  foo()", '  "}"']) {
      expect(decrease.test(line), line).toBe(false);
    }
  });

  it("indents one line after a braceless if", () => {
    for (const line of ["if (x)", "  else", "} else if (a == b)", "for (i in list)", "while (busy) // wait"]) {
      expect(indentNext.test(line), line).toBe(true);
    }
    for (const line of ["if (x) {", "if (x) return", "elsewhere()"]) {
      expect(indentNext.test(line), line).toBe(false);
    }
  });

  it("ignores doc comment lines", () => {
    expect(unIndented.test(" * @param name")).toBe(true);
    expect(unIndented.test("   */")).toBe(true);
    expect(unIndented.test("  a * b")).toBe(false);
  });
});

describe("on-enter rules", () => {
  it("continues doc comments", () => {
    expect(onEnterRuleFor("/**", " */")?.action).toEqual({ indent: "indentOutdent", appendText: " * " });
    expect(onEnterRuleFor("    /** Maps a status")?.action).toEqual({ indent: "none", appendText: " * " });
    expect(onEnterRuleFor(" * first line", "", "/**")?.action).toEqual({ indent: "none", appendText: "* " });
    expect(onEnterRuleFor("     * @param x", "", "     * text")?.action).toEqual({ indent: "none", appendText: "* " });
  });

  it("continues block comments", () => {
    expect(onEnterRuleFor("/* a note")?.action).toEqual({ indent: "none", appendText: " * " });
    expect(onEnterRuleFor(" * more", "", "/* a note")?.action).toEqual({ indent: "none", appendText: "* " });
  });

  it("stops after a comment ends", () => {
    expect(onEnterRuleFor(" */")?.action).toEqual({ indent: "none", removeText: 1 });
    expect(onEnterRuleFor("/** one line */")).toBeUndefined();
    expect(onEnterRuleFor("/* one line */")).toBeUndefined();
    expect(onEnterRuleFor("def total = a * b")).toBeUndefined();
    expect(onEnterRuleFor("  * 2", "", "def total = a")).toBeUndefined();
  });
});

describe("folding markers", () => {
  it("match region comments", () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    expect(start.test("// region status mapping")).toBe(true);
    expect(start.test("  //#region")).toBe(true);
    expect(end.test("// endregion")).toBe(true);
    expect(start.test("def region = 1")).toBe(false);
  });
});
