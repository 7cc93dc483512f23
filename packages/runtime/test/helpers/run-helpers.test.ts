import { describe, expect, it } from "vitest";
import { ExecutionContext } from "../../src/context.ts";
import { RuleAbort, RuleException } from "../../src/errors.ts";
import { newMap } from "../../src/map.ts";
import { bind, call } from "./support.ts";

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("syncHelper", () => {
  it("records one sync back", () => {
    const ctx = new ExecutionContext();
    const bindings = bind({ replica: {} }, "incoming");
    call(bindings, "syncHelper", "syncBackAfterProcessing", [], ctx);
    call(bindings, "syncHelper", "syncBackAfterProcessing", [], ctx);
    expect(bindings.effects.syncBackAfterProcessing).toBe(true);
    expect(ctx.logs).toEqual([]);
  });

  it("warns about sync back outside first sync", () => {
    const ctx = new ExecutionContext();
    const bindings = bind({ replica: {}, issue: { key: "A-1" }, firstSync: false }, "incoming");
    call(bindings, "syncHelper", "syncBackAfterProcessing", [], ctx);
    call(bindings, "syncHelper", "syncBackAfterProcessing", [], ctx);
    expect(ctx.logs).toHaveLength(1);
    expect(ctx.logs[0]!.level).toBe("warn");
    expect(ctx.logs[0]!.message).toContain("outside a first sync");
  });

  it("records exalate requests", () => {
    const bindings = bind({ issue: { key: "SUP-1" } }, "outgoing");
    call(bindings, "syncHelper", "exalate", ["SUP-2"]);
    call(bindings, "syncHelper", "exalate", [10003]);
    call(bindings, "syncHelper", "exalate", [bindings.issue]);
    call(bindings, "syncHelper", "exalate", [bindings.variables.get("issueKey")!]);
    expect(bindings.effects.exalate).toEqual(["SUP-2", "10003", "SUP-1", "SUP-1"]);
  });
});

describe("workflowHelper.transition", () => {
  const instance = {
    statuses: [{ name: "To Do", id: "1" }, { name: "In Progress", id: "3" }, { name: "Done", id: "5" }],
    transitions: [
      { name: "Start", from: ["To Do"], to: "In Progress" },
      { name: "Finish", from: ["In Progress"], to: "Done" },
      { name: "Reopen", to: "To Do" },
    ],
  };

  it("moves the issue along a transition", () => {
    const bindings = bind({ replica: {}, issue: { key: "SUP-1", status: { name: "To Do" } }, firstSync: false, instance }, "incoming");
    call(bindings, "workflowHelper", "transition", [bindings.issue, "Start"]);
    expect(bindings.collectResult().issue).toMatchObject({ status: { name: "In Progress", id: "3" } });
    expect(bindings.effects.transitions).toEqual([{ issue: "SUP-1", transition: "Start", from: "To Do", to: "In Progress" }]);
  });

  it("rejects a transition from the wrong status", () => {
    const bindings = bind({ replica: {}, issue: { status: { name: "To Do" } }, firstSync: false, instance }, "incoming");
    const error = thrown(() => call(bindings, "workflowHelper", "transition", [bindings.issue, "Finish"]));
    expect(error).toBeInstanceOf(RuleException);
    expect((error as RuleException).message).toBe('transition "Finish" cannot start from status "To Do"; it starts from "In Progress"');
  });

  it("rejects an unknown transition", () => {
    const bindings = bind({ replica: {}, issue: { status: { name: "Done" } }, firstSync: false, instance }, "incoming");
    const error = thrown(() => call(bindings, "workflowHelper", "transition", [bindings.issue, "Close"]));
    expect((error as RuleException).message).toBe('transition "Close" does not exist in the local workflow; known transitions: Start, Finish, Reopen');
  });

  it("only records without a transition list", () => {
    const bindings = bind({ replica: {}, issue: { status: { name: "Open" } }, firstSync: false }, "incoming");
    call(bindings, "workflowHelper", "transition", [bindings.issue, "Close"]);
    expect(bindings.effects.transitions).toEqual([{ issue: null, transition: "Close", from: "Open", to: null }]);
    expect(bindings.collectResult().issue).toMatchObject({ status: { name: "Open" } });
  });
});

describe("debug, log and httpClient", () => {
  it("debug.error aborts the rule", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    const error = thrown(() => call(bindings, "debug", "error", ["stop here"]));
    expect(error).toBeInstanceOf(RuleAbort);
    expect(error).not.toBeInstanceOf(RuleException);
    expect((error as RuleAbort).message).toBe("stop here");
  });

  it("log writes to the context", () => {
    const ctx = new ExecutionContext();
    const bindings = bind({ issue: {} }, "outgoing");
    call(bindings, "log", "info", ["one"], ctx);
    call(bindings, "log", "warn", ["two"], ctx);
    call(bindings, "log", "error", ["three"], ctx);
    call(bindings, "log", "debug", ["four"], ctx);
    expect(ctx.logs).toEqual([
      { level: "info", message: "one" },
      { level: "warn", message: "two" },
      { level: "error", message: "three" },
      { level: "debug", message: "four" },
    ]);
  });

  it("log renders values as Groovy does", () => {
    const ctx = new ExecutionContext();
    const bindings = bind({ issue: {} }, "outgoing");
    call(bindings, "log", "info", [[1, "a"]], ctx);
    call(bindings, "log", "info", [newMap([["k", 1]])], ctx);
    expect(ctx.logs.map((entry) => entry.message)).toEqual(["[1, a]", "[k:1]"]);
  });

  it("httpClient raises for every call", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    for (const method of ["get", "post", "anything"]) {
      const error = thrown(() => call(bindings, "httpClient", method, ["/rest/api/2/issue/SUP-1"]));
      expect(error).toBeInstanceOf(RuleException);
      expect((error as RuleException).message).toContain(`httpClient.${method}: HTTP calls are not configured`);
    }
  });
});
