/**
 * Tests of snippets/twinsync.code-snippets. Each body is expanded the way VS
 * Code inserts it with every placeholder left at its default, then parsed and
 * checked with the project's own parser and checker.
 *
 * Groovy uses `$` for GStrings and dollar-slashy strings, and VS Code reads an
 * unescaped `$name` in a snippet as a snippet variable, which it replaces by
 * the variable's name without a warning. The expander therefore rejects every
 * snippet variable and every `$` that is neither a tabstop nor escaped (`\$`).
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkRule, parse, type Direction } from "@twinsync/compiler";
import { describe, expect, it } from "vitest";

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const PATH = fileURLToPath(new URL("../snippets/twinsync.code-snippets", import.meta.url));
const snippets = JSON.parse(readFileSync(PATH, "utf8")) as Record<string, Snippet>;

/**
 * Expands a snippet body with each tabstop at its default: a placeholder's
 * text, a choice's first option, and for a bare `$1` or `${1}` the default
 * that another occurrence of the same tabstop gives. Throws on snippet
 * variables, unescaped `$` and unclosed placeholders.
 */
function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const mirrors: { marker: string; tabstop: string }[] = [];
  let pos = 0;

  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos} of snippet body: ${body}`);
  };

  // Parses text up to one of `stops` (unescaped) and returns it expanded. Mirrors become markers that are filled in at the end.
  const parseText = (stops: string): string => {
    let out = "";
    while (pos < body.length && !stops.includes(body[pos]!)) {
      const ch = body[pos]!;
      if (ch === "\\" && pos + 1 < body.length && "$}\\".includes(body[pos + 1]!)) {
        out += body[pos + 1];
        pos += 2;
      } else if (ch === "$") {
        out += parseDollar();
      } else {
        out += ch;
        pos++;
      }
    }
    return out;
  };

  const parseDollar = (): string => {
    const bare = /^\$(\d+)/.exec(body.slice(pos));
    if (bare !== null) {
      pos += bare[0].length;
      return mirror(bare[1]!);
    }
    const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(pos));
    if (braced === null) {
      const variable = /^\$\{?([A-Za-z_]\w*)/.exec(body.slice(pos));
      return fail(variable === null ? "unescaped '$' (write '\\$' for a dollar sign)" : `snippet variable '${variable[1]}' (write '\\$' for a Groovy '$')`);
    }
    const tabstop = braced[1]!;
    pos += braced[0].length;
    if (braced[2] === "}") return mirror(tabstop);
    if (braced[2] === ":") {
      const text = parseText("}");
      if (body[pos] !== "}") fail(`placeholder \${${tabstop}: is not closed`);
      pos++;
      defaults.set(tabstop, text);
      return text;
    }
    const choices = /^([^|]*)\|\}/.exec(body.slice(pos));
    if (choices === null) return fail(`choice \${${tabstop}| is not closed with '|}'`);
    pos += choices[0].length;
    const first = choices[1]!.split(/(?<!\\),/)[0]!.replace(/\\([,|\\])/g, "$1");
    defaults.set(tabstop, first);
    return first;
  };

  const mirror = (tabstop: string): string => {
    const marker = `\u0000${mirrors.length}\u0000`;
    mirrors.push({ marker, tabstop });
    return marker;
  };

  let text = parseText("");
  for (const { marker, tabstop } of mirrors) {
    text = text.replace(marker, defaults.get(tabstop) ?? "");
  }
  return text;
}

const RULE_START = 'if (firstSync) {\n    issue.projectKey = "SUP"\n    issue.typeName = "Task"\n}\n';

/** Returns the directions a snippet is written for, taken from its name. */
function directionsOf(name: string): Direction[] {
  if (name.startsWith("Incoming")) return ["incoming"];
  if (name.startsWith("Outgoing")) return ["outgoing"];
  return ["incoming", "outgoing"];
}

describe("snippet expander", () => {
  it("fills placeholders with defaults", () => {
    expect(expandSnippet('issue.projectKey = "${1:SUP}"')).toBe('issue.projectKey = "SUP"');
    expect(expandSnippet("log.${1|info,warn|}(x)")).toBe("log.info(x)");
    expect(expandSnippet("a ${1:b ${2:c}} d")).toBe("a b c d");
    expect(expandSnippet("$0x")).toBe("x");
  });

  it("fills mirrors from their placeholder", () => {
    expect(expandSnippet("x.$1 = y.${1:summary}")).toBe("x.summary = y.summary");
    expect(expandSnippet("${1|a,b|} ${1}")).toBe("a a");
  });

  it("keeps escaped characters", () => {
    expect(expandSnippet('"\\${a} \\$b"')).toBe('"${a} $b"');
    expect(expandSnippet("${1:a\\}b}")).toBe("a}b");
    expect(expandSnippet("a } b")).toBe("a } b");
  });

  it("rejects variables and stray dollars", () => {
    expect(() => expandSnippet('"Hi $name"')).toThrow(/snippet variable 'name'/);
    expect(() => expandSnippet('"${issue.key}"')).toThrow(/snippet variable 'issue'/);
    expect(() => expandSnippet("$/a/$")).toThrow(/unescaped '\$'/);
    expect(() => expandSnippet("${1:open")).toThrow(/not closed/);
  });
});

describe("snippets", () => {
  const entries = Object.entries(snippets);

  it("has the common rule patterns", () => {
    const prefixes = entries.flatMap(([, snippet]) => snippet.prefix);
    for (const prefix of ["statusmap", "firstsync", "mergecomments", "userbyemail", "outgoing", "customfieldin", "customfieldout"]) {
      expect(prefixes).toContain(prefix);
    }
  });

  it("have unique prefixes and descriptions", () => {
    const prefixes = entries.flatMap(([, snippet]) => snippet.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const [name, snippet] of entries) {
      expect(snippet.description.length, `description of ${name}`).toBeGreaterThan(10);
      expect(Array.isArray(snippet.body), `body of ${name} is a list of lines`).toBe(true);
    }
  });

  for (const [name, snippet] of entries) {
    const body = ([] as string[]).concat(snippet.body).join("\n");

    it(`${name} parses`, () => {
      const source = expandSnippet(body);
      const errors = parse(source).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => d.message).join("\n"), source).toBe("");
    });

    for (const direction of directionsOf(name)) {
      it(`${name} checks as ${direction}`, () => {
        // A snippet is a fragment of a rule, so an incoming one is checked after the first-sync block a whole rule needs.
        const source = (direction === "incoming" ? RULE_START : "") + expandSnippet(body);
        const problems = checkRule(parse(source), { direction, source }).filter((d) => d.severity === "error" || d.severity === "warning");
        expect(problems.map((d) => `${d.code}: ${d.message}`).join("\n"), source).toBe("");
      });
    }
  }
});
