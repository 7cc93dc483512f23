/**
 * Regular expressions: Java syntax on the linear-time RE2 engine. Expected
 * values come from Groovy 2.4 runs on JDK 17, except where the engine rejects
 * a construct Java supports (backreferences, lookaround), which is this
 * runtime's documented choice.
 */

import { describe, expect, test } from "vitest";
import { binary, callMethod, callStatic, getAt, isCase, iterate, resolveClass, truthy, unary, type Value } from "../../src/index.ts";
import { inspectValue } from "../../src/gdk/objects.ts";
import { compileRegex } from "../../src/gdk/regex.ts";
import { translateJavaRegex } from "../../src/gdk/regex-syntax.ts";
import { closure, context, expectRuleError } from "./helpers.ts";

const ctx = context();
const call = (self: Value, name: string, ...args: Value[]) => callMethod(ctx, self, name, args);

describe("Java regex semantics", () => {
  const cases: [string, () => Value, string][] = [
    ["'abc\\n'.replaceAll(/c$/, 'X'): $ before a final newline", () => call("abc\n", "replaceAll", "c$", "X"), "'abX\\n'"],
    ["'abc  \\n'.replaceAll(/\\s+$/, '')", () => call("abc  \n", "replaceAll", "\\s+$", ""), "'abc'"],
    ["'abc\\n'.replaceAll(/c\\Z/, 'X')", () => call("abc\n", "replaceAll", "c\\Z", "X"), "'abX\\n'"],
    ["'abc\\n' ==~ /abc$/", () => binary(ctx, "==~", "abc\n", "abc$"), "false"],
    ["'abc'.replaceAll(/x*/, '-')", () => call("abc", "replaceAll", "x*", "-"), "'-a-b-c-'"],
    ["'ABC'.replaceAll(/(?i)b/, 'x')", () => call("ABC", "replaceAll", "(?i)b", "x"), "'AxC'"],
    ["'a.b'.replaceAll(/\\Qa.\\E/, 'x')", () => call("a.b", "replaceAll", "\\Qa.\\E", "x"), "'xb'"],
    ["'a\\rb' =~ /a.b/: dot stops at \\r", () => truthy(binary(ctx, "=~", "a\rb", "a.b")), "false"],
    ["'\\u000B' ==~ /\\s/", () => binary(ctx, "==~", "\u000B", "\\s"), "true"],
    ["(?m)^b$", () => truthy(binary(ctx, "=~", "a\nb\nc", "(?m)^b$")), "true"],
    ["'John Smith'.replaceAll(/(\\w+) (\\w+)/, '$2, $1')", () => call("John Smith", "replaceAll", "(\\w+) (\\w+)", "$2, $1"), "'Smith, John'"],
    ["named groups in the replacement", () => call("John Smith", "replaceAll", "(?<f>\\w+) (?<l>\\w+)", "${l} ${f}"), "'Smith John'"],
    ["'a.b'.replaceAll(/\\./, '\\\\$')", () => call("a.b", "replaceAll", "\\.", "\\$"), "'a$b'"],
    ["'ab'.replaceAll(/a/, '$2')", () => outcome(() => call("ab", "replaceAll", "a", "$2")), "'THROW IndexOutOfBoundsException: No group 2'"],
    ["replaceAll with a closure", () => call("a1b22", "replaceAll", "\\d+", closure(-1, (m) => (m as string).repeat(2))), "'a11b2222'"],
    ["replaceAll closure receives groups", () => call("a1b22", "replaceAll", "([a-z])(\\d+)", closure(3, (_all, l, d) => (l as string).toUpperCase() + (d as string).length)), "'A1B2'"],
    ["'aaa'.replaceFirst(/a/, 'b')", () => call("aaa", "replaceFirst", "a", "b"), "'baa'"],
    ["'abc123def45'.find(/\\d+/)", () => call("abc123def45", "find", "\\d+"), "'123'"],
    ["find with a closure", () => call("abc123def45", "find", "(\\d)(\\d)", closure(3, (_all, a, b) => (b as string) + (a as string))), "'21'"],
    ["'abc123def45'.findAll(/\\d+/)", () => call("abc123def45", "findAll", "\\d+"), "['123', '45']"],
    ["findAll with groups returns whole matches", () => call("a1b2", "findAll", "([a-z])(\\d)"), "['a1', 'b2']"],
    ["findAll with a closure", () => call("a1b2", "findAll", "([a-z])(\\d)", closure(3, (_all, l, d) => (d as string) + (l as string))), "['1a', '2b']"],
    ["'aBc'.split(/[A-Z]/)", () => call("aBc", "split", "[A-Z]"), "['a', 'c']"],
    ["'abcxyz'.replaceAll(/[a-b[x-y]]/, '-')", () => call("abcxyz", "replaceAll", "[a-b[x-y]]", "-"), "'--c--z'"],
    ["'a1_B'.replaceAll(/\\p{Alpha}/, '-')", () => call("a1_B", "replaceAll", "\\p{Alpha}", "-"), "'-1_-'"],
    ["'aaa'.replaceAll(/a++/, 'x'): possessive runs as greedy", () => call("aaa", "replaceAll", "a++", "x"), "'x'"],
    ["'aaa'.replaceAll(/(?>a+)/, 'x'): atomic runs as a group", () => call("aaa", "replaceAll", "(?>a+)", "x"), "'x'"],
    ["'a😀b😀'.replaceAll(/😀/, '!')", () => call("a😀b😀", "replaceAll", "😀", "!"), "'a!b!'"],
    ["'a1b2'.replaceFirst(/\\d/) { (it as int) * 10 }", () => call("a1b2", "replaceFirst", "\\d", closure(-1, (m) => Number(m) * 10)), "'a10b2'"],
  ];
  test.each(cases)("%s", (_label, run, expected) => {
    expect(inspectValue(run())).toBe(expected);
  });
});

