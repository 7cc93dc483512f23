/**
 * Token types of the sync-rule language. The lexer in `lexer.ts` is hand-written
 * (Groovy's slashy strings and GStrings depend on context), so these types only
 * carry names, human labels for error messages and categories for the parser.
 */

import { createToken, Lexer, type TokenType } from "chevrotain";

const NA = Lexer.NA;

/**
 * Category of every token that may be skipped while recovering inside a
 * statement list: all but braces and `case`/`default`, which end lists.
 */
export const Skippable = createToken({ name: "Skippable", pattern: NA, label: "token" });

const listEnds = new Set(["LBrace", "RBrace", "KwCase", "KwDefault"]);

function token(name: string, label: string, categories: TokenType[] = []): TokenType {
  const all = listEnds.has(name) ? categories : [...categories, Skippable];
  return createToken({ name, pattern: NA, label, categories: all });
}

/** Category of every token that may follow `.` as a member name (identifiers and keywords). */
export const Name = createToken({ name: "Name", pattern: NA, label: "name" });
/** Category of the keywords. */
export const Keyword = createToken({ name: "Keyword", pattern: NA, label: "keyword" });

export const Identifier = token("Identifier", "identifier", [Name]);

/**
 * Reserved words. Groovy 4's contextual keywords `var`, `trait`, `record`,
 * `sealed`, `permits` and `yield` are not here: they are lexed as identifiers,
 * so scripts can use them as names, and the parser recognises them by spelling
 * where they start a declaration.
 */
const keywordNames = [
  "def", "if", "else", "for", "while", "do", "switch", "case", "default", "break", "continue",
  "return", "try", "catch", "finally", "throw", "assert", "new", "in", "instanceof", "as", "true",
  "false", "null", "import", "static", "class", "interface", "enum", "this", "super", "final",
  "private", "public", "protected", "abstract", "synchronized", "package", "extends", "implements",
  "void", "boolean", "byte", "char", "short", "int", "long", "float", "double", "throws", "goto",
  "const", "native", "transient", "volatile", "strictfp", "threadsafe",
] as const;

export type KeywordName = (typeof keywordNames)[number];

/** Keyword token types by spelling. */
export const keywords = new Map<string, TokenType>();
for (const word of keywordNames) {
  const name = "Kw" + word[0]!.toUpperCase() + word.slice(1);
  keywords.set(word, token(name, `'${word}'`, [Keyword, Name]));
}

export function kw(word: KeywordName): TokenType {
  return keywords.get(word)!;
}

/** Primitive type keywords, usable as types in declarations and casts. */
export const primitiveTypeWords = new Set(["void", "boolean", "byte", "char", "short", "int", "long", "float", "double"]);

// Literals. The lexer stores the decoded value in `token.payload`.
export const IntegerLiteral = token("IntegerLiteral", "number");
export const DecimalLiteral = token("DecimalLiteral", "number");
export const StringLiteral = token("StringLiteral", "string");
/** A string with `$` interpolation; `payload` is a {@link GStringPayload}. */
export const GStringLiteral = token("GStringLiteral", "string");

/** Statement separators. */
export const Newline = token("Newline", "newline");
export const Semicolon = token("Semicolon", "';'");

/** Operators and punctuation by spelling, longest first where the lexer needs it. */
export const punctuators = new Map<string, TokenType>([[";", Semicolon]]);

function punct(spelling: string, name: string): TokenType {
  const type = token(name, `'${spelling}'`);
  punctuators.set(spelling, type);
  return type;
}

export const LParen = punct("(", "LParen");
export const RParen = punct(")", "RParen");
export const LBracket = punct("[", "LBracket");
export const RBracket = punct("]", "RBracket");
export const LBrace = punct("{", "LBrace");
export const RBrace = punct("}", "RBrace");
export const SafeIndex = punct("?[", "SafeIndex");
export const Comma = punct(",", "Comma");
export const Dot = punct(".", "Dot");
export const SafeDot = punct("?.", "SafeDot");
export const SpreadDot = punct("*.", "SpreadDot");
export const MethodPointer = punct(".&", "MethodPointer");
export const FieldDot = punct(".@", "FieldDot");
export const Arrow = punct("->", "Arrow");
export const Colon = punct(":", "Colon");
export const DoubleColon = punct("::", "DoubleColon");
export const Question = punct("?", "Question");
export const Elvis = punct("?:", "Elvis");
export const At = punct("@", "At");
export const Ellipsis = punct("...", "Ellipsis");

