import { describe, expect, it } from "vitest";
import { replicaOf } from "./run-helper.ts";

describe("compiled control flow", () => {
  it("runs loops with break, continue and labels", () => {
    const replica = replicaOf(`
      def seen = []
      for (i in 1..10) { if (i % 2 == 0) continue; if (i > 7) break; seen << i }
      replica.odd = seen
      def pairs = []
      outer: for (a in 1..3) { for (b in 1..3) { if (b == 2) continue outer; if (a == 3) break outer; pairs << "$a$b" } }
      replica.pairs = pairs
      def n = 0
      while (true) { n++; if (n >= 5) break }
      replica.n = n
      def k = 0
      for (int i = 0; i < 4; i++) { k += i }
      replica.k = k
    `);
    expect(replica.odd).toEqual([1, 3, 5, 7]);
    expect(replica.pairs).toEqual(["11", "21"]);
    expect(replica.n).toBe(5);
    expect(replica.k).toBe(6);
  });

  it("falls through switch cases until break", () => {
    const replica = replicaOf(`
      def out = []
      for (v in [1, 2, 5, "x", 42]) {
        switch (v) {
          case 1: out << "one"
          case 2: out << "two"; break
          case 3..6: out << "range"; break
          case ~/x/: out << "regex"; break
          default: out << "other"
        }
      }
      replica.out = out
    `);
    expect(replica.out).toEqual(["one", "two", "two", "range", "regex", "other"]);
  });

  it("calls script methods declared after use, with defaults and recursion", () => {
    const replica = replicaOf(`
      replica.f = fact(6)
      replica.g = greet("Ann")
      replica.h = greet("Bo", "Hi")
      def fact(n) { n <= 1 ? 1 : n * fact(n - 1) }
      String greet(String name, String word = "Hello") { "$word, $name" }
    `);
    expect(replica.f).toBe(720);
    expect(replica.g).toBe("Hello, Ann");
    expect(replica.h).toBe("Hi, Bo");
  });

  it("returns early from the script with a top-level return", () => {
    const replica = replicaOf(`
      replica.a = 1
      if (issue.summary == null) return
      replica.b = 2
    `);
    expect(replica).toEqual({ a: 1 });
  });

  it("lets closures capture and update enclosing variables", () => {
    const replica = replicaOf(`
      def count = 0
      def add = { n -> count += n }
      add(2); add(3)
      replica.count = count
      def makeCounter = { def c = 0; return { -> ++c } }
      def counter = makeCounter()
      counter(); counter()
      replica.counter = counter()
    `);
    expect(replica.count).toBe(5);
    expect(replica.counter).toBe(3);
  });

  it("runs finally blocks and lets a return in finally win", () => {
    const replica = replicaOf(`
      def log = []
      def f() { try { return "try" } finally { return "finally" } }
      try { throw new IllegalStateException("boom") } catch (IllegalArgumentException e) { log << "wrong" } catch (IllegalStateException e) { log << e.message } finally { log << "done" }
      replica.log = log
      replica.f = f()
    `);
    expect(replica.log).toEqual(["boom", "done"]);
    expect(replica.f).toBe("finally");
  });

  it("assigns several variables from a list", () => {
    const replica = replicaOf(`
      def (a, b, c) = [1, "two", [3]]
      replica.all = [a, b, c]
    `);
    expect(replica.all).toEqual([1, "two", [3]]);
  });

  it("evaluates compound assignment targets once", () => {
    const replica = replicaOf(`
      def calls = 0
      def idx = { -> calls++; 0 }
      def list = [10]
      list[idx()] += 5
      replica.list = list
      replica.calls = calls
    `);
    expect(replica.list).toEqual([15]);
    expect(replica.calls).toBe(1);
  });
});

describe("script method varargs", () => {
  it("collects trailing arguments into a list", () => {
    const replica = replicaOf(`
      def f(String first, String... rest) { "$first:" + rest.join(",") }
      replica.none = f("x")
      replica.some = f("x", "y", "z")
    `);
    expect(replica.none).toBe("x:");
    expect(replica.some).toBe("x:y,z");
  });
});
