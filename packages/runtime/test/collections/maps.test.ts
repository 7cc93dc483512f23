import { describe, expect, it as test } from "vitest";
import { mapEntryValues, MapEntry } from "../../src/gdk/collections.ts";
import { isSet } from "../../src/gdk/collections/sets.ts";
import { setProperty } from "../../src/dispatch.ts";
import { newMap } from "../../src/map.ts";
import { GMap, type Value } from "../../src/values.ts";
import { call, cmp, ctx, failure, fn, get, it, long, map, plus, show } from "./support.ts";

const n = (v: Value) => v as number;
const value = (entry: Value) => get(entry, "value");
const key = (entry: Value) => get(entry, "key");

// Expected strings are what Groovy printed for the same expression.
describe("map access", () => {
  test("get(key, default) stores the default", () => {
    const m = map({ a: 1, b: 2, c: 3 });
    expect(show(call(m, "get", "z", 9))).toBe("9");
    expect(show(m)).toBe("[a:1, b:2, c:3, z:9]");
    expect(show(call(m, "get", "a", 7))).toBe("1");
  });

  test("get(key, default) keeps an existing null", () => {
    const m = map({ a: null });
    expect(call(m, "get", "a", 7)).toBe(null);
    expect(show(m)).toBe("[a:null]");
  });

  test("put, putAll and remove", () => {
    const m = map({ a: 1, b: 2 });
    expect(show(call(m, "put", "a", 5))).toBe("1");
    expect(show(call(m, "put", "q", 1))).toBe("null");
    call(m, "putAll", map({ x: 1 }));
    expect(show(m)).toBe("[a:5, b:2, q:1, x:1]");
    expect(show(call(m, "remove", "x"))).toBe("1");
    expect(show(call(m, "remove", "nope"))).toBe("null");
  });

  test("keys follow Java equals", () => {
    const m = newMap([[1, "x"]]);
    expect(call(m, "containsKey", long(1))).toBe(false);
    expect(call(m, "get", long(1))).toBe(null);
    expect(call(m, "containsKey", 1)).toBe(true);
  });

  test("keySet, values and entrySet", () => {
    const m = map({ a: 5, b: 2 });
    const keys = call(m, "keySet");
    expect(isSet(keys)).toBe(true);
    expect(show(keys)).toBe("[a, b]");
    expect(show(call(keys, "toList"))).toBe("[a, b]");
    expect(show(call(keys, "plus", ["z"]))).toBe("[a, b, z]");
    expect(show(call(m, "values"))).toBe("[5, 2]");
    expect(show(call(m, "entrySet"))).toBe("[a=5, b=2]");
    expect(call(m, "containsValue", 2)).toBe(true);
  });

  test("subMap, plus, minus, getOrDefault", () => {
    const m = map({ a: 1, b: 2, c: 3 });
    expect(show(call(m, "subMap", ["a", "c", "z"]))).toBe("[a:1, c:3]");
    expect(show(call(map({ a: 1, b: 2 }), "plus", map({ b: 3 })))).toBe("[a:1, b:3]");
    expect(show(call(map({ a: 1, b: 2 }), "minus", map({ a: 1 })))).toBe("[b:2]");
    expect(show(call(map({ a: 1, b: 2 }), "minus", map({ a: 2 })))).toBe("[a:1, b:2]");
    expect(show(call(map({ a: 1 }), "getOrDefault", "z", 5))).toBe("5");
  });

  test("leftShift adds a map's entries", () => {
    const m = map({ a: 1 });
    expect(call(m, "leftShift", map({ b: 2 }))).toBe(m);
    expect(show(m)).toBe("[a:1, b:2]");
  });

  test("asImmutable rejects changes", () => {
    const frozen = call(map({ a: 1 }), "asImmutable");
    expect(failure(() => call(frozen, "put", "b", 2))).toBe(
      "UnsupportedOperationException: put() is not supported on an immutable map; copy it first",
    );
  });
});

describe("map entries", () => {
  test("entries write through to the map", () => {
    const m = map({ a: 1 });
    const [entry] = mapEntryValues(m);
    expect(call(entry!, "getKey")).toBe("a");
    expect(call(entry!, "getValue")).toBe(1);
    setProperty(ctx, entry!, "value", 9);
    expect(show(entry!)).toBe("a=9");
    expect(show(m)).toBe("[a:9]");
  });

  test("find returns an entry", () => {
    const found = call(map({ a: 1, b: 2 }), "find", fn(2, (_k, v) => n(v) > 1));
    expect(found).toBeInstanceOf(MapEntry);
    expect(show(found)).toBe("b=2");
    expect(call(map({ a: 1 }), "find", it((e) => n(value(e)) > 5))).toBe(null);
  });
});

