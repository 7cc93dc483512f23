/**
 * `parse()`: rule text to syntax tree plus diagnostics. Any input yields a
 * tree (with `ErrorExpression` placeholders where the text was broken) and the
 * problems found. It does not throw: errors from Chevrotain and stack overflows
 * become diagnostics, and a fuzz test in packages/compiler/test/parser checks it.
 */

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import { diagnostic, type Diagnostic } from "../diagnostics.ts";
import type { LineMap } from "../line-map.ts";
import type * as A from "./ast.ts";
import { lex, type Comment, type LexResult } from "./lexer.ts";
import { describe, RuleParser } from "./parser.ts";
import * as T from "./tokens.ts";

export interface ParseResult {
  script: A.Script;
  diagnostics: Diagnostic[];
  comments: Comment[];
  lineMap: LineMap;
}

const closerFor = new Map<TokenType, string>([
  [T.LParen, "')'"],
  [T.LBracket, "']'"],
  [T.SafeIndex, "']'"],
  [T.LBrace, "'}'"],
]);

/** Context the message provider needs: the tokens of the text being parsed. */
let current: LexResult | null = null;

function tokenIndexAt(tokens: IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = tokens[mid]!.startOffset;
    if (start === offset) return mid;
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Finds the bracket that is open where `actual` appears, for "to close '(' opened at 3:14". */
function openBracketAt(actual: IToken): IToken | undefined {
  if (current === null) return undefined;
  const tokens = current.tokens;
  let index: number;
  if (actual.tokenType === EOF) {
    // At the end, the innermost bracket still open is found by replaying the stack.
    const stack: number[] = [];
    tokens.forEach((tok, i) => {
      if (closerFor.has(tok.tokenType)) stack.push(i);
      else if (tok.tokenType === T.RParen || tok.tokenType === T.RBracket || tok.tokenType === T.RBrace) stack.pop();
    });
    index = stack.length > 0 ? stack[stack.length - 1]! : -1;
    return index >= 0 ? tokens[index] : undefined;
  }
  const at = tokenIndexAt(tokens, actual.startOffset);
  if (at < 0) return undefined;
  index = current.enclosingBracket[at]!;
  return index >= 0 ? tokens[index] : undefined;
}

function position(tok: IToken): string {
  return `${tok.startLine}:${tok.startColumn}`;
}

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    const label = expected.LABEL ?? expected.name;
    if (expected === T.RParen || expected === T.RBracket || expected === T.RBrace) {
      const open = openBracketAt(actual);
      if (open !== undefined && closerFor.get(open.tokenType) === label) {
        return `expected ${label} to close '${open.image}' opened at ${position(open)}, but found ${describe(actual)}`;
      }
    }
    return `expected ${label} but found ${describe(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describe(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const tok = actual[0]!;
    const expected = ruleNames[ruleName] ?? "an expression";
    return `expected ${expected} but found ${describe(tok)}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    const tok = actual[0]!;
    const expected = ruleNames[ruleName] ?? "an expression";
    return `expected ${expected} but found ${describe(tok)}`;
  },
};

/** The construct the user should have written where a rule failed, in the user's terms, by rule name. */
const ruleNames: Record<string, string> = {
  statement: "a statement",
  statementList: "a statement",
  body: "a statement",
  expression: "an expression",
  primary: "an expression",
  prefix: "an expression",
  unary: "an expression",
  postfix: "an expression",
  type: "a type name",
  memberAccess: "a property or method name after '.'",
  mapEntry: "a map key",
  switchCase: "'case' or 'default'",
  catchClause: "'catch'",
  forStatement: "a for loop header",
};

let sharedParser: RuleParser | null = null;

function parser(): RuleParser {
  // Building the parser runs Chevrotain's grammar analysis, so one instance is reused.
  sharedParser ??= new RuleParser(messages);
  return sharedParser;
}

/** Parses rule text into a tree and diagnostics. */
export function parse(text: string): ParseResult {
  const lexed = lex(text);
  const { script, diagnostics, comments } = parseTokens(text, lexed);
  const tree = script ?? { kind: "Script", body: [], start: 0, end: text.length };
  if (diagnostics.some((d) => d.code === "syntax-error")) repairRanges(tree);
  return { script: tree, diagnostics, comments, lineMap: lexed.lineMap };
}

/**
 * Parses the tokens of `text`, or of a slice of it that was lexed with its
 * offset and the whole text's line map, as a statement list. GString parts
 * are sliced from `text` by their absolute offsets. Diagnostics come back
 * sorted and deduplicated, comments sorted.
 */
