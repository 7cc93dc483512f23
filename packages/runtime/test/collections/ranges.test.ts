import { describe, expect, it as test } from "vitest";
import { listGetRange, rangeContains, rangeIndexes, rangeToString, stringGetRange } from "../../src/gdk/collections.ts";
import { ExecutionContext } from "../../src/context.ts";
import { callMethod } from "../../src/dispatch.ts";
import { LimitError } from "../../src/errors.ts";
import { GRange, type Value } from "../../src/values.ts";
import { call, failure, fn, get, it, long, show } from "./support.ts";

const range = (from: Value, to: Value, exclusive = false) => new GRange(from, to, exclusive);

// Expected strings are what Groovy printed for the same expression.
describe("range values", () => {
  const cases: [string, () => Value, string][] = [
    ["(3..1).toList()", () => call(range(3, 1), "toList"), "[3, 2, 1]"],
    ["(3..1).from", () => get(range(3, 1), "from"), "1"],
    ["(3..1).to", () => get(range(3, 1), "to"), "3"],
    ["(3..1).size()", () => call(range(3, 1), "size"), "3"],
    ["(3..1).isReverse()", () => call(range(3, 1), "isReverse"), "true"],
    ["(1..<3).to", () => get(range(1, 3, true), "to"), "2"],
    ["(1..<3).size()", () => call(range(1, 3, true), "size"), "2"],
    ["(3..<1).toList()", () => call(range(3, 1, true), "toList"), "[3, 2]"],
    ["(5..<5).toList()", () => call(range(5, 5, true), "toList"), "[]"],
    ["(1..0).toList()", () => call(range(1, 0), "toList"), "[1, 0]"],
    ["(1..3L).toList()", () => call(range(1, long(3)), "toList"), "[1, 2, 3]"],
    ["('a'..'e').toList()", () => call(range("a", "e"), "toList"), "[a, b, c, d, e]"],
    ["('e'..'a').toList()", () => call(range("e", "a"), "toList"), "[e, d, c, b, a]"],
    ["('a'..<'e').toList()", () => call(range("a", "e", true), "toList"), "[a, b, c, d]"],
    ["(1..10).step(3)", () => call(range(1, 10), "step", 3), "[1, 4, 7, 10]"],
    ["(10..1).step(3)", () => call(range(10, 1), "step", 3), "[10, 7, 4, 1]"],
    ["(1..3).step(-1)", () => call(range(1, 3), "step", -1), "[3, 2, 1]"],
    ["(1..3).reverse().toList()", () => call(call(range(1, 3), "reverse"), "toList"), "[3, 2, 1]"],
    ["(1..<3).reverse().toList()", () => call(call(range(1, 3, true), "reverse"), "toList"), "[2, 1]"],
    ["('a'..'c').reverse().toList()", () => call(call(range("a", "c"), "reverse"), "toList"), "[c, b, a]"],
    ["(1..3).contains(2L)", () => call(range(1, 3), "contains", long(2)), "false"],
    ["(1..3).contains(2)", () => call(range(1, 3), "contains", 2), "true"],
    ["(1..3).contains('2')", () => call(range(1, 3), "contains", "2"), "false"],
    ["('a'..'c').contains('b')", () => call(range("a", "c"), "contains", "b"), "true"],
    ["(1..3).collect{it*2}", () => call(range(1, 3), "collect", it((x) => (x as number) * 2)), "[2, 4, 6]"],
    ["(1..3).sum()", () => call(range(1, 3), "sum"), "6"],
    ["(1..3).getAt(1)", () => call(range(1, 3), "getAt", 1), "2"],
    ["(1..3)[-1]", () => call(range(1, 3), "getAt", -1), "3"],
    ["(1..3).getAt(0..1)", () => call(range(1, 3), "getAt", range(0, 1)), "[1, 2]"],
    ["(3..1).sort(false)", () => call(range(3, 1), "sort", false), "[1, 2, 3]"],
    ["('a'..'c').join('')", () => call(range("a", "c"), "join", ""), "abc"],
    ["(1..3).findAll{it>1}", () => call(range(1, 3), "findAll", it((x) => (x as number) > 1)), "[2, 3]"],
  ];
  for (const [groovy, run, expected] of cases) {
    test(groovy, () => {
      expect(show(run())).toBe(expected);
    });
  }

  test("(1..3).step(2){...} visits every second value", () => {
    const seen: Value[] = [];
    expect(call(range(1, 6), "step", 2, fn(1, (x) => seen.push(x)))).toBe(null);
    expect(seen).toEqual([1, 3, 5]);
  });

  test("toString shows the bounds", () => {
    expect(rangeToString(range(3, 1))).toBe("3..1");
    expect(rangeToString(range(1, 3, true))).toBe("1..<3");
    expect(call(range(1, 3), "toString")).toBe("1..3");
  });

  test("Long ranges hold any integral number in bounds", () => {
    expect(rangeContains(range(long(1), long(3)), 2)).toBe(true);
    expect(rangeContains(range(long(1), long(3)), long(4))).toBe(false);
  });

  test("iterating a range does not build it", () => {
    const small = new ExecutionContext({ limits: { maxCollectionSize: 10 } });
    let visits = 0;
    callMethod(small, range(1, 100), "each", [it(() => visits++)]);
    expect(visits).toBe(100);
    expect(callMethod(small, range(1, 100), "sum", [])).toBe(5050);
    expect(callMethod(small, range(1, 100), "any", [it((x) => x === 100)])).toBe(true);
    expect(() => callMethod(small, range(1, 100), "collect", [it((x) => x)])).toThrow(LimitError);
  });

  test("huge ranges report their size without expanding", () => {
    expect(call(range(long(1), long(10_000_000_000)), "size")).toBe(10_000_000_000);
  });
});