describe("map closures", () => {
  const m = () => map({ a: 1, b: 2 });
  const cases: [string, () => Value, string][] = [
    ["collect{ k, v -> k + v }", () => call(m(), "collect", fn(2, plus)), "[a1, b2]"],
    ["collect{ it.key }", () => call(m(), "collect", it(key)), "[a, b]"],
    ["collect{ it }", () => call(m(), "collect", it((e) => e)), "[a=1, b=2]"],
    ["collectEntries{ k, v -> [(k.toUpperCase()): v * 2] }", () => call(m(), "collectEntries", fn(2, (k, v) => newMap([[(k as string).toUpperCase(), n(v) * 2]]))), "[A:2, B:4]"],
    ["collectEntries{ [it.value, it.key] }", () => call(m(), "collectEntries", it((e) => [value(e), key(e)])), "[1:a, 2:b]"],
    ["collectMany{k,v->[k]*v}", () => call(m(), "collectMany", fn(2, (k, v) => call([k], "multiply", v))), "[a, b, b]"],
    ["findAll{ k, v -> v > 1 }", () => call(m(), "findAll", fn(2, (_k, v) => n(v) > 1)), "[b:2]"],
    ["findAll{ it.value > 1 }", () => call(m(), "findAll", it((e) => n(value(e)) > 1)), "[b:2]"],
    ["any{ k, v -> v > 1 }", () => call(m(), "any", fn(2, (_k, v) => n(v) > 1)), "true"],
    ["every{ it.value > 1 }", () => call(m(), "every", it((e) => n(value(e)) > 1)), "false"],
    ["count{ k, v -> v > 0 }", () => call(m(), "count", fn(2, (_k, v) => n(v) > 0)), "2"],
    ["countBy{k,v->v%2}", () => call(m(), "countBy", fn(2, (_k, v) => n(v) % 2)), "[1:1, 0:1]"],
    ["findResult{k,v->v>1?k:null}", () => call(m(), "findResult", fn(2, (k, v) => (n(v) > 1 ? k : null))), "b"],
    ["[a:1,b:2,c:1].groupBy{it.value}", () => call(map({ a: 1, b: 2, c: 1 }), "groupBy", it(value)), "[1:[a:1, c:1], 2:[b:2]]"],
    ["[a:1,b:2,c:1].groupBy{k,v->v}", () => call(map({ a: 1, b: 2, c: 1 }), "groupBy", fn(2, (_k, v) => v)), "[1:[a:1, c:1], 2:[b:2]]"],
    ["inject(0){acc, k, v -> acc + v}", () => call(m(), "inject", 0, fn(3, (acc, _k, v) => plus(acc, v))), "3"],
    ["inject(0){acc, e -> acc + e.value}", () => call(m(), "inject", 0, fn(2, (acc, e) => plus(acc, value(e)))), "3"],
    ["[b:1,a:2].sort()", () => call(map({ b: 1, a: 2 }), "sort"), "[a:2, b:1]"],
    ["[b:1,a:2].sort{it.value}", () => call(map({ b: 1, a: 2 }), "sort", it(value)), "[b:1, a:2]"],
    ["[b:1,a:2].sort{x,y-> y.key <=> x.key}", () => call(map({ b: 1, a: 2 }), "sort", fn(2, (x, y) => cmp(key(y), key(x)))), "[b:1, a:2]"],
    ["[a:1,b:2,c:3].subMap(['a','c','z'])", () => call(map({ a: 1, b: 2, c: 3 }), "subMap", ["a", "c", "z"]), "[a:1, c:3]"],
  ];
  for (const [groovy, run, expected] of cases) {
    test(groovy, () => {
      expect(show(run())).toBe(expected);
    });
  }

  test("each with one parameter gets entries, with two gets key and value", () => {
    const seen: string[] = [];
    const source = m();
    expect(call(source, "each", it((e) => seen.push(show(e))))).toBe(source);
    call(source, "each", fn(2, (k, v) => seen.push(`${show(k)}->${show(v)}`)));
    expect(seen).toEqual(["a=1", "b=2", "a->1", "b->2"]);
  });

  test("forEach passes key and value", () => {
    const seen: string[] = [];
    expect(call(m(), "forEach", fn(2, (k, v) => seen.push(`${show(k)}${show(v)}`)))).toBe(null);
    expect(seen).toEqual(["a1", "b2"]);
  });

  test("eachWithIndex with two or three parameters", () => {
    const seen: string[] = [];
    call(m(), "eachWithIndex", fn(2, (e, i) => seen.push(`${show(e)} ${show(i)}`)));
    call(m(), "eachWithIndex", fn(3, (k, v, i) => seen.push(`${show(k)} ${show(v)} ${show(i)}`)));
    expect(seen).toEqual(["a=1 0", "b=2 1", "a 1 0", "b 2 1"]);
  });

  test("findAll returns a new map", () => {
    const source = m();
    const found = call(source, "findAll", fn(2, () => true)) as GMap;
    expect(found).not.toBe(source);
    expect(show(found)).toBe("[a:1, b:2]");
  });

  test("for-in iteration yields entries", () => {
    expect(mapEntryValues(m()).map(show)).toEqual(["a=1", "b=2"]);
  });
});
