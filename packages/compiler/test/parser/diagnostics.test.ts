/**
 * Diagnostics for broken rule text: the code, a fragment of the message and
 * the exact range of the first diagnostic, and recovery (the statements around
 * the error stay in the tree).
 */

import { describe, expect, test } from "vitest";
import type { DiagnosticCode } from "../../src/diagnostics.ts";
import { parse, type ParseResult } from "../../src/syntax/parse.ts";
import { printTree } from "../../src/syntax/print.ts";

interface BrokenInput {
  name: string;
  text: string;
  code: DiagnosticCode;
  /** A fragment of the first diagnostic's message. */
  message: string;
  /** `line:col-line:col` of the first diagnostic, 1-based, end exclusive. */
  range: string;
  /** Total number of diagnostics, to catch cascades of follow-up errors. */
  count?: number;
  /** Printed statements that must survive the error, found anywhere in the printed tree. */
  keeps?: string[];
}

const BEFORE = "(= before 1:int)";
const AFTER = "(= after 2:int)";

const cases: BrokenInput[] = [
  // Brackets.
  {
    name: "unclosed paren before a line",
    text: "before = 1\nfoo(1, 2\nafter = 2",
    code: "syntax-error",
    message: "expected ')' to close '(' opened at 2:4, but found 'after'",
    range: "3:1-3:6",
    keeps: [BEFORE, '(call _ "foo" 1:int 2:int)', AFTER],
  },
  {
    name: "unclosed paren at end",
    text: "before = 1\nx = foo(1",
    code: "syntax-error",
    message: "expected ')' to close '(' opened at 2:8, but found end of file",
    range: "2:10-2:10",
    keeps: [BEFORE],
  },
  {
    name: "unclosed nested paren",
    text: "x = f(g(1)",
    code: "syntax-error",
    message: "expected ')' to close '(' opened at 1:6",
    range: "1:11-1:11",
  },
  {
    name: "unclosed brace",
    text: "before = 1\nif (x) {\n  y = 1\n",
    code: "syntax-error",
    message: "expected '}' to close '{' opened at 2:8, but found end of file",
    range: "4:1-4:1",
    keeps: [BEFORE],
  },
  {
    name: "unclosed closure",
    text: "before = 1\nc = { a ->\n  a\n",
    code: "syntax-error",
    message: "expected '}' to close '{' opened at 2:5",
    range: "4:1-4:1",
    keeps: [BEFORE],
  },
  {
    name: "unclosed bracket",
    text: "before = 1\nx = [1, 2\nafter = 2",
    code: "syntax-error",
    message: "expected ']' to close '[' opened at 2:5, but found 'after'",
    range: "3:1-3:6",
    keeps: [BEFORE, "(= x (list 1:int 2:int))", AFTER],
  },
  {
    name: "unclosed map",
    text: "before = 1\nm = [a: 1, b: 2",
    code: "syntax-error",
    message: "expected ']' to close '[' opened at 2:5, but found end of file",
    range: "2:16-2:16",
    keeps: [BEFORE],
  },
  {
    name: "stray closing paren",
    text: "before = 1\n)\nafter = 2",
    code: "syntax-error",
    message: "unexpected ')'",
    range: "2:1-2:2",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "stray closing brace",
    text: "before = 1\n}\nafter = 2",
    code: "syntax-error",
    message: "unexpected '}'",
    range: "2:1-2:2",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "stray closing bracket",
    text: "before = 1\n]\nafter = 2",
    code: "syntax-error",
    message: "unexpected ']'",
    range: "2:1-2:2",
    keeps: [BEFORE, AFTER],
  },

  // Strings and comments.
  {
    name: "unterminated single-quoted string",
    text: "before = 1\nx = 'abc\nafter = 2",
    code: "unterminated-string",
    message: "string is not closed; add the closing '",
    range: "2:5-2:9",
    keeps: [BEFORE, '(= x "abc")', AFTER],
  },
  {
    name: "unterminated double-quoted string",
    text: 'before = 1\nx = "abc\nafter = 2',
    code: "unterminated-string",
    message: 'string is not closed; add the closing "',
    range: "2:5-2:9",
    keeps: [BEFORE, '(= x "abc")', AFTER],
  },
  {
    name: "unterminated triple single quotes",
    text: "before = 1\nx = '''abc\nafter = 2",
    code: "unterminated-string",
    message: "add the closing '''",
    range: "2:5-3:10",
    keeps: [BEFORE],
  },
  {
    name: "unterminated triple double quotes",
    text: 'before = 1\nx = """abc\nafter = 2',
    code: "unterminated-string",
    message: 'add the closing """',
    range: "2:5-3:10",
    keeps: [BEFORE],
  },
  {
    name: "unterminated slashy string",
    text: "before = 1\nx = /abc\nafter = 2",
    code: "unterminated-string",
    message: "slashy string is not closed; add the closing '/'",
    range: "2:5-3:10",
    keeps: [BEFORE],
  },
  {
    name: "unterminated dollar-slashy string",
    text: "before = 1\nx = $/abc\nafter = 2",
    code: "unterminated-string",
    message: "dollar-slashy string is not closed; add '/$'",
    range: "2:5-3:10",
    keeps: [BEFORE],
  },
  {
    name: "unclosed interpolation",
    text: 'x = "a ${b',
    code: "unterminated-string",
    message: 'string is not closed; add the closing "',
    range: "1:5-1:11",
    count: 2,
  },
  {
    name: "dollar without a name",
    text: 'x = "costs $ 5"\nafter = 2',
    code: "invalid-interpolation",
    message: "'$' must be followed by a name or '{'",
    range: "1:12-1:13",
    keeps: [AFTER],
  },
  {
    name: "error inside an interpolation",
    text: 'x = "a ${b +} c"\nafter = 2',
    code: "syntax-error",
    message: "expected an expression but found '}'",
    range: "1:13-1:13",
    count: 1,
    keeps: [AFTER],
  },
  {
    name: "GStrings nested too deeply",
    text: 'x = ' + '"${'.repeat(100) + "1" + '}"'.repeat(100) + "\nafter = 2",
    code: "nesting-too-deep",
    message: "GStrings are nested more than 64 levels deep",
    range: "1:198-1:200",
    count: 1,
    keeps: [AFTER],
  },
  {
    name: "unterminated block comment",
    text: "before = 1\n/* never closed\nafter = 2",
    code: "unterminated-comment",
    message: "block comment is not closed; add '*/'",
    range: "2:1-2:3",
    keeps: [BEFORE],
  },

  // Escapes.
  {
    name: "unknown escape",
    text: 'x = "bad \\q here"\nafter = 2',
    code: "invalid-escape",
    message: "'\\q' is not a valid escape",
    range: "1:10-1:12",
    keeps: ['(= x "bad q here")', AFTER],
  },
  {
    name: "short unicode escape",
    text: 'x = "\\u12G4"',
    code: "invalid-escape",
    message: "'\\u' must be followed by four hex digits, found only '12'",
    range: "1:6-1:10",
  },
  {
    name: "unicode escape without digits",
    text: "x = '\\u'",
    code: "invalid-escape",
    message: "found none",
    range: "1:6-1:8",
  },
  {
    name: "escaped slash in quotes",
    text: 'x = "a\\/b"',
    code: "invalid-escape",
    message: "'\\/' is not a valid escape",
    range: "1:7-1:9",
  },

  // Numbers.
  {
    name: "octal with digit 9",
    text: "x = 09\nafter = 2",
    code: "invalid-number",
    message: "'09' is not a valid octal number",
    range: "1:5-1:7",
    keeps: [AFTER],
  },
  {
    name: "decimal with long suffix",
    text: "x = 1.5L",
    code: "invalid-number",
    message: "'1.5L' has a decimal point but an integer suffix",
    range: "1:5-1:9",
  },
  {
    name: "hex prefix without digits",
    text: "x = 0x",
    code: "invalid-number",
    message: "'0x' is not a valid number",
    range: "1:5-1:7",
  },
  {
    name: "letters after digits",
    text: "x = 1abc",
    code: "invalid-number",
    message: "'1abc' is not a valid number: unexpected 'abc'",
    range: "1:5-1:9",
  },
  {
    name: "trailing underscore",
    text: "x = 1_",
    code: "invalid-number",
    message: "'_' is allowed only between two digits",
    range: "1:5-1:7",
  },
  {
    name: "exponent without digits",
    text: "x = 1e",
    code: "invalid-number",
    message: "unexpected 'e'",
    range: "1:5-1:7",
  },

  // Unsupported constructs.
  {
    name: "class declaration",
    text: "before = 1\nclass X {}\nafter = 2",
    code: "unsupported-construct",
    message: "class declarations are not supported in sync rules",
    range: "2:1-2:11",
    keeps: [BEFORE, "(unsupported type declaration)", AFTER],
  },
  {
    name: "class with a body",
    text: "before = 1\nclass Helper extends Base {\n  def run() { if (x) { y() } }\n}\nafter = 2",
    code: "unsupported-construct",
    message: "class declarations are not supported",
    range: "2:1-4:2",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "enum declaration",
    text: "before = 1\nenum Color { RED, GREEN }\nafter = 2",
    code: "unsupported-construct",
    message: "enum declarations are not supported",
    range: "2:1-2:26",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "interface declaration",
    text: "public interface Named { String name() }\nafter = 2",
    code: "unsupported-construct",
    message: "interface declarations are not supported",
    range: "1:1-1:41",
    keeps: [AFTER],
  },
  {
    name: "annotation on a declaration",
    text: "before = 1\n@Field\ndef x = 1\nafter = 2",
    code: "unsupported-construct",
    message: "annotations are not supported in sync rules",
    range: "2:1-2:7",
    keeps: [BEFORE, "(var _ x=1:int)", AFTER],
  },
  {
    name: "annotation with arguments",
    text: "before = 1\n@Grab('a:b:1')\nimport a.B\nafter = 2",
    code: "unsupported-construct",
    message: "annotations are not supported",
    range: "2:1-2:15",
    keeps: [BEFORE, "(import a.B)", AFTER],
  },
  {
    name: "package declaration",
    text: "package com.example.rules\nafter = 2",
    code: "unsupported-construct",
    message: "package declarations are not supported",
    range: "1:1-1:26",
    keeps: [AFTER],
  },
  {
    name: "try with resources",
    text: "before = 1\ntry (def r = open()) { use(r) } finally { }\nafter = 2",
    code: "unsupported-construct",
    message: "try-with-resources is not supported",
    range: "2:5-2:21",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "array creation",
    text: "before = 1\narr = new String[3]\nafter = 2",
    code: "unsupported-construct",
    message: "arrays are not supported",
    range: "2:7-2:20",
    keeps: [BEFORE, AFTER],
  },

  // Assignment targets.
  {
    name: "assign to a number",
    text: "before = 1\n1 = 2\nafter = 2",
    code: "invalid-assignment-target",
    message: "the left side of '=' must be a variable, property or subscript",
    range: "2:1-2:2",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "assign to a sum",
    text: "a + b = c",
    code: "invalid-assignment-target",
    message: "cannot assign to this expression",
    range: "1:1-1:6",
  },
  {
    name: "assign to a call",
    text: "f() += 1",
    code: "invalid-assignment-target",
    message: "the left side of '+='",
    range: "1:1-1:4",
  },
  {
    name: "assign to a list literal",
    text: "[a, b] = [1, 2]",
    code: "invalid-assignment-target",
    message: "cannot assign to this expression",
    range: "1:1-1:7",
  },
  {
    name: "assign to a postfix increment",
    text: "a++ = 1",
    code: "invalid-assignment-target",
    message: "cannot assign to this expression",
    range: "1:1-1:4",
  },
  {
    name: "tuple outside an assignment",
    text: "before = 1\nx = (a, b)\nafter = 2",
    code: "syntax-error",
    message: "expected ')' to close '(' opened at 2:5, but found ','",
    range: "2:7-2:8",
    keeps: [BEFORE, AFTER],
  },

  // Statement separators.
  {
    name: "two assignments on a line",
    text: "a = 1 b = 2",
    code: "syntax-error",
    message: "expected a new line or ';' before 'b'",
    range: "1:7-1:8",
    count: 1,
    keeps: ["(= a 1:int)", "(= b 2:int)"],
  },
  {
    name: "two calls on a line",
    text: "foo() bar()",
    code: "syntax-error",
    message: "expected a new line or ';' before 'bar'",
    range: "1:7-1:10",
    count: 1,
    keeps: ['(call _ "foo")', '(call _ "bar")'],
  },

  // Characters.
  {
    name: "hash sign",
    text: "before = 1\nx = 1 # note\nafter = 2",
    code: "invalid-character",
    message: "unexpected character '#' (U+0023); remove it",
    range: "2:7-2:8",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "backtick",
    text: "x = `y`",
    code: "invalid-character",
    message: "unexpected character '`' (U+0060)",
    range: "1:5-1:6",
    count: 2,
  },
  {
    name: "section sign",
    text: "x = 1 \u00a7\nafter = 2",
    code: "invalid-character",
    message: "(U+00A7)",
    range: "1:7-1:8",
    keeps: ["(= x 1:int)", AFTER],
  },
  {
    name: "emoji outside a string",
    text: "x = 1 \u{1F600}\nafter = 2",
    code: "invalid-character",
    message: "(U+1F600)",
    range: "1:7-1:9",
    count: 1,
    keeps: ["(= x 1:int)", AFTER],
  },

  // Incomplete statements.
  {
    name: "if without a body",
    text: "before = 1\nif (x)",
    code: "syntax-error",
    message: "expected a statement but found end of file",
    range: "2:7-2:7",
    keeps: [BEFORE],
  },
  {
    name: "def without a name",
    text: "before = 1\ndef\nafter = 2",
    code: "syntax-error",
    message: "expected a statement but found 'def'",
    range: "2:1-2:4",
    count: 1,
    keeps: [BEFORE, AFTER],
  },
  {
    name: "keyword as a variable name",
    text: "before = 1\ndef class = 1\nafter = 2",
    code: "syntax-error",
    message: "expected a statement but found 'def'",
    range: "2:1-2:4",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "class without a body",
    text: "before = 1\nclass Z\nafter = 2",
    code: "syntax-error",
    message: "expected '{' but found 'after'",
    range: "3:1-3:6",
    keeps: [BEFORE, AFTER],
  },
  {
    name: "try without catch",
    text: "try { a() }\nafter = 2",
    code: "syntax-error",
    message: "'try' needs a 'catch' or 'finally' block",
    range: "1:1-1:4",
    keeps: [AFTER],
  },
  {
    name: "dot at the end",
    text: "before = 1\nx = a.",
    code: "syntax-error",
    message: "expected a property or method name after '.'",
    range: "2:7-2:7",
    keeps: [BEFORE],
  },
  {
    name: "operator without operand",
    text: "before = 1\nx = 1 +",
    code: "syntax-error",
    message: "expected an expression but found end of file",
    range: "2:8-2:8",
    keeps: [BEFORE],
  },
  {
    name: "missing expression inside a method",
    text: "def f() {\n  inside = 1\n  bad = = 2\n  alsoInside = 3\n}\nafter = 2",
    code: "syntax-error",
    message: "expected an expression but found '='",
    range: "3:9-3:10",
    keeps: ["(= inside 1:int)", "(= alsoInside 3:int)", AFTER],
  },
];

