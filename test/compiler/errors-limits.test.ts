import { describe, expect, it } from "vitest";
import { formatRunError } from "../../packages/compiler/src/index.ts";
import { runOutgoing } from "./run-helper.ts";

describe("runtime errors", () => {
  it("name the rule position of a null dereference", () => {
    const outcome = runOutgoing(`def a = 1\n\nreplica.email = issue.assignee.email\n`);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.error?.javaClass).toBe("NullPointerException");
    expect(outcome.error?.message).toBe("Cannot get property 'email' on null object");
    expect([outcome.error?.line, outcome.error?.column]).toEqual([3, 32]);
    expect(formatRunError(outcome.error!)).toMatch(/^test\.outgoing\.groovy:3:32: NullPointerException: Cannot get property 'email' on null object/);
  });

  it("carry the chain of rule frames", () => {
    const outcome = runOutgoing(`def inner(x) { x.trim() }\ndef outer() { inner(null) }\nouter()\n`);
    expect(outcome.error?.javaClass).toBe("NullPointerException");
    expect([outcome.error?.line, outcome.error?.column]).toEqual([1, 18]);
    expect(outcome.error?.frames.map((f) => `${f.name}@${f.line}:${f.column}`)).toEqual(["inner@2:15", "outer@3:1"]);
  });

  it("report a rule's own throw with its message", () => {
    const outcome = runOutgoing(`if (true) {\n  throw new Exception("no project for " + "UD")\n}`);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.error?.javaClass).toBe("Exception");
    expect(outcome.error?.message).toBe("no project for UD");
    expect(outcome.error?.line).toBe(2);
  });

  it("report unknown variables as MissingPropertyException", () => {
    const outcome = runOutgoing(`replica.x = isscue.assignee`);
    expect(outcome.error?.javaClass).toBe("MissingPropertyException");
    expect(outcome.error?.message).toContain("isscue");
  });

  it("stop a rule that does not compile before it runs", () => {
    const outcome = runOutgoing(`replica.x = (1 + `);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.error?.message).toContain("does not compile");
    expect(outcome.output?.replica).toEqual({});
  });
});

describe("limits", () => {
  it("end an endless loop with the step limit", () => {
    const outcome = runOutgoing(`while (true) { }`, {}, { maxSteps: 10_000 });
    expect(outcome.error?.kind).toBe("limit");
    expect(outcome.error?.javaClass).toBe("steps");
  });

  it("cannot be caught by the rule", () => {
    const outcome = runOutgoing(`
      try { while (true) { } } catch (Throwable t) { replica.caught = true }
      try { while (true) { } } catch (e) { replica.caught = true }
      replica.after = true
    `, {}, { maxSteps: 10_000 });
    expect(outcome.error?.kind).toBe("limit");
    expect(outcome.output?.replica).toEqual({});
  });

  it("end unbounded recursion with the depth limit", () => {
    const outcome = runOutgoing(`def f(n) { f(n + 1) }\nf(0)`, {}, { maxDepth: 100 });
    expect(outcome.error?.kind).toBe("limit");
    expect(outcome.error?.javaClass).toBe("depth");
  });

  it("end closure recursion with the depth limit", () => {
    const outcome = runOutgoing(`def g\ng = { n -> g(n + 1) }\ng(0)`, {}, { maxDepth: 50 });
    expect(outcome.error?.kind).toBe("limit");
  });

  it("end a run that exceeds the time budget", () => {
    const outcome = runOutgoing(`def s = 0\nwhile (true) { s++ }`, {}, { timeoutMs: 50, maxSteps: 1e12 });
    expect(outcome.error?.kind).toBe("limit");
    expect(outcome.error?.javaClass).toBe("time");
  });

  it("end a rule that builds a huge string", () => {
    const outcome = runOutgoing(`def s = "x"\nwhile (true) { s = s + s }`, {}, { maxStringLength: 1_000_000 });
    expect(outcome.error?.kind).toBe("limit");
    expect(outcome.error?.javaClass).toBe("size");
  });

  it("end a rule that builds a huge list", () => {
    const outcome = runOutgoing(`def l = []\nwhile (true) { l << 1 }`, {}, { maxCollectionSize: 10_000 });
    expect(outcome.error?.kind).toBe("limit");
    expect(outcome.error?.javaClass).toBe("size");
  });
});
