/**
 * Rule-level tests of the lexer: when `/` divides and when it starts a slashy
 * string, the source ranges of GString expressions, which newlines reach the
 * parser, comment collection, and `>` tokens.
 */

import type { IToken } from "chevrotain";
import { describe, expect, test } from "vitest";
import { lex } from "../../src/syntax/lexer.ts";
import { parse } from "../../src/syntax/parse.ts";
import type { GStringPayload } from "../../src/syntax/tokens.ts";

function names(text: string): string[] {
  return lex(text).tokens.map((t) => t.tokenType.name);
}

function onlyToken(text: string, name: string): IToken {
  const found = lex(text).tokens.filter((t) => t.tokenType.name === name);
  expect(found, `one ${name} token in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

/** Returns the source text of each interpolated expression of the only GString in `text`. */
function interpolations(text: string): { source: string; braced: boolean }[] {
  const payload = onlyToken(text, "GStringLiteral").payload as GStringPayload;
  return payload.expressions.map((e) => ({ source: text.slice(e.start, e.end), braced: e.braced }));
}

describe("slashy string or division", () => {
  test.each([
    ["a / 2", "after a name"],
    ["10 / 2", "after a number"],
    ["1.5 / 2", "after a decimal"],
    ["(a) / 2", "after ')'"],
    ["list[0] / 2", "after ']'"],
    ["i++ / 2", "after '++'"],
    ["i-- / 2", "after '--'"],
    ["this / 2", "after 'this'"],
    ["'s' / 2", "after a string"],
    ['"${a}" / 2', "after a GString"],
    ["if (x) {} / 2", "after '}'"],
  ])("%s divides (%s)", (text) => {
    expect(names(text).slice(-2)).toEqual(["Slash", "IntegerLiteral"]);
  });

  test.each([
    ["x = /ab+/", "after '='"],
    ["f(/ab+/)", "after '('"],
    ["[/ab+/]", "after '['"],
    ["x =~ /ab+/", "after '=~'"],
    ["return /ab+/", "after 'return'"],
    ["case /ab+/:", "after 'case'"],
    ["a, /ab+/", "after ','"],
    ["x\n/ab+/", "at the start of a line"],
    ["/ab+/", "at the start of the text"],
    ["!/ab+/", "after '!'"],
  ])("%s starts a slashy string (%s)", (text) => {
    const tok = onlyToken(text, "StringLiteral");
    expect(tok.payload).toBe("ab+");
    expect(names(text)).not.toContain("Slash");
  });

  test("a/b/c divides twice", () => {
    expect(names("a/b/c")).toEqual(["Identifier", "Slash", "Identifier", "Slash", "Identifier"]);
  });

  test("'/=' after a name is an assignment", () => {
    expect(names("x /= 2")).toEqual(["Identifier", "SlashAssign", "IntegerLiteral"]);
  });

  test("'/=/' after '=' is a slashy string", () => {
    expect(onlyToken("x = /=/", "StringLiteral").payload).toBe("=");
  });

  test("slashy string keeps backslashes", () => {
    expect(onlyToken("x = /\\d+\\.\\w/", "StringLiteral").payload).toBe("\\d+\\.\\w");
  });

  test("escaped slash in a slashy string", () => {
    expect(onlyToken("x = /a\\/b/", "StringLiteral").payload).toBe("a/b");
  });

  test("slashy string spans lines", () => {
    expect(onlyToken("x = /a\nb/", "StringLiteral").payload).toBe("a\nb");
  });

  test("'//' and '/*' start comments, not strings", () => {
    const result = lex("x = 1 // note\ny = 2 /* block */");
    expect(result.tokens.map((t) => t.tokenType.name)).not.toContain("StringLiteral");
    expect(result.comments.map((c) => c.kind)).toEqual(["line", "block"]);
  });

  test("quotes before a closing triple quote", () => {
    expect(onlyToken('x = """say "hi""""', "StringLiteral").payload).toBe('say "hi"');
    expect(onlyToken("x = '''it''''", "StringLiteral").payload).toBe("it'");
    expect(onlyToken('x = """a"""""', "StringLiteral").payload).toBe('a""');
  });

  test("dollar-slashy string", () => {
    expect(onlyToken("x = $/a/b$$c$/d/$", "StringLiteral").payload).toBe("a/b$c/d");
  });
});

describe("GString expression ranges", () => {
  test("braced expression", () => {
    expect(interpolations('x = "a ${b + 1} c"')).toEqual([{ source: "b + 1", braced: true }]);
  });

  test("dotted path", () => {
    expect(interpolations('x = "$issue.key.size end"')).toEqual([{ source: "issue.key.size", braced: false }]);
  });

  test("path stops before a call", () => {
    expect(interpolations('x = "$a.b() end"')).toEqual([{ source: "a.b", braced: false }]);
  });

  test("path stops at a trailing dot", () => {
    expect(interpolations('x = "$a.b."')).toEqual([{ source: "a.b", braced: false }]);
  });

  test("path stops at a dash", () => {
    expect(interpolations('x = "$key-suffix"')).toEqual([{ source: "key", braced: false }]);
  });

  test("two adjacent expressions", () => {
    expect(interpolations('x = "$a$b${c}"')).toEqual([
      { source: "a", braced: false },
      { source: "b", braced: false },
      { source: "c", braced: true },
    ]);
  });

  test("brace inside a string inside the expression", () => {
    expect(interpolations('x = "${ "}" } end"')).toEqual([{ source: ' "}" ', braced: true }]);
  });

  test("closure with braces inside the expression", () => {
    const text = 'x = "${list.collect { it * 2 }.join(",")}!"';
    expect(interpolations(text)).toEqual([{ source: 'list.collect { it * 2 }.join(",")', braced: true }]);
  });

  test("nested GString", () => {
    expect(interpolations('x = "a ${"b ${c}"} d"')).toEqual([{ source: '"b ${c}"', braced: true }]);
  });

  test("expression over several lines", () => {
    expect(interpolations('x = """${\n  a\n}"""')).toEqual([{ source: "\n  a\n", braced: true }]);
  });

  test("ranges are document offsets", () => {
    const text = 'first = 1\n// é comment\nx = "value: ${issue.summary}"';
    const payload = onlyToken(text, "GStringLiteral").payload as GStringPayload;
    const part = payload.expressions[0]!;
    expect(part.start).toBe(text.indexOf("issue.summary"));
    expect(part.end).toBe(part.start + "issue.summary".length);
  });

  test("text parts around expressions", () => {
    const payload = onlyToken('x = "a\\t${b}\\$c $d"', "GStringLiteral").payload as GStringPayload;
    expect(payload.strings).toEqual(["a\t", "$c ", ""]);
  });

  test("slashy and dollar-slashy strings interpolate", () => {
    expect(interpolations("x = /a $b ${c}/")).toEqual([
      { source: "b", braced: false },
      { source: "c", braced: true },
    ]);
    expect(interpolations("x = $/a $b/$")).toEqual([{ source: "b", braced: false }]);
  });

  test("single quotes do not interpolate", () => {
    expect(onlyToken("x = 'a $b ${c}'", "StringLiteral").payload).toBe("a $b ${c}");
  });

  test("escaped dollar does not interpolate", () => {
    expect(onlyToken('x = "a \\$b"', "StringLiteral").payload).toBe("a $b");
  });
});

describe("newline filtering", () => {
  test.each([
    ["a\nb", ["Identifier", "Newline", "Identifier"]],
    ["a\n\n\nb", ["Identifier", "Newline", "Identifier"]],
    ["a\r\n\r\nb", ["Identifier", "Newline", "Identifier"]],
    ["a\rb", ["Identifier", "Newline", "Identifier"]],
    ["a;\nb", ["Identifier", "Semicolon", "Identifier"]],
    ["\n\na", ["Identifier"]],
    ["a\n", ["Identifier", "Newline"]],
  ])("separators in %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ["f(a,\nb)", "inside parentheses"],
    ["f(a\n)", "before ')'"],
    ["[a,\nb]", "inside brackets"],
    ["m?[a\n]", "inside '?['"],
    ["a +\nb", "after '+'"],
    ["a =\nb", "after '='"],
    ["a &&\nb", "after '&&'"],
    ["a ?\nb :\nc", "after '?' and ':'"],
    ["a.\nb", "after '.'"],
    ["a\n.b", "before '.'"],
    ["a\n?.b", "before '?.'"],
    ["a\n*.b", "before '*.'"],
    ["a\n.&b", "before '.&'"],
    ["a\n?: b", "before '?:'"],
    ["a\n? b\n: c", "before '?' and ':'"],
    ["a\n&& b", "before '&&'"],
    ["a\n|| b", "before '||'"],
    ["a\n== b", "before '=='"],
    ["a\nin b", "before 'in'"],
    ["a\n= b", "before '='"],
    ["}\nelse {", "before 'else'"],
    ["}\ncatch (e) {", "before 'catch'"],
    ["}\nfinally {", "before 'finally'"],
    ["a \\\nb", "after a backslash"],
    ["a // note\n.b", "before '.' after a comment"],
    ["{ x ->\nx }", "after '->'"],
  ])("no newline in %j (%s)", (text) => {
    expect(names(text)).not.toContain("Newline");
  });

  test.each([
    ["a\n-1", "before '-'"],
    ["a\n+1", "before '+'"],
    ["a\n++b", "before '++'"],
    ["a\n**b", "before '**'"],
    ["a\n!b", "before '!'"],
    ["a++\nb", "after '++'"],
    ["import a.b.*\nx", "after the star of an import"],
    ["List<String>\nx", "after '>' closing type arguments"],
    ["f({\na\n})", "inside a closure inside parentheses"],
  ])("newline kept in %j (%s)", (text) => {
    expect(names(text)).toContain("Newline");
  });

  test("newline inside a closure inside parentheses", () => {
    expect(names("f({\na\n})")).toEqual([
      "Identifier", "LParen", "LBrace", "Newline", "Identifier", "Newline", "RBrace", "RParen",
    ]);
  });
});

describe("comments", () => {
  test("line and block comments with ranges", () => {
    const text = "x = 1 // one\n/* two\n lines */ y = 2";
    const { comments } = lex(text);
    expect(comments).toHaveLength(2);
    expect(comments[0]!.kind).toBe("line");
    expect(text.slice(comments[0]!.start, comments[0]!.end)).toBe("// one");
    expect(comments[1]!.kind).toBe("block");
    expect(text.slice(comments[1]!.start, comments[1]!.end)).toBe("/* two\n lines */");
  });

  test("shebang line is a comment", () => {
    const { comments, tokens } = lex("#!/usr/bin/env groovy\nx = 1");
    expect(comments).toEqual([{ kind: "line", start: 0, end: 21 }]);
    expect(tokens[0]!.image).toBe("x");
  });

  test("URL after a label is a comment", () => {
    const text = "https://example.com/a\nx = 1";
    const { comments, tokens } = lex(text);
    expect(text.slice(comments[0]!.start, comments[0]!.end)).toBe("//example.com/a");
    expect(tokens.slice(0, 2).map((t) => t.tokenType.name)).toEqual(["Identifier", "Colon"]);
  });

  test("comment markers inside strings", () => {
    expect(lex('x = "// not a comment /* nor this */"').comments).toEqual([]);
  });

  test("parse collects comments inside interpolations", () => {
    const text = '// a\nx = "${y /* in */ + 1}" /* after */';
    const kinds = parse(text).comments.map((c) => [c.kind, text.slice(c.start, c.end)]);
    expect(kinds).toEqual([["line", "// a"], ["block", "/* in */"], ["block", "/* after */"]]);
  });

  test("unterminated block comment runs to the end", () => {
    const text = "x = 1 /* open";
    const result = lex(text);
    expect(result.comments).toEqual([{ kind: "block", start: 6, end: text.length }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["unterminated-comment"]);
  });

  test("block comments do not nest", () => {
    const text = "/* a /* b */ x */";
    const result = lex(text);
    expect(result.comments).toEqual([{ kind: "block", start: 0, end: 12 }]);
    expect(result.tokens.map((t) => t.image)).toEqual(["x", "*", "/"]);
  });
});

describe("'>' tokens", () => {
  test("nested type arguments close with two tokens", () => {
    const tokens = lex("Map<String, List<Integer>> m").tokens;
    expect(tokens.filter((t) => t.tokenType.name === "Greater")).toHaveLength(2);
  });

  test("shift operators stay single '>' tokens", () => {
    expect(names("a >> b")).toEqual(["Identifier", "Greater", "Greater", "Identifier"]);
    expect(names("a >>> b")).toEqual(["Identifier", "Greater", "Greater", "Greater", "Identifier"]);
  });

  test("shift tokens are adjacent", () => {
    const [first, second] = lex("a >> b").tokens.filter((t) => t.tokenType.name === "Greater");
    expect(first!.endOffset! + 1).toBe(second!.startOffset);
  });

  test("comparison and assignment forms are single tokens", () => {
    expect(names("a >= b")).toEqual(["Identifier", "GreaterEqual", "Identifier"]);
    expect(names("a >>= b")).toEqual(["Identifier", "ShiftRightAssign", "Identifier"]);
    expect(names("a >>>= b")).toEqual(["Identifier", "UnsignedShiftRightAssign", "Identifier"]);
  });
});

describe("words and operators", () => {
  test("keywords after a dot are names", () => {
    expect(names("a.class.in.def")).toEqual(["Identifier", "Dot", "Identifier", "Dot", "Identifier", "Dot", "Identifier"]);
  });

  test("'!in' and '!instanceof' only as whole words", () => {
    expect(names("a !in b")).toEqual(["Identifier", "NotIn", "Identifier"]);
    expect(names("a !instanceof B")).toEqual(["Identifier", "NotInstanceof", "Identifier"]);
    expect(names("!inProgress")).toEqual(["Not", "Identifier"]);
    expect(names("!instanceCount")).toEqual(["Not", "Identifier"]);
  });

  test("longest operator wins", () => {
    expect(names("a ==~ b")).toEqual(["Identifier", "RegexMatch", "Identifier"]);
    expect(names("a <=> b")).toEqual(["Identifier", "Compare", "Identifier"]);
    expect(names("a..<b")).toEqual(["Identifier", "RangeExclusive", "Identifier"]);
    expect(names("a ?. b")).toEqual(["Identifier", "SafeDot", "Identifier"]);
    expect(names("a?[0]")).toEqual(["Identifier", "SafeIndex", "IntegerLiteral", "RBracket"]);
  });

  test("token positions are 1-based", () => {
    const tok = lex("a = 1\n  bc").tokens.find((t) => t.image === "bc")!;
    expect([tok.startLine, tok.startColumn, tok.endColumn]).toEqual([2, 3, 4]);
  });

  test("number payloads", () => {
    expect(onlyToken("0x1F", "IntegerLiteral").payload).toEqual({ kind: "int", text: "1F", radix: 16 });
    expect(onlyToken("1_000L", "IntegerLiteral").payload).toEqual({ kind: "long", text: "1000", radix: 10 });
    expect(onlyToken("1.5e3", "DecimalLiteral").payload).toEqual({ kind: "bigDecimal", text: "1.5e3", radix: 10 });
    expect(onlyToken("2f", "DecimalLiteral").payload).toEqual({ kind: "float", text: "2", radix: 10 });
  });
});