function outcome(fn: () => Value): Value {
  try {
    return fn();
  } catch (err) {
    return `THROW ${(err as { javaClass: string }).javaClass}: ${(err as Error).message}`;
  }
}

describe("matchers", () => {
  test("=~ gives a matcher with Groovy indexing", () => {
    const m = binary(ctx, "=~", "abcbc", "(b)(c)");
    expect(inspectValue(getAt(ctx, m, 0))).toBe("['bc', 'b', 'c']");
    expect(inspectValue(getAt(ctx, m, 1))).toBe("['bc', 'b', 'c']");
    expect(getAt(ctx, getAt(ctx, m, 0), 1)).toBe("b");
    expect(getAt(ctx, binary(ctx, "=~", "abc", "b"), 0)).toBe("b");
    expect(getAt(ctx, binary(ctx, "=~", "a1b2c3", "\\d"), -1)).toBe("3");
  });

  test("out-of-range matcher index", () => {
    expectRuleError(() => getAt(ctx, binary(ctx, "=~", "abc", "(b)(c)"), 5), "IndexOutOfBoundsException", "index is out of range -1..0 (index = 5)");
  });

  test("find/group loop with offsets", () => {
    const m = binary(ctx, "=~", "a1b22", "\\d+");
    const seen: string[] = [];
    while (call(m, "find") === true) seen.push(`${call(m, "group")}@${call(m, "start")}-${call(m, "end")}`);
    expect(seen).toEqual(["1@1-2", "22@3-5"]);
  });

  test("offsets are UTF-16 positions", () => {
    const m = binary(ctx, "=~", "😀ab", "b");
    expect(call(m, "find")).toBe(true);
    expect(call(m, "start")).toBe(3);
  });

  test("named groups, group count and matches()", () => {
    const named = binary(ctx, "=~", "John Smith", "(?<first>\\w+) (?<last>\\w+)");
    call(named, "find");
    expect(call(named, "group", "last")).toBe("Smith");
    expect(call(binary(ctx, "=~", "abc", "(a)(b)?"), "groupCount")).toBe(2);
    const whole = binary(ctx, "=~", "abc", "a.c");
    expect(call(whole, "matches")).toBe(true);
    expect(call(whole, "group")).toBe("abc");
    expectRuleError(() => call(binary(ctx, "=~", "abc", "x"), "group"), "IllegalStateException", "No match found");
  });

  test("iteration, size and count", () => {
    const m = binary(ctx, "=~", "a1b2", "([a-z])(\\d)");
    expect(inspectValue([...iterate(ctx, m)])).toBe("[['a1', 'a', '1'], ['b2', 'b', '2']]");
    expect(call(binary(ctx, "=~", "a1b2", "\\d"), "collect", closure(-1, (x) => x))).toEqual(["1", "2"]);
    expect(inspectValue(call(binary(ctx, "=~", "k=v; a=b", "(\\w)=(\\w)"), "collect", closure(-1, (g) => (g as Value[])[2]!)))).toBe("['v', 'b']");
    expect(call(binary(ctx, "=~", "abcbc", "b"), "size")).toMatchObject({ value: 2n });
    expect(call(binary(ctx, "=~", "abcbc", "b"), "getCount")).toBe(2);
  });

  test("eachMatch", () => {
    const seen: Value[] = [];
    call("a1b2", "eachMatch", "\\d", closure(-1, (m) => seen.push(m)));
    expect(seen).toEqual(["1", "2"]);
  });
});