/** Assignment operators share a category so one CONSUME matches them all. */
export const AssignOperator = createToken({ name: "AssignOperator", pattern: NA, label: "assignment operator" });
/** Binary operators share a category; precedence comes from `binaryPrecedence`. */
export const BinaryOperator = createToken({ name: "BinaryOperator", pattern: NA, label: "operator" });

function assign(spelling: string, name: string): TokenType {
  const type = token(name, `'${spelling}'`, [AssignOperator]);
  punctuators.set(spelling, type);
  return type;
}

function binary(spelling: string, name: string): TokenType {
  const type = token(name, `'${spelling}'`, [BinaryOperator]);
  punctuators.set(spelling, type);
  return type;
}

export const Assign = assign("=", "Assign");
for (const [spelling, name] of [
  ["+=", "PlusAssign"], ["-=", "MinusAssign"], ["*=", "StarAssign"], ["/=", "SlashAssign"],
  ["%=", "PercentAssign"], ["**=", "PowerAssign"], ["<<=", "ShiftLeftAssign"], [">>=", "ShiftRightAssign"],
  [">>>=", "UnsignedShiftRightAssign"], ["&=", "AndAssign"], ["|=", "OrAssign"], ["^=", "XorAssign"],
  ["?=", "ElvisAssign"],
] as const) {
  assign(spelling, name);
}

export const Plus = binary("+", "Plus");
export const Minus = binary("-", "Minus");
export const Star = binary("*", "Star");
export const Slash = binary("/", "Slash");
export const Percent = binary("%", "Percent");
export const Power = binary("**", "Power");
export const ShiftLeft = binary("<<", "ShiftLeft");
export const Less = binary("<", "Less");
/** `>` is always a single token so that `List<Map<K, V>>` closes two type argument lists; the parser joins `>>`. */
export const Greater = binary(">", "Greater");
export const LessEqual = binary("<=", "LessEqual");
export const GreaterEqual = binary(">=", "GreaterEqual");
export const Equal = binary("==", "Equal");
export const NotEqual = binary("!=", "NotEqual");
export const Identical = binary("===", "Identical");
export const NotIdentical = binary("!==", "NotIdentical");
export const Compare = binary("<=>", "Compare");
export const RegexFind = binary("=~", "RegexFind");
export const RegexMatch = binary("==~", "RegexMatch");
export const BitAnd = binary("&", "BitAnd");
export const BitOr = binary("|", "BitOr");
export const BitXor = binary("^", "BitXor");
export const And = binary("&&", "And");
export const Or = binary("||", "Or");
export const Range = binary("..", "Range");
export const RangeExclusive = binary("..<", "RangeExclusive");
export const NotIn = binary("!in", "NotIn");
export const NotInstanceof = token("NotInstanceof", "'!instanceof'");

export const Not = punct("!", "Not");
export const Tilde = punct("~", "Tilde");
export const Increment = punct("++", "Increment");
export const Decrement = punct("--", "Decrement");

/** Every token type, for the parser's constructor. Categories come first. */
export const allTokens: TokenType[] = [
  Skippable,
  Name,
  Keyword,
  AssignOperator,
  BinaryOperator,
  Identifier,
  ...keywords.values(),
  IntegerLiteral,
  DecimalLiteral,
  StringLiteral,
  GStringLiteral,
  Newline,
  Semicolon,
  ...new Set(punctuators.values()),
  NotInstanceof,
];

/** Payload of a {@link GStringLiteral}: literal text parts around interpolated expressions. */
export interface GStringPayload {
  /** Decoded text parts; always one more than `expressions`. */
  strings: string[];
  expressions: GStringExpression[];
  /** How many `${...}` parts of enclosing GStrings the string sits in; 0 for one in plain code. */
  depth: number;
}

/** One interpolated expression: its source range and whether it was `${...}` or a bare `$path`. */
export interface GStringExpression {
  start: number;
  end: number;
  braced: boolean;
  /** Set when the part lies beyond `MAX_GSTRING_DEPTH`; it is reported and not parsed. */
  tooDeep?: true;
}

/** Payload of a number literal. */
export interface NumberPayload {
  kind: "int" | "long" | "bigInteger" | "bigDecimal" | "double" | "float";
  /** Digits without underscores, radix prefix or suffix; for decimals the plain decimal text. */
  text: string;
  radix: number;
}