export function parseTokens(text: string, lexed: LexResult): { script: A.Script | undefined; diagnostics: Diagnostic[]; comments: Comment[] } {
  const diagnostics: Diagnostic[] = [...lexed.diagnostics];
  const comments: Comment[] = [...lexed.comments];
  const p = parser();
  p.pendingGStrings = [];
  const script = runRule(p, lexed, diagnostics, () => p.script());

  // Interpolated GString parts are parsed after the enclosing text, with the same parser.
  for (let i = 0; i < p.pendingGStrings.length; i++) {
    const { node, payload } = p.pendingGStrings[i]!;
    for (const part of payload.expressions) {
      if (part.tooDeep) {
        node.expressions.push({ kind: "ErrorExpression", start: part.start, end: part.end });
        continue;
      }
      const slice = text.slice(part.start, part.end);
      const partLex = lex(slice, part.start, lexed.lineMap, payload.depth + 1);
      // Pushed one by one: spreading a part with a huge number of problems into push() overflows.
      for (const d of partLex.diagnostics) diagnostics.push(d);
      // The document lexer skipped over the part, so its comments are only found here.
      for (const c of partLex.comments) comments.push(c);
      const firstOfPart = diagnostics.length;
      const expression = partLex.tokens.length === 0
        ? ({ kind: "NullLiteral", start: part.start, end: part.end } as A.Expression)
        : runRule(p, partLex, diagnostics, () => p.interpolation());
      node.expressions.push(expression ?? { kind: "ErrorExpression", start: part.start, end: part.end });
      // The part's own parse ends at its closing `}`, not at the end of the file.
      for (let i = firstOfPart; i < diagnostics.length; i++) {
        const d = diagnostics[i]!;
        if (part.braced) d.message = d.message.replace(/found end of file$/, "found '}'");
      }
    }
  }
  p.pendingGStrings = [];
  diagnostics.sort((a, b) => a.start - b.start);
  comments.sort((a, b) => a.start - b.start);
  return { script, diagnostics: dedupe(diagnostics), comments };
}

/**
 * Moves the end of every node that ends before it starts up to its start.
 * Recovery inserts missing tokens without width or place in the token stream,
 * so a node that starts at the next token (`here()`) and ends at the last
 * consumed one (`last()`) can come out reversed.
 */
function repairRanges(root: unknown): void {
  // An explicit stack, because a long operator chain makes a tree deeper than the call stack allows.
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (const item of node) pending.push(item);
      continue;
    }
    if (node === null || typeof node !== "object" || Object.isFrozen(node)) continue;
    const record = node as Record<string, unknown>;
    if (typeof record.start === "number" && typeof record.end === "number" && record.end < record.start) {
      record.end = record.start;
    }
    for (const value of Object.values(record)) pending.push(value);
  }
}

function runRule<R>(p: RuleParser, lexed: LexResult, diagnostics: Diagnostic[], entry: () => R): R | undefined {
  current = lexed;
  p.problems = [];
  p.input = lexed.tokens;
  let result: R | undefined;
  try {
    result = entry();
  } catch (err) {
    // Chevrotain recovers from syntax errors; anything thrown here is a parser bug or a JS stack overflow on deep nesting.
    const at = lexed.tokens[0]?.startOffset ?? 0;
    if (err instanceof RangeError) {
      diagnostics.push(diagnostic("nesting-too-deep", "the rule nests expressions or blocks too deeply to parse; split long expressions with local variables", at, at));
    } else {
      diagnostics.push(diagnostic("syntax-error", `internal parser error: ${(err as Error).message}`, at, at));
    }
  } finally {
    current = null;
  }
  const end = lexed.tokens.length > 0 ? lexed.tokens[lexed.tokens.length - 1]!.endOffset! + 1 : 0;
  for (const e of p.errors) {
    const tok = e.token;
    const isEof = tok.tokenType === EOF || !Number.isFinite(tok.startOffset);
    const start = isEof ? end : tok.startOffset;
    const stop = isEof ? end : tok.endOffset! + 1;
    diagnostics.push(diagnostic("syntax-error", e.message, start, stop));
  }
  for (const problem of p.problems) diagnostics.push(diagnostic(problem.code, problem.message, problem.start, problem.end));
  return result;
}

/** Drops a diagnostic that repeats the code and start of the one before it. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.start === d.start && prev.code === d.code) continue;
    out.push(d);
  }
  return out;
}