describe("patterns", () => {
  const Pattern = resolveClass("java.util.regex.Pattern")!;
  test("~/re/ builds a Pattern that switch matches fully", () => {
    const pattern = unary(ctx, "~", "a.c");
    expect(call(pattern, "pattern")).toBe("a.c");
    expect(isCase(ctx, pattern, "abc")).toBe(true);
    expect(isCase(ctx, unary(ctx, "~", "abc"), "xabcx")).toBe(false);
    expect(call(["ab", "b", "abc"], "grep", unary(ctx, "~", "a.*"))).toEqual(["ab", "abc"]);
  });

  test("Pattern statics", () => {
    const insensitive = callStatic(ctx, Pattern, "compile", ["b", 2]);
    expect(call(call(insensitive, "matcher", "ABC"), "find")).toBe(true);
    expect(callStatic(ctx, Pattern, "quote", ["a.b"])).toBe("\\Qa.b\\E");
    expect(callStatic(ctx, Pattern, "quote", ["a\\Eb"])).toBe("\\Qa\\E\\\\E\\Qb\\E");
    expect(callStatic(ctx, Pattern, "matches", ["a.c", "abc"])).toBe(true);
    const Matcher = resolveClass("java.util.regex.Matcher")!;
    expect(callStatic(ctx, Matcher, "quoteReplacement", ["a$b\\c"])).toBe("a\\$b\\\\c");
    expect(call(unary(ctx, "~", ",\\s*"), "split", "a, b,c")).toEqual(["a", "b", "c"]);
  });

  test("'abc' - ~/b/ removes the first match", () => {
    expect(binary(ctx, "-", "abcb", unary(ctx, "~", "b"))).toBe("acb");
  });
});

describe("constructs the linear-time engine rejects", () => {
  const cases: [string, string, RegExp][] = [
    ["backreference", "(a)\\1", /Backreferences \(\\1\) are not supported/],
    ["named backreference", "(?<x>a)\\k<x>", /Backreferences \(\\k<name>\) are not supported/],
    ["lookahead", "(?=[A-Z])", /Lookahead groups/],
    ["negative lookbehind", "(?<!a)b", /Lookbehind groups/],
    ["class intersection", "[a-z&&[^b]]", /intersections/],
    ["\\G", "\\Ga", /\\G anchor/],
  ];
  test.each(cases)("%s", (_label, pattern, message) => {
    const err = expectRuleError(() => call("aa", "replaceAll", pattern, "x"), "PatternSyntaxException", message);
    expect(err.ruleMessage).toContain(pattern);
  });

  test("invalid syntax raises PatternSyntaxException", () => {
    expectRuleError(() => call("a", "replaceAll", "(a", "x"), "PatternSyntaxException", /Unclosed group/);
    expectRuleError(() => call("a", "replaceAll", "a{2000}", "x"), "PatternSyntaxException", /above 1000/);
  });

  test("catastrophic patterns run in linear time", () => {
    const input = "a".repeat(50_000) + "!";
    const started = performance.now();
    expect(binary(ctx, "==~", input, "(a+)+$")).toBe(false);
    expect(binary(ctx, "==~", input, "(a|aa)*b")).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("searches far into the input", () => {
  const prefix = "x".repeat(5000);
  test("anchors and word boundaries keep their meaning", () => {
    expect(compileRegex("\\bword").find(`${prefix} word`, 4999)).toMatchObject({ start: 5001, end: 5005 });
    expect(compileRegex("\\bword").find(`${prefix}word`, 5000)).toBe(null);
    expect(compileRegex("^word").find(`${prefix}\nword`, 5001)).toBe(null);
    expect(compileRegex("(?m)^word").find(`${prefix}\nword`, 5001)).toMatchObject({ start: 5001 });
    expect(compileRegex("\\Aword").find(`${prefix}word`, 5000)).toBe(null);
    expect(compileRegex("d$").find(`${prefix}word\n`, 4500)).toMatchObject({ start: 5003 });
  });

  test("offsets stay UTF-16 positions after astral characters", () => {
    const text = "😀".repeat(3000) + "ab";
    expect(compileRegex("b").find(text, 6001)).toMatchObject({ start: 6001, end: 6002 });
    expect(call(text, "replaceAll", "[ab]", "-").endsWith("--")).toBe(true);
  });
});

describe("translation and cache", () => {
  test("Java specifics become RE2 syntax", () => {
    expect(translateJavaRegex("(?<year>\\d{4})").source).toBe("(?P<year>\\d{4})");
    expect(translateJavaRegex("\\u00e9\\x41\\0101").source).toBe("\\x{e9}\\x{41}\\x{41}");
    expect(translateJavaRegex("a b # note\nc", 4).source).toBe("abc");
    expect(translateJavaRegex("a.", 32).source).toBe("(?s)a.");
    expect(translateJavaRegex("a*+b").source).toBe("a*b");
    expect(translateJavaRegex("a.b", 16).source).toBe("a\\.b");
  });

  test("compiled patterns are cached", () => {
    expect(compileRegex("cache-me")).toBe(compileRegex("cache-me"));
    expect(compileRegex("cache-me", 2)).not.toBe(compileRegex("cache-me"));
  });

  test("an evicted pattern still works through its Pattern object", () => {
    const pattern = unary(ctx, "~", "ke+p");
    for (let i = 0; i < 300; i++) compileRegex(`filler${i}`);
    expect(isCase(ctx, pattern, "keeep")).toBe(true);
  });
});
