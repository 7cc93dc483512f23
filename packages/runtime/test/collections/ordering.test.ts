import { describe, expect, it as test } from "vitest";
import { GMap, type Value } from "../../src/values.ts";
import { call, cmp, decimal, fn, get, it, long, map, show } from "./support.ts";

const n = (v: Value) => v as number;
const size = (v: Value) => (v as string).length;

describe("sort", () => {
  test("sort() mutates and returns the same list", () => {
    const list = [3, 1, 2];
    const result = call(list, "sort");
    expect(result).toBe(list);
    expect(show(list)).toBe("[1, 2, 3]");
  });

  test("sort(false) leaves the list alone", () => {
    const list = [3, 1, 2];
    expect(show(call(list, "sort", false))).toBe("[1, 2, 3]");
    expect(show(list)).toBe("[3, 1, 2]");
  });

  test("sort with a key closure mutates", () => {
    const list = ["bb", "a", "ccc"];
    expect(show(call(list, "sort", it(size)))).toBe("[a, bb, ccc]");
    expect(show(list)).toBe("[a, bb, ccc]");
  });

  test("sort with a comparator closure", () => {
    const list = ["bb", "a", "ccc"];
    expect(show(call(list, "sort", fn(2, (a, b) => cmp(size(b), size(a)))))).toBe("[ccc, bb, a]");
    expect(show(list)).toBe("[ccc, bb, a]");
  });

  test("sort(false) with a key closure", () => {
    const list = ["bb", "a", "ccc"];
    expect(show(call(list, "sort", false, it(size)))).toBe("[a, bb, ccc]");
    expect(show(list)).toBe("[bb, a, ccc]");
  });

  test("sort is stable", () => {
    const rows = [map({ n: 1, v: "x" }), map({ n: 0, v: "y" }), map({ n: 1, v: "z" }), map({ n: 0, v: "w" })];
    expect(show(call(rows, "sort", it((r) => get(r, "n"))))).toBe("[[n:0, v:y], [n:0, v:w], [n:1, v:x], [n:1, v:z]]");
  });

  test("natural order puts null first and mixes number types", () => {
    expect(show(call([null, 2, 1], "sort"))).toBe("[null, 1, 2]");
    expect(show(call([1, long(2), decimal("1.5")], "sort"))).toBe("[1, 1.5, 2]");
    expect(show(call(["b", "A", "a"], "sort"))).toBe("[A, a, b]");
  });

  test("values that cannot be compared fall back to hash codes", () => {
    expect(show(call([1, "a", 2], "sort"))).toBe("[1, 2, a]");
  });

  test("toSorted never mutates", () => {
    const list = [3, 1, 2];
    expect(show(call(list, "toSorted", fn(2, (a, b) => cmp(b, a))))).toBe("[3, 2, 1]");
    expect(show(list)).toBe("[3, 1, 2]");
  });
});

describe("unique", () => {
  test("unique() mutates and returns the same list", () => {
    const list = [3, 1, 3, 2, 1];
    const result = call(list, "unique");
    expect(result).toBe(list);
    expect(show(list)).toBe("[3, 1, 2]");
  });

  test("unique(false) copies", () => {
    const list = [3, 1, 3, 2, 1];
    expect(show(call(list, "unique", false))).toBe("[3, 1, 2]");
    expect(show(list)).toBe("[3, 1, 3, 2, 1]");
  });

  test("unique with a key closure", () => {
    const list = ["a", "B", "b", "A"];
    expect(show(call(list, "unique", it((s) => (s as string).toLowerCase())))).toBe("[a, B]");
    expect(show(list)).toBe("[a, B]");
  });

  test("unique(false) with a comparator closure", () => {
    const list = ["a", "B", "b", "A"];
    const ignoreCase = fn(2, (a, b) => cmp((a as string).toLowerCase(), (b as string).toLowerCase()));
    expect(show(call(list, "unique", false, ignoreCase))).toBe("[a, B]");
    expect(show(list)).toBe("[a, B, b, A]");
  });

  test("unique uses Groovy equality across number types", () => {
    expect(show(call([1, long(1), decimal("1.0"), 2], "unique"))).toBe("[1, 2]");
    expect(show(call([2, decimal("1.0"), 1], "unique"))).toBe("[2, 1.0]");
  });

  test("toUnique copies", () => {
    const list = [1, 2, 1];
    expect(show(call(list, "toUnique"))).toBe("[1, 2]");
    expect(show(list)).toBe("[1, 2, 1]");
  });
});

describe("reverse", () => {
  test("reverse() returns a new list", () => {
    const list = [1, 2, 3];
    const result = call(list, "reverse");
    expect(show(result)).toBe("[3, 2, 1]");
    expect(result).not.toBe(list);
    expect(show(list)).toBe("[1, 2, 3]");
  });

  test("reverse(true) mutates", () => {
    const list = [3, 1, 2];
    expect(call(list, "reverse", true)).toBe(list);
    expect(show(list)).toBe("[2, 1, 3]");
  });
});

describe("max and min", () => {
  const cases: [string, () => Value, string][] = [
    ["[].max()", () => call([], "max"), "null"],
    ["[3,1,2].max()", () => call([3, 1, 2], "max"), "3"],
    ["[null,2,1].max()", () => call([null, 2, 1], "max"), "2"],
    ["[null,2,1].min()", () => call([null, 2, 1], "min"), "1"],
    ["['bb','a','ccc'].max{it.size()}", () => call(["bb", "a", "ccc"], "max", it(size)), "ccc"],
    ["['bb','a','ccc'].min{a,b->a.size()<=>b.size()}", () => call(["bb", "a", "ccc"], "min", fn(2, (a, b) => cmp(size(a), size(b)))), "a"],
    ["[1,2,3].max{a -> -a}", () => call([1, 2, 3], "max", fn(1, (a) => -n(a))), "1"],
    ["[1,'a'].max()", () => call([1, "a"], "max"), "a"],
    ["['ab','cd'].max{it.size()} keeps the first", () => call(["ab", "cd"], "max", it(size)), "ab"],
    ["['ab','cd'].min{it.size()} keeps the first", () => call(["ab", "cd"], "min", it(size)), "ab"],
  ];
  for (const [groovy, run, expected] of cases) {
    test(groovy, () => {
      expect(show(run())).toBe(expected);
    });
  }

  test("max of a map by value", () => {
    const scores: GMap = map({ a: 1, b: 2 });
    expect(show(call(scores, "max", it((e) => get(e, "value"))))).toBe("b=2");
    expect(show(call(scores, "min", fn(2, (a, b) => cmp(get(a, "value"), get(b, "value")))))).toBe("a=1");
  });
});
