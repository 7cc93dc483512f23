/**
 * Token scans that decide between Groovy constructs the LL(k) parser cannot
 * tell apart by a fixed number of tokens: declarations versus command
 * expressions, casts versus parentheses, closure parameters, for-in loops.
 *
 * Each function reads tokens through `peek(k)` (1-based, as Chevrotain's `LA`)
 * and never consumes anything.
 */

import { EOF, tokenMatcher, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.ts";

export type Peek = (k: number) => IToken;

const modifierWords = new Set(["final", "static", "private", "public", "protected", "abstract", "synchronized"]);

function is(tok: IToken, type: TokenType): boolean {
  return tokenMatcher(tok, type);
}

/** Tells whether `tok` is an identifier spelled `word`, for the contextual keywords `var`, `trait` and `record`. */
export function isWord(tok: IToken, word: string): boolean {
  return is(tok, T.Identifier) && tok.image === word;
}

function isEof(tok: IToken): boolean {
  return tok.tokenType === EOF;
}

function isModifier(tok: IToken): boolean {
  return is(tok, T.Keyword) && modifierWords.has(tok.image);
}

function isPrimitive(tok: IToken): boolean {
  return is(tok, T.Keyword) && T.primitiveTypeWords.has(tok.image);
}

/** Index after the modifiers starting at `k`. */
export function skipModifiers(peek: Peek, k: number): number {
  while (isModifier(peek(k))) k++;
  return k;
}

/**
 * Scans a type starting at `k`: a primitive or a qualified name, optional type
 * arguments and array brackets. Returns the index after it and whether it looks
 * like a class name (capitalised, qualified, generic or primitive), or null.
 */
export function scanType(peek: Peek, k: number): { next: number; typeLike: boolean } | null {
  const first = peek(k);
  if (isPrimitive(first)) {
    k++;
    while (is(peek(k), T.LBracket) && is(peek(k + 1), T.RBracket)) k += 2;
    return { next: k, typeLike: true };
  }
  if (!is(first, T.Identifier)) return null;
  let typeLike = /^[A-Z]/.test(first.image);
  k++;
  while (is(peek(k), T.Dot) && is(peek(k + 1), T.Name)) {
    typeLike = /^[A-Z]/.test(peek(k + 1).image);
    k += 2;
  }
  if (is(peek(k), T.Less)) {
    let depth = 0;
    for (;;) {
      const tok = peek(k);
      if (is(tok, T.Less)) depth++;
      else if (is(tok, T.Greater)) depth--;
      else if (!(is(tok, T.Name) || is(tok, T.Comma) || is(tok, T.Dot) || is(tok, T.Question) || is(tok, T.LBracket) || is(tok, T.RBracket))) {
        return null;
      }
      k++;
      if (depth === 0) break;
    }
    typeLike = true;
  }
  while (is(peek(k), T.LBracket) && is(peek(k + 1), T.RBracket)) {
    k += 2;
    typeLike = true;
  }
  return { next: k, typeLike };
}

function endsDeclarator(tok: IToken): boolean {
  return (
    isEof(tok) || is(tok, T.Assign) || is(tok, T.Newline) || is(tok, T.Semicolon) || is(tok, T.Comma) ||
    is(tok, T.RBrace) || is(tok, T.RParen)
  );
}

/** `def x`, `final x = 1`, `String s`, `List<String> l = []`, `def (a, b) = ...` at the current position. */
export function isVariableDeclaration(peek: Peek): boolean {
  const afterModifiers = skipModifiers(peek, 1);
  const head = peek(afterModifiers);
  if (is(head, T.kw("def"))) {
    const next = peek(afterModifiers + 1);
    return is(next, T.LParen) || (is(next, T.Identifier) && !is(peek(afterModifiers + 2), T.LParen));
  }
  // `var x = 1` declares; `var = 1` and `var(x)` use a variable or method named `var`.
  if (isWord(head, "var") && is(peek(afterModifiers + 1), T.Identifier)) {
    return !is(peek(afterModifiers + 2), T.LParen);
  }
  if (afterModifiers > 1 && is(head, T.Identifier) && endsDeclarator(peek(afterModifiers + 1))) return true;
  const type = scanType(peek, afterModifiers);
  if (type === null || !type.typeLike) return false;
  return is(peek(type.next), T.Identifier) && endsDeclarator(peek(type.next + 1));
}

/** Tells whether an identifier that ends a declarator right away comes next: `x =`, `x` then a newline, `x,`. */
export function isDeclaratorStart(peek: Peek): boolean {
  return is(peek(1), T.Identifier) && endsDeclarator(peek(2));
}

/** `def name(`, `String name(`, `static void name(` at the current position. */
export function isMethodDeclaration(peek: Peek): boolean {
  const afterModifiers = skipModifiers(peek, 1);
  const head = peek(afterModifiers);
  let nameAt: number;
  if (is(head, T.kw("def"))) {
    nameAt = afterModifiers + 1;
  } else {
    const type = scanType(peek, afterModifiers);
    if (type === null) {
      // `static name(...)` with modifiers and no type.
      if (afterModifiers === 1 || !is(head, T.Identifier)) return false;
      nameAt = afterModifiers;
    } else {
      if (!type.typeLike) return false;
      nameAt = type.next;
    }
  }
  const name = peek(nameAt);
  return (is(name, T.Identifier) || is(name, T.StringLiteral)) && is(peek(nameAt + 1), T.LParen);
}

/** `name:` at the start of a statement. */
export function isLabel(peek: Peek): boolean {
  return is(peek(1), T.Identifier) && is(peek(2), T.Colon);
}

/** `class`, `interface`, `enum`, `trait`, `record` declarations with a name, possibly after modifiers. */
export function isTypeDeclaration(peek: Peek): boolean {
  const at = skipModifiers(peek, 1);
  const head = peek(at);
  const isKeyword = is(head, T.kw("class")) || is(head, T.kw("interface")) || is(head, T.kw("enum")) ||
    isWord(head, "trait") || isWord(head, "record");
  return isKeyword && is(peek(at + 1), T.Identifier);
}

/** Tokens that can start the operand of a cast. */
function startsOperand(tok: IToken): boolean {
  return (
    is(tok, T.Identifier) || is(tok, T.IntegerLiteral) || is(tok, T.DecimalLiteral) || is(tok, T.StringLiteral) ||
    is(tok, T.GStringLiteral) || is(tok, T.LParen) || is(tok, T.LBracket) || is(tok, T.Not) || is(tok, T.Tilde) ||
    is(tok, T.kw("new")) || is(tok, T.kw("this")) || is(tok, T.kw("null")) || is(tok, T.kw("true")) || is(tok, T.kw("false"))
  );
}

/**
 * `(Type) operand`. After a class name, `-` and `+` are binary as in Groovy 2.4
 * (`(Integer) - 1` subtracts from the class); after a primitive type they can
 * only start the operand (`(int) -x`).
 */
export function isCast(peek: Peek): boolean {
  if (!is(peek(1), T.LParen)) return false;
  const type = scanType(peek, 2);
  if (type === null || !type.typeLike || !is(peek(type.next), T.RParen)) return false;
  const operand = peek(type.next + 1);
  if (isPrimitive(peek(2)) && (is(operand, T.Minus) || is(operand, T.Plus) || is(operand, T.Increment) || is(operand, T.Decrement))) {
    return true;
  }
  return startsOperand(operand);
}

/** `(a, b) =` at the current position: the targets of a multiple assignment. */
export function isTupleAssignment(peek: Peek): boolean {
  if (!is(peek(1), T.LParen)) return false;
  for (let k = 2; ; k += 2) {
    if (!is(peek(k), T.Identifier)) return false;
    if (!is(peek(k + 1), T.Comma)) return k > 2 && is(peek(k + 1), T.RParen) && is(peek(k + 2), T.Assign);
  }
}

/** Just after a closure's `{`: whether parameters and `->` come next. */
export function closureHasParameters(peek: Peek): boolean {
  let k = 1;
  while (is(peek(k), T.Newline)) k++;
  let depth = 0;
  for (;; k++) {
    const tok = peek(k);
    if (isEof(tok)) return false;
    if (depth === 0 && is(tok, T.Arrow)) return true;
    if (is(tok, T.LParen) || is(tok, T.LBracket) || is(tok, T.SafeIndex)) depth++;
    else if (is(tok, T.RParen) || is(tok, T.RBracket)) depth--;
    else if (depth === 0 && (is(tok, T.Newline) || is(tok, T.Semicolon) || is(tok, T.LBrace) || is(tok, T.RBrace))) return false;
    if (depth < 0) return false;
  }
}

/** Tells whether the parameter at the current position starts with a type (`String a`, `Map<K, V> m`, `String... rest`). */
export function parameterHasType(peek: Peek): boolean {
  const type = scanType(peek, 1);
  return type !== null && (is(peek(type.next), T.Identifier) || is(peek(type.next), T.Ellipsis));
}

/** Inside `for (`: whether the header is `x in items` or `Type x : items` rather than `init; test; update`. */
export function isForIn(peek: Peek): boolean {
  let depth = 0;
  for (let k = 1; ; k++) {
    const tok = peek(k);
    if (isEof(tok)) return false;
    if (is(tok, T.LParen) || is(tok, T.LBracket) || is(tok, T.LBrace)) depth++;
    else if (is(tok, T.RParen) || is(tok, T.RBracket) || is(tok, T.RBrace)) {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0) {
      // A `?` before any `in` or `:` is a ternary in the init part: `for (i = a ? 1 : 2; ...)`.
      if (is(tok, T.Semicolon) || is(tok, T.Question)) return false;
      if (is(tok, T.kw("in")) || is(tok, T.Colon)) return true;
    }
  }
}

/** `name:` or `"name":` or `1:` at the current position: a map entry or named argument. */
export function isNamedEntry(peek: Peek): boolean {
  const first = peek(1);
  if (is(first, T.Star) && is(peek(2), T.Colon)) return true;
  if (is(first, T.Name) || is(first, T.StringLiteral) || is(first, T.GStringLiteral) || is(first, T.IntegerLiteral) || is(first, T.DecimalLiteral)) {
    return is(peek(2), T.Colon);
  }
  if (is(first, T.LParen)) {
    let depth = 0;
    for (let k = 1; ; k++) {
      const tok = peek(k);
      if (isEof(tok)) return false;
      if (is(tok, T.LParen)) depth++;
      else if (is(tok, T.RParen) && --depth === 0) return is(peek(k + 1), T.Colon);
    }
  }
  return false;
}

/** Tokens that can start the first argument of a command expression (`log.info "x"`, `println x`). */
export function startsCommandArgument(tok: IToken): boolean {
  return (
    is(tok, T.Identifier) || is(tok, T.IntegerLiteral) || is(tok, T.DecimalLiteral) || is(tok, T.StringLiteral) ||
    is(tok, T.GStringLiteral) || is(tok, T.kw("new")) || is(tok, T.kw("null")) || is(tok, T.kw("true")) ||
    is(tok, T.kw("false")) || is(tok, T.kw("this")) || is(tok, T.Not) || is(tok, T.Tilde)
  );
}

/** Tokens that start an operand with no prefix operator or cast: names, literals, `[`, `{`, `new`. */
export function startsPlainOperand(tok: IToken): boolean {
  return (
    is(tok, T.Identifier) || is(tok, T.StringLiteral) || is(tok, T.GStringLiteral) || is(tok, T.IntegerLiteral) ||
    is(tok, T.DecimalLiteral) || is(tok, T.LBracket) || is(tok, T.LBrace) || is(tok, T.kw("new")) ||
    is(tok, T.kw("null")) || is(tok, T.kw("true")) || is(tok, T.kw("false")) || is(tok, T.kw("this"))
  );
}

/** Tells whether `a` and `b` touch with no space between them (`>` `>` forming a shift). */
export function adjacent(a: IToken, b: IToken): boolean {
  return a.endOffset! + 1 === b.startOffset;
}
