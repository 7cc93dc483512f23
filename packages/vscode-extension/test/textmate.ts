/**
 * Loads the extension's TextMate grammar with vscode-textmate and the
 * Oniguruma WebAssembly build that VS Code itself uses, and renders tokens
 * as readable scope snapshots for the grammar tests.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";

export const GRAMMAR_PATH = fileURLToPath(new URL("../syntaxes/twinsync.tmLanguage.json", import.meta.url));
export const ROOT_SCOPE = "source.twinsync";

/** One token of one line: 1-based line and column, its text and its scopes without the root scope. */
export interface ScopedToken {
  line: number;
  column: number;
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

async function createGrammar(): Promise<textmate.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== ROOT_SCOPE) return null;
      return textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, "utf8"), GRAMMAR_PATH);
    },
  });
  const grammar = await registry.loadGrammar(ROOT_SCOPE);
  if (grammar === null) throw new Error(`the grammar ${GRAMMAR_PATH} did not load as ${ROOT_SCOPE}`);
  return grammar;
}

/** Returns the grammar and loads it on the first call, so each test file reads the WebAssembly module and the grammar once. */
export function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= createGrammar();
  return grammarPromise;
}

/**
 * Tokenizes a whole document line by line, carrying the rule stack across
 * lines as VS Code does. Returns the tokens of each line, in order.
 */
export function tokenizeDocument(grammar: textmate.IGrammar, text: string): ScopedToken[][] {
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((lineText, index) => {
    const result = grammar.tokenizeLine(lineText, stack);
    stack = result.ruleStack;
    return result.tokens
      .map((token) => ({
        line: index + 1,
        column: token.startIndex + 1,
        text: lineText.slice(token.startIndex, token.endIndex),
        scopes: token.scopes.filter((scope) => scope !== ROOT_SCOPE),
      }))
      .filter((token) => token.text.length > 0);
  });
}

/**
 * Renders a document's tokens as a snapshot: each source line as `L<n>  <text>`,
 * then one token a line as `<column> "<text>"  <scopes>`. Whitespace tokens
 * that carry no scope of their own are left out.
 */
export function renderSnapshot(text: string, lines: ScopedToken[][]): string {
  const sourceLines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((tokens, index) => {
    out.push(`L${index + 1}  ${sourceLines[index]}`.trimEnd());
    for (const token of tokens) {
      if (token.scopes.length === 0 && token.text.trim() === "") continue;
      out.push(`    ${token.column} ${JSON.stringify(token.text)}  ${token.scopes.join(" ")}`.trimEnd());
    }
  });
  return out.join("\n") + "\n";
}

/** Returns the scopes of the token that covers a 1-based line and column, or undefined past the line's end. */
export function scopesAt(lines: ScopedToken[][], line: number, column: number): string[] | undefined {
  const tokens = lines[line - 1] ?? [];
  const token = tokens.find((t) => t.column <= column && column < t.column + t.text.length);
  return token?.scopes;
}

/** Converts a 0-based offset in `text` to a 1-based line and column. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
