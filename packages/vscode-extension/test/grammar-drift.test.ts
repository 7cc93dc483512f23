/**
 * Keeps the TextMate grammar in step with the rest of the project.
 * - Its lists of context variables, helpers and context functions must equal
 *   the runtime's RULE_VARIABLES.
 * - On every rule in examples/, the differential corpus and the grammar
 *   fixtures, the grammar must classify strings, comments, numbers, names and
 *   `/` the way the project's own lexer does.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_VARIABLES } from "@twinsync/runtime";
import type { IToken, TokenType } from "chevrotain";
import type { IGrammar } from "vscode-textmate";
import { beforeAll, describe, expect, it } from "vitest";
// The lexer is internal to the compiler package, but its tokens are the reference for this cross-check.
import { lex } from "../../compiler/src/syntax/lexer.ts";
import * as T from "../../compiler/src/syntax/tokens.ts";
import { GRAMMAR_PATH, loadGrammar, positionOf, scopesAt, tokenizeDocument, type ScopedToken } from "./textmate.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const rawGrammar = JSON.parse(readFileSync(GRAMMAR_PATH, "utf8")) as { repository: Record<string, { match?: string; name?: string }> };

let grammar: IGrammar;
beforeAll(async () => {
  grammar = await loadGrammar();
});

/** Returns the names in a repository rule whose match is `(?:a|b|c)` followed by a word-end lookahead. */
function listedNames(ruleName: string): string[] {
  const match = rawGrammar.repository[ruleName]?.match;
  const list = match === undefined ? null : /^\(\?:([\w|]+)\)/.exec(match);
  if (list === null) throw new Error(`repository rule '${ruleName}' does not start with a (?:name|name) list: ${match}`);
  return list[1]!.split("|").sort();
}

const helperNames = RULE_VARIABLES.filter((v) => v.type.kind === "Helper").map((v) => v.name).sort();
const functionNames = RULE_VARIABLES.filter((v) => v.type.kind === "Closure").map((v) => v.name).sort();
const contextNames = RULE_VARIABLES.filter((v) => v.type.kind !== "Helper" && v.type.kind !== "Closure").map((v) => v.name).sort();

describe("grammar lists match the runtime", () => {
  it("runtime has names of each kind", () => {
    expect(helperNames).toContain("commentHelper");
    expect(functionNames).toContain("store");
    expect(contextNames).toContain("firstSync");
  });

  it("context variables match RULE_VARIABLES", () => {
    expect(listedNames("context-variables")).toEqual(contextNames);
  });

  it("helpers match RULE_VARIABLES", () => {
    expect(listedNames("helpers")).toEqual(helperNames);
  });

  it("context functions match RULE_VARIABLES", () => {
    expect(listedNames("context-functions")).toEqual(functionNames);
  });

  it("each variable gets its scope in code and GStrings", () => {
    const expected = [
      ...contextNames.map((name) => [name, "support.variable.context.twinsync"]),
      ...helperNames.map((name) => [name, "support.class.helper.twinsync"]),
      ...functionNames.map((name) => [name, "support.function.context.twinsync"]),
    ];
    for (const [name, scope] of expected) {
      const inCode = `x = ${name}.y`;
      const inString = `x = "a $${name}.y b"`;
      expect(scopesAt(tokenizeDocument(grammar, inCode), 1, 5), `${name} in ${inCode}`).toContain(scope);
      expect(scopesAt(tokenizeDocument(grammar, inString), 1, 9), `${name} in ${inString}`).toContain(scope);
    }
  });
});

function groovyFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...groovyFiles(path));
    else if (name.endsWith(".groovy")) found.push(path);
  }
  return found;
}

const corpus = [
  ...groovyFiles(join(ROOT, "examples")),
  ...groovyFiles(join(ROOT, "test/differential/corpus")),
  ...groovyFiles(join(ROOT, "packages/vscode-extension/test/fixtures/grammar")),
];

const stringTypes = new Set<TokenType>([T.StringLiteral, T.GStringLiteral]);
const numberTypes = new Set<TokenType>([T.IntegerLiteral, T.DecimalLiteral]);
const nameTypes = new Set<TokenType>([T.Identifier, ...T.keywords.values()]);

/** The scope family a lexer token must start with in the grammar, or "code" for names that must be outside strings and comments. */
function expectedFamily(token: IToken): string | undefined {
  if (stringTypes.has(token.tokenType)) return "string.";
  if (numberTypes.has(token.tokenType)) return "constant.numeric.";
  if (token.tokenType === T.Slash) return "keyword.operator.arithmetic.";
  if (token.tokenType === T.punctuators.get("/=")) return "keyword.operator.assignment.compound.";
  if (nameTypes.has(token.tokenType)) return "code";
  return undefined;
}

/** Lists where the grammar disagrees with the lexer in one file, as `file:line:column` messages. */
function disagreements(file: string, text: string, lines: ScopedToken[][]): string[] {
  const problems: string[] = [];
  const check = (offset: number, family: string, image: string): void => {
    const { line, column } = positionOf(text, offset);
    const scopes = scopesAt(lines, line, column) ?? [];
    const ok = family === "code"
      ? !scopes.some((s) => s.startsWith("string.") || s.startsWith("comment."))
      : scopes.some((s) => s.startsWith(family));
    if (!ok) problems.push(`${file}:${line}:${column} ${JSON.stringify(image)} is lexed as ${family} but scoped [${scopes.join(", ")}]`);
  };

  const lexed = lex(text);
  for (const token of lexed.tokens) {
    const family = expectedFamily(token);
    if (family === undefined) continue;
    check(token.startOffset, family, token.image);
    // A string's last character is checked too, so a string that ends early in the grammar shows up.
    if (family === "string.") check(token.endOffset!, family, token.image);
  }
  for (const comment of lexed.comments) {
    check(comment.start, "comment.", text.slice(comment.start, comment.end));
  }
  return problems;
}

describe("grammar agrees with the lexer", () => {
  it("finds the corpus", () => {
    expect(corpus.length).toBeGreaterThan(150);
  });

  it("classifies strings, comments, numbers, names and division alike", () => {
    const problems: string[] = [];
    let checkedFiles = 0;
    for (const file of corpus) {
      const text = readFileSync(file, "utf8");
      // Files the lexer rejects have no reference tokenization to compare with.
      if (lex(text).diagnostics.some((d) => d.severity === "error")) continue;
      checkedFiles++;
      problems.push(...disagreements(file.slice(ROOT.length), text, tokenizeDocument(grammar, text)));
    }
    expect(checkedFiles).toBeGreaterThan(150);
    expect(problems.slice(0, 20).join("\n")).toBe("");
  });
});
