import { describe, expect, it as test } from "vitest";
import { callStatic, newInstance, resolveClass } from "../../src/dispatch.ts";
import { RuleException } from "../../src/errors.ts";
import { isSet } from "../../src/gdk/collections.ts";
import type { Value } from "../../src/values.ts";
import { call, ctx, map, show } from "./support.ts";

const make = (className: string, ...args: Value[]) => newInstance(ctx, resolveClass(className)!, args);
const collections = (method: string, ...args: Value[]) => callStatic(ctx, resolveClass("Collections")!, method, args);

// Expected strings are what Groovy printed for the same expression.
describe("collection constructors", () => {
  const cases: [string, () => Value, string][] = [
    ["new ArrayList([3,1,2])", () => make("ArrayList", [3, 1, 2]), "[3, 1, 2]"],
    ["new ArrayList()", () => make("ArrayList"), "[]"],
    ["new LinkedHashMap([b:1,a:2])", () => make("LinkedHashMap", map({ b: 1, a: 2 })), "[b:1, a:2]"],
    ["new TreeMap([b:1,a:2])", () => make("TreeMap", map({ b: 1, a: 2 })), "[a:2, b:1]"],
    ["new HashSet(['b','a','c'])", () => make("HashSet", ["b", "a", "c"]), "[a, b, c]"],
    ["new LinkedHashSet([3,1,3])", () => make("LinkedHashSet", [3, 1, 3]), "[3, 1]"],
    ["new TreeSet([3,1,2,1])", () => make("TreeSet", [3, 1, 2, 1]), "[1, 2, 3]"],
  ];
  for (const [groovy, run, expected] of cases) {
    test(groovy, () => {
      expect(show(run())).toBe(expected);
    });
  }

  test("a TreeSet keeps new elements sorted", () => {
    const tree = make("TreeSet", [3, 1, 2]);
    expect(isSet(tree)).toBe(true);
    call(tree, "leftShift", 0);
    expect(show(tree)).toBe("[0, 1, 2, 3]");
  });

  test("a copied list is independent", () => {
    const source = [1, 2];
    const copy = make("ArrayList", source) as Value[];
    copy.push(3);
    expect(show(source)).toBe("[1, 2]");
  });

  test("a bad argument raises like Groovy", () => {
    expect(() => make("ArrayList", "text")).toThrow("Could not find matching constructor for: java.util.ArrayList(java.lang.String)");
  });
});

describe("Collections and Arrays", () => {
  test("sort, reverse and max", () => {
    const list = [3, 1, 2];
    collections("sort", list);
    expect(show(list)).toBe("[1, 2, 3]");
    collections("reverse", list);
    expect(show(list)).toBe("[3, 2, 1]");
    expect(collections("max", list)).toBe(3);
    expect(collections("frequency", [1, 1, 2], 1)).toBe(2);
  });

  test("Arrays.asList", () => {
    expect(show(callStatic(ctx, resolveClass("Arrays")!, "asList", [1, 2]))).toBe("[1, 2]");
  });

  test("emptyList cannot change", () => {
    expect(() => call(collections("emptyList"), "add", 1)).toThrow(RuleException);
  });
});
