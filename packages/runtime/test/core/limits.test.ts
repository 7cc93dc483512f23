/** Resource limits: strings and collections the runtime builds, and closure steps and depth. */

import { describe, expect, test } from "vitest";
import { GClosure, LimitError, binary, callClosure, callMethod, newInstance, putAt, resolveClass, type Value } from "../../src/index.ts";
import { closure, context } from "./helpers.ts";

describe("size limits", () => {
  const ctx = context({ limits: { maxStringLength: 1000, maxCollectionSize: 100 } });

  test("string * n", () => {
    expect(() => binary(ctx, "*", "abc", 1000)).toThrow(LimitError);
    expect(binary(ctx, "*", "abc", 10)).toBe("abc".repeat(10));
  });

  test("string concatenation, padding and repeat", () => {
    expect(() => binary(ctx, "+", "a".repeat(600), "b".repeat(600))).toThrow(LimitError);
    expect(() => callMethod(ctx, "a", "padLeft", [5000])).toThrow(LimitError);
    expect(() => callMethod(ctx, "ab", "repeat", [1000])).toThrow(LimitError);
    expect(() => callMethod(ctx, "a", "replaceAll", ["a", "b".repeat(2000)])).toThrow(LimitError);
  });

  test("StringBuilder growth", () => {
    const builder = newInstance(ctx, resolveClass("StringBuilder")!, []);
    expect(() => {
      for (let i = 0; i < 200; i++) callMethod(ctx, builder, "append", ["0123456789"]);
    }).toThrow(LimitError);
  });

  test("list * n and padding writes", () => {
    expect(() => binary(ctx, "*", [1, 2], 100)).toThrow(LimitError);
    expect(() => putAt(ctx, [] as Value[], 500, 1)).toThrow(LimitError);
  });

  test("the limit error cannot be caught as a rule exception", () => {
    try {
      binary(ctx, "*", "abc", 1000);
    } catch (err) {
      expect(err).toBeInstanceOf(LimitError);
      expect((err as LimitError).limit).toBe("size");
      expect((err as Error).message).toBe("rule built a string of 3000 characters; the limit is 1000");
    }
  });
});

describe("time limit", () => {
  test("walking many regex matches over a long string stops at the time limit", () => {
    const ctx = context({ limits: { timeoutMs: 200 } });
    const input = "ab".repeat(500_000);
    const started = performance.now();
    expect(() => callMethod(ctx, input, "replaceAll", ["b", "c"])).toThrow(LimitError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("step and depth limits", () => {
  test("closures count steps", () => {
    const ctx = context({ limits: { maxSteps: 2000 } });
    const noop = closure(-1, () => null);
    expect(() => callMethod(ctx, 100_000, "times", [noop])).toThrow(LimitError);
    expect(ctx.steps).toBeGreaterThan(2000);
  });

  test("recursive closures hit the depth limit", () => {
    const ctx = context({ limits: { maxDepth: 50 } });
    const recurse: GClosure = new GClosure(0, true, (c) => callClosure(c, recurse, []));
    expect(() => callClosure(ctx, recurse, [])).toThrow(LimitError);
    expect(ctx.depth).toBe(0);
  });
});
