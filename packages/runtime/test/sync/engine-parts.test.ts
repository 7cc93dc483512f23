import { describe, expect, it } from "vitest";
import { Backoff, CRASH_POINTS, parseCrashPoints, Signal } from "../../src/sync/index.ts";
import { LogLimiter } from "../../src/sync/log-limit.ts";
import { Mutex } from "../../src/sync/mutex.ts";

describe("Backoff", () => {
  it("doubles the delay up to the maximum", () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000 });
    const delays = [0, 1, 2, 3, 4, 5].map(() => backoff.fail(0));
    for (const [index, base] of [100, 200, 400, 800, 1000, 1000].entries()) {
      expect(delays[index]).toBeGreaterThanOrEqual(base);
      expect(delays[index]).toBeLessThanOrEqual(base * 1.25);
    }
    expect(backoff.attempts).toBe(6);
  });

  it("is ready again after the delay or a success", () => {
    const backoff = new Backoff({ initialMs: 100 });
    const delay = backoff.fail(1000);
    expect(backoff.ready(1000)).toBe(false);
    expect(backoff.waitMs(1000)).toBe(delay);
    expect(backoff.ready(1000 + delay)).toBe(true);
    backoff.fail(5000);
    backoff.succeed();
    expect(backoff.ready(5000)).toBe(true);
    expect(backoff.attempts).toBe(0);
  });
});

describe("Signal", () => {
  it("wakes a waiter early", async () => {
    const signal = new Signal();
    const started = Date.now();
    const waiting = signal.wait(5000);
    signal.notify();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("keeps a notify that came before the wait", async () => {
    const signal = new Signal();
    signal.notify();
    const started = Date.now();
    await signal.wait(5000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("times out without a notify", async () => {
    const started = Date.now();
    await new Signal().wait(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe("Mutex", () => {
  it("runs callers one after another in call order", async () => {
    const mutex = new Mutex();
    const order: string[] = [];
    const task = (name: string, ms: number) =>
      mutex.run(async () => {
        order.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${name} end`);
      });
    await Promise.all([task("a", 20), task("b", 1), task("c", 5)]);
    expect(order).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("keeps working after a rejected task", async () => {
    const mutex = new Mutex();
    await expect(mutex.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await mutex.run(async () => 42)).toBe(42);
  });
});

describe("parseCrashPoints", () => {
  it("crashes at named points with their probability", () => {
    const crashed: string[] = [];
    const inject = parseCrashPoints("after-apply=1, after-send=0", (point) => crashed.push(point), () => 0.5);
    for (const point of CRASH_POINTS) inject(point);
    expect(crashed).toEqual(["after-apply"]);
  });

  it("rejects unknown points and rates", () => {
    expect(() => parseCrashPoints("after-lunch=0.1", () => {})).toThrow(/invalid crash point 'after-lunch=0.1'/);
    expect(() => parseCrashPoints("after-apply=2", () => {})).toThrow(/probability from 0 to 1/);
    expect(() => parseCrashPoints("after-apply", () => {})).toThrow(/NAME=PROBABILITY/);
  });
});

describe("LogLimiter", () => {
  it("admits a few records per window and counts the rest", () => {
    const limiter = new LogLimiter(2, 1000);
    expect(limiter.admit("reject", 0)).toBe(0);
    expect(limiter.admit("reject", 10)).toBe(0);
    expect(limiter.admit("reject", 20)).toBeNull();
    expect(limiter.admit("reject", 30)).toBeNull();
    expect(limiter.admit("other", 30)).toBe(0);
    expect(limiter.admit("reject", 1000)).toBe(2);
    expect(limiter.admit("reject", 1001)).toBe(0);
  });
});