function rangeOf(result: ParseResult, index: number): string {
  const d = result.diagnostics[index]!;
  const start = result.lineMap.position(d.start);
  const end = result.lineMap.position(d.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

describe("parser diagnostics", () => {
  test.each(cases)("$name", (c) => {
    const result = parse(c.text);
    expect(result.diagnostics.length, "at least one diagnostic").toBeGreaterThan(0);

    const first = result.diagnostics[0]!;
    expect(first.code).toBe(c.code);
    expect(first.message).toContain(c.message);
    expect(rangeOf(result, 0)).toBe(c.range);
    expect(first.severity).toBe("error");
    if (c.count !== undefined) expect(result.diagnostics.length).toBe(c.count);

    const printed = printTree(result.script);
    for (const statement of c.keeps ?? []) {
      expect(printed, `tree should keep ${statement}`).toContain(statement);
    }
  });

  test("diagnostics sorted by start", () => {
    const text = "x = 1 # a\ny = 'open\nz = 09\nw = (\n";
    const starts = parse(text).diagnostics.map((d) => d.start);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("valid text has no diagnostics", () => {
    const result = parse('def x = [a: 1]\nif (x.a) { log.info "ok ${x.a}" } else { return }\n');
    expect(result.diagnostics).toEqual([]);
  });

  test("errors in several statements", () => {
    const text = ["one = 1", "two = )", "three = 3", "four = [", "", "five = 5"].join("\n");
    const result = parse(text);
    const printed = printTree(result.script).split("\n");
    expect(printed).toContain("(= one 1:int)");
    expect(printed).toContain("(= three 3:int)");
    expect(result.diagnostics.map((d) => result.lineMap.position(d.start).line)).toContain(2);
  });
});