describe("range errors", () => {
  const cases: [string, () => unknown, string][] = [
    ["(1..3).step(0)", () => call(range(1, 3), "step", 0), "GroovyRuntimeException: Infinite loop detected due to step size of 0"],
    ["(1..3).add(4)", () => call(range(1, 3), "add", 4), "UnsupportedOperationException: add() is not supported on a range: ranges cannot be changed; call toList() first"],
    ["(3..1).sort()", () => call(range(3, 1), "sort"), "UnsupportedOperationException: sort() is not supported on a range: ranges cannot be changed; call toList() first"],
    ["('aa'..'b').toList()", () => call(range("aa", "b"), "toList"), "IllegalArgumentException: unsupported range bounds 'aa' and 'b': ranges must be between two integers or two single characters"],
  ];
  for (const [groovy, action, expected] of cases) {
    test(groovy, () => {
      expect(failure(action)).toBe(expected);
    });
  }
});

describe("subscripts with ranges", () => {
  const list = [1, 2, 3, 4];
  const cases: [string, GRange, string][] = [
    ["l[1..2]", range(1, 2), "[2, 3]"],
    ["l[1..-1]", range(1, -1), "[2, 3, 4]"],
    ["l[-2..-1]", range(-2, -1), "[3, 4]"],
    ["l[2..1]", range(2, 1), "[3, 2]"],
    ["l[1..<1]", range(1, 1, true), "[]"],
    ["l[0..<-1]", range(0, -1, true), "[1, 2, 3]"],
    ["l[-1..0]", range(-1, 0), "[4, 3, 2, 1]"],
    ["l[-1..<0]", range(-1, 0, true), "[4, 3, 2]"],
    ["l[3..<1]", range(3, 1, true), "[4, 3]"],
    ["l[4..<4]", range(4, 4, true), "[]"],
  ];
  for (const [groovy, index, expected] of cases) {
    test(groovy, () => {
      expect(show(listGetRange(list, index))).toBe(expected);
    });
  }

  const failures: [string, GRange, string][] = [
    ["l[1..5]", range(1, 5), "IndexOutOfBoundsException: toIndex = 6"],
    ["l[5..6]", range(5, 6), "IndexOutOfBoundsException: toIndex = 7"],
    ["l[-5..1]", range(-5, 1), "IndexOutOfBoundsException: fromIndex = -1"],
    ["l[4..4]", range(4, 4), "IndexOutOfBoundsException: toIndex = 5"],
  ];
  for (const [groovy, index, expected] of failures) {
    test(groovy, () => {
      expect(failure(() => rangeIndexes(index, list.length))).toBe(expected);
    });
  }

  const strings: [string, GRange, string][] = [
    ['"hello"[1..3]', range(1, 3), "ell"],
    ['"hello"[-1..0]', range(-1, 0), "olleh"],
    ['"hello"[1..<1]', range(1, 1, true), ""],
    ['"hello"[0..<-1]', range(0, -1, true), "hell"],
  ];
  for (const [groovy, index, expected] of strings) {
    test(groovy, () => {
      expect(stringGetRange("hello", index)).toBe(expected);
    });
  }

  test('"hello"[1..9] raises like Java', () => {
    expect(failure(() => stringGetRange("hello", range(1, 9)))).toBe("StringIndexOutOfBoundsException: begin 1, end 10, length 5");
  });
});
