import { describe, expect, it } from "vitest";
import { replicaOf, runOutgoing } from "./run-helper.ts";

// The compiled code has shortcuts for map literals, map properties, argument
// lists and method lookups. These rules go through each shortcut and through
// the cases it must leave to the general path. Expected values are what
// Groovy 2.4 printed for the same lines.
describe("compiled fast paths", () => {
  it("finds each receiver's method at one call site", () => {
    const replica = replicaOf(`
      def sizes = []
      for (t in ["abc", [1, 2], [a: 1, b: 2, c: 3], 1..4, "x"]) sizes << t.size()
      replica.sizes = sizes
    `);
    expect(replica.sizes).toEqual([3, 2, 3, 4, 1]);
  });

  it("calls a closure stored in a map", () => {
    const replica = replicaOf(`
      def m = [shout: { s -> s.toUpperCase() }]
      def calls = []
      for (t in [m, m]) calls << t.shout("x")
      replica.calls = calls
    `);
    expect(replica.calls).toEqual(["X", "X"]);
  });

  it("raises for a method missing on one receiver", () => {
    const outcome = runOutgoing(`
      def out = []
      for (t in ["abc", 5]) out << t.toUpperCase()
    `);
    expect(outcome.error?.javaClass).toBe("MissingMethodException");
    expect(outcome.error?.line).toBe(3);
  });

  it("builds map literals with string keys", () => {
    const replica = replicaOf(`
      def lit = [a: 1, b: null, "c d": 3]
      replica.text = lit.toString()
      replica.b = lit.b
      replica.spaced = lit."c d"
      replica.missing = lit.missing
      replica.size = lit.size()
    `);
    expect(replica.text).toBe("[a:1, b:null, c d:3]");
    expect(replica.b).toBe(null);
    expect(replica.spaced).toBe(3);
    expect(replica.missing).toBe(null);
    expect(replica.size).toBe(3);
  });

  it("keeps non-string literal keys apart", () => {
    const replica = replicaOf(`
      def m = [(1): "int", (1L): "long", "1": "string"]
      replica.text = m.toString()
      replica.long = m[1L]
    `);
    expect(replica.text).toBe("[1:int, 1:long, 1:string]");
    expect(replica.long).toBe("long");
  });

  it("passes zero to five call arguments", () => {
    const replica = replicaOf(`
      def f0() { "none" }
      def f1(a) { a }
      def f2(a, b) { a + b }
      def f3(a, b, c) { a + b + c }
      def f5(a, b, c, d, e) { [a, b, c, d, e].join("-") }
      replica.out = [f0(), f1("a"), f2("a", "b"), f3("a", "b", "c"), f5(1, 2, 3, 4, 5)]
      replica.spread = f3(*["x", "y"], "z")
    `);
    expect(replica.out).toEqual(["none", "a", "ab", "abc", "1-2-3-4-5"]);
    expect(replica.spread).toBe("xyz");
  });

  it("assigns through a subscript", () => {
    const replica = replicaOf(`
      def m = [:]
      def l = [0, 0]
      m["k"] = 1
      l[1] = m.k + 1
      replica.m = m
      replica.l = l
      replica.chained = (m["j"] = 7)
    `);
    expect(replica.m).toEqual({ k: 1, j: 7 });
    expect(replica.l).toEqual([0, 2]);
    expect(replica.chained).toBe(7);
  });

  it("gives each closure call fresh locals", () => {
    const replica = replicaOf(`
      def seen = []
      def record = { x ->
        def before
        seen << before
        before = x
        for (i in [1]) { }
      }
      def results = [record(1), record(2)]
      replica.seen = seen
      replica.results = results
      def pick = { x -> if (x) { x } else { for (i in [1]) { } } }
      replica.picked = [pick(5), pick(0)]
      def count
      count = { n -> n <= 0 ? 0 : 1 + count(n - 1) }
      replica.depth = count(5)
      def makers = (1..3).collect { n -> { -> n * 10 } }
      replica.made = makers.collect { it() }
    `);
    expect(replica.seen).toEqual([null, null]);
    expect(replica.results).toEqual([null, null]);
    expect(replica.picked).toEqual([5, null]);
    expect(replica.depth).toBe(5);
    expect(replica.made).toEqual([10, 20, 30]);
  });

  it("calls closures from collection methods", () => {
    const replica = replicaOf(`
      replica.withDefault = [1, 2].collect { a = 10 -> a * 2 }
      def pairs = []
      [[1, 2], [3, 4]].each { a, b -> pairs << a + b }
      replica.pairs = pairs
      def steps = 0
      def walk
      walk = { n -> steps++; n <= 0 ? [] : [n] + [n - 1].collectMany { walk(it) } }
      replica.walked = walk(3)
      replica.steps = steps
      replica.chained = [1, 2, 3].findAll { it % 2 }.collect { "x$it" }
    `);
    expect(replica.withDefault).toEqual([2, 4]);
    expect(replica.pairs).toEqual([3, 7]);
    expect(replica.walked).toEqual([3, 2, 1]);
    expect(replica.steps).toBe(4);
    expect(replica.chained).toEqual(["x1", "x3"]);
  });

  it("reports a subscript assignment on null", () => {
    const outcome = runOutgoing(`
      def m = null
      m["k"] = 1
    `);
    expect(outcome.error?.javaClass).toBe("NullPointerException");
    expect(outcome.error?.line).toBe(3);
  });
});
