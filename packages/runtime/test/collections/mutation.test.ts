import { describe, expect, it as test } from "vitest";
import type { Value } from "../../src/values.ts";
import { call, failure, it, long, show } from "./support.ts";

const n = (v: Value) => v as number;

/** Runs `change` on `list` and returns "result list" as Groovy printed both. */
function after(list: Value[], change: (list: Value[]) => Value): string {
  const result = change(list);
  return `${show(result)} ${show(list)}`;
}

describe("list mutation", () => {
  const cases: [string, Value[], (list: Value[]) => Value, string][] = [
    ["add(4)", [1, 2, 3], (l) => call(l, "add", 4), "true [1, 2, 3, 4]"],
    ["add(0, 9)", [1, 2, 3], (l) => call(l, "add", 0, 9), "null [9, 1, 2, 3]"],
    ["remove(0) removes by index", [1, 2, 3], (l) => call(l, "remove", 0), "1 [2, 3]"],
    ["remove('a') removes by value", ["a", "b"], (l) => call(l, "remove", "a"), "true [b]"],
    ["remove(2L) removes by value", [long(1), long(2), long(3)], (l) => call(l, "remove", long(2)), "true [1, 3]"],
    ["remove(9L) finds nothing", [1, 2], (l) => call(l, "remove", long(1)), "false [1, 2]"],
    ["removeAt(0)", [1, 2, 3], (l) => call(l, "removeAt", 0), "1 [2, 3]"],
    ["removeElement(3)", [1, 2, 3], (l) => call(l, "removeElement", 3), "true [1, 2]"],
    ["removeAll([5,7])", [5, 6, 7], (l) => call(l, "removeAll", [5, 7]), "true [6]"],
    ["removeAll([1]) with Long elements", [long(1), 2], (l) => call(l, "removeAll", [1]), "false [1, 2]"],
    ["removeAll{it==6}", [5, 6, 7], (l) => call(l, "removeAll", it((x) => x === 6)), "true [5, 7]"],
    ["retainAll([5,7])", [5, 6, 7], (l) => call(l, "retainAll", [5, 7]), "true [5, 7]"],
    ["removeIf{it==5}", [5, 6, 7], (l) => call(l, "removeIf", it((x) => x === 5)), "true [6, 7]"],
    ["addAll([1,2])", [5, 6, 7], (l) => call(l, "addAll", [1, 2]), "true [5, 6, 7, 1, 2]"],
    ["addAll(0,[0])", [5, 6], (l) => call(l, "addAll", 0, [0]), "true [0, 5, 6]"],
    ["set(0, 100)", [1, 2], (l) => call(l, "set", 0, 100), "1 [100, 2]"],
    ["leftShift(2) then [3]", [1], (l) => call(call(l, "leftShift", 2), "leftShift", [3]), "[1, 2, [3]] [1, 2, [3]]"],
    ["clear()", [1, 2], (l) => call(l, "clear"), "null []"],
    ["pop() takes the first item (Groovy 4)", [1, 2, 3], (l) => call(l, "pop"), "1 [2, 3]"],
    ["push(9) prepends (Groovy 4)", [1, 2, 3], (l) => call(l, "push", 9), "true [9, 1, 2, 3]"],
    ["removeLast()", [1, 2, 3], (l) => call(l, "removeLast"), "3 [1, 2]"],
    ["putAt(3, 7) pads with null", [1], (l) => call(l, "putAt", 3, 7), "null [1, null, null, 7]"],
    ["putAt(-1, 8)", [1, 2], (l) => call(l, "putAt", -1, 8), "null [1, 8]"],
    ["collect into a given list", [1, 2], (l) => call(l, "collect", [0], it((x) => n(x) * 10)), "[0, 10, 20] [1, 2]"],
  ];
  for (const [name, list, change, expected] of cases) {
    test(name, () => {
      expect(after(list, change)).toBe(expected);
    });
  }
});

describe("list mutation errors", () => {
  const cases: [string, () => unknown, string][] = [
    ["add(5, 2) past the end", () => call([1], "add", 5, 2), "IndexOutOfBoundsException: Index: 5, Size: 1"],
    ["set(5, 2)", () => call([1], "set", 5, 2), "IndexOutOfBoundsException: Index 5 out of bounds for length 1"],
    ["remove(5)", () => call([1], "remove", 5), "IndexOutOfBoundsException: Index 5 out of bounds for length 1"],
    ["putAt(-5, 1)", () => call([1], "putAt", -5, 1), "ArrayIndexOutOfBoundsException: Negative array index [-5] too large for array size 1"],
    ["[].pop()", () => call([], "pop"), "NoSuchElementException: Cannot pop() an empty List"],
    ["asImmutable().add(3)", () => call(call([1, 2], "asImmutable"), "add", 3), "UnsupportedOperationException: add() is not supported on an immutable list; copy it with toList() first"],
  ];
  for (const [name, action, expected] of cases) {
    test(name, () => {
      expect(failure(action)).toBe(expected);
    });
  }

  test("clone copies a list", () => {
    const list = [1, 2];
    const copy = call(list, "clone") as Value[];
    call(copy, "add", 3);
    expect(show(list)).toBe("[1, 2]");
    expect(show(copy)).toBe("[1, 2, 3]");
  });

  test("a copy of an immutable list can change", () => {
    const copy = call(call([1, 2], "asImmutable"), "toList") as Value[];
    call(copy, "add", 3);
    expect(show(copy)).toBe("[1, 2, 3]");
  });
});
