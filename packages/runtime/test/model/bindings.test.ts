import { describe, expect, it } from "vitest";
import { bindingsFromJson, createRuleBindings } from "../../src/bindings.ts";
import { ExecutionContext } from "../../src/context.ts";
import { RuleException } from "../../src/errors.ts";
import { mapGet, newMap } from "../../src/map.ts";
import { Entity } from "../../src/model/entity.ts";
import { RULE_VARIABLES, ruleVariableNames } from "../../src/model/variables.ts";
import { GClosure, GDate, GMap, RuntimeObject, type Value } from "../../src/values.ts";

const ctx = new ExecutionContext();

function bind(json: unknown, direction: "outgoing" | "incoming") {
  const result = bindingsFromJson(ctx, json, direction);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bindings;
}

const HELPERS = ["nodeHelper", "commentHelper", "attachmentHelper", "syncHelper", "workLogHelper", "workflowHelper", "httpClient", "debug", "log"];

describe("rule variables", () => {
  it("binds the outgoing names", () => {
    const bindings = bind({ issue: { key: "SUP-1" } }, "outgoing");
    expect([...bindings.variables.keys()].sort()).toEqual(
      ["issue", "workItem", "entity", "replica", "issueKey", "connection", ...HELPERS].sort(),
    );
    expect(ruleVariableNames("outgoing").sort()).toEqual([...bindings.variables.keys()].sort());
  });

  it("binds the incoming names", () => {
    const bindings = bind({ replica: {} }, "incoming");
    expect([...bindings.variables.keys()].sort()).toEqual(
      ["issue", "workItem", "entity", "replica", "previous", "firstSync", "issueBeforeScript", "issueKey", "connection", "store", ...HELPERS].sort(),
    );
  });

  it("declares a doc for every variable", () => {
    for (const variable of RULE_VARIABLES) expect(variable.doc.length).toBeGreaterThan(10);
  });

  it("makes issue, workItem and entity one object", () => {
    const bindings = bind({ issue: { key: "SUP-1" } }, "outgoing");
    const issue = bindings.variables.get("issue");
    expect(issue).toBeInstanceOf(Entity);
    expect(bindings.variables.get("workItem")).toBe(issue);
    expect(bindings.variables.get("entity")).toBe(issue);
    (issue as Entity).set("summary", "through issue");
    expect((bindings.variables.get("workItem") as Entity).get("summary")).toBe("through issue");
  });

  it("starts the outgoing replica empty", () => {
    const bindings = bind({ issue: { key: "SUP-1" }, replica: { summary: "ignored" } }, "outgoing");
    expect(bindings.replica.fields.size).toBe(0);
    expect(bindings.replica.className).toBe("Replica");
  });

  it("gives the incoming rule the received replica", () => {
    const bindings = bind({ replica: { summary: "from remote" }, previous: { summary: "older" }, issue: { key: "A-1" }, firstSync: false }, "incoming");
    expect(bindings.replica.get("summary")).toBe("from remote");
    expect((bindings.variables.get("previous") as Entity).get("summary")).toBe("older");
    expect(bindings.variables.get("firstSync")).toBe(false);
  });

  it("treats a missing issue as first sync", () => {
    const bindings = bind({ replica: {} }, "incoming");
    expect(bindings.variables.get("firstSync")).toBe(true);
    expect(bindings.variables.get("previous")).toBeNull();
    expect(bindings.issue.fields.size).toBe(0);
  });

  it("derives issueKey and a default connection", () => {
    const bindings = bind({ issue: { key: "SUP-1", id: "10001" } }, "outgoing");
    const issueKey = bindings.variables.get("issueKey") as GMap;
    expect(mapGet(issueKey, "key")).toBe("SUP-1");
    expect(mapGet(issueKey, "id")).toBe("10001");
    const connection = bindings.variables.get("connection") as GMap;
    expect(mapGet(connection, "name")).toBe("default");
    expect(mapGet(mapGet(connection, "remoteInstance") as GMap, "name")).toBe("remote");
  });

  it("uses the state's connection", () => {
    const bindings = bind({ issue: {}, connection: { name: "jira-github", remoteInstance: { name: "GitHub" } } }, "outgoing");
    expect(mapGet(bindings.variables.get("connection") as GMap, "name")).toBe("jira-github");
  });

  it("exposes helpers as runtime objects", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    for (const name of HELPERS) expect(bindings.variables.get(name)).toBeInstanceOf(RuntimeObject);
  });

  it("names the local record's class", () => {
    const result = createRuleBindings(ctx, { issue: newMap() }, "outgoing", { entityClassName: "WorkItem" });
    expect(result.issue.className).toBe("WorkItem");
  });
});

describe("issueBeforeScript", () => {
  it("is a deep copy taken before the run", () => {
    const bindings = bind({ replica: {}, issue: { summary: "before", labels: [{ label: "a" }], due: 1000 }, firstSync: false }, "incoming");
    const before = bindings.variables.get("issueBeforeScript") as Entity;
    expect(before).not.toBe(bindings.issue);
    bindings.issue.set("summary", "after");
    (bindings.issue.get("labels") as Value[]).pop();
    (bindings.issue.get("due") as GDate).time = 2000;
    expect(before.get("summary")).toBe("before");
    expect(before.get("labels")).toHaveLength(1);
    expect((before.get("due") as GDate).time).toBe(1000);
  });
});

describe("store", () => {
  it("records the issue as it is at each call", () => {
    const bindings = bind({ replica: {}, issue: { key: "A-1", summary: "one" }, firstSync: false }, "incoming");
    const store = bindings.variables.get("store") as GClosure;
    store.body(ctx, [bindings.issue]);
    bindings.issue.set("summary", "two");
    store.body(ctx, [bindings.issue]);
    expect(bindings.effects.stores).toEqual([
      { key: "A-1", summary: "one" },
      { key: "A-1", summary: "two" },
    ]);
  });

  it("rejects a value that is not the issue", () => {
    const bindings = bind({ replica: {} }, "incoming");
    const store = bindings.variables.get("store") as GClosure;
    expect(() => store.body(ctx, ["SUP-1"])).toThrow(RuleException);
  });
});

describe("collectResult", () => {
  it("returns plain JSON with epoch dates", () => {
    const bindings = bind({ replica: { summary: "s", created: "2024-01-01T00:00:00Z" }, instance: { labels: ["x"] } }, "incoming");
    bindings.issue.set("summary", bindings.replica.get("summary"));
    bindings.issue.set("due", new GDate(5));
    bindings.issue.set("Epic Name", "Checkout");
    const result = bindings.collectResult();
    expect(result.issue).toEqual({ summary: "s", due: 5, "Epic Name": "Checkout" });
    expect(result.replica).toEqual({ summary: "s", created: Date.UTC(2024, 0, 1) });
    expect(result.previous).toBeNull();
    expect(result.firstSync).toBe(true);
    expect(result.instance).toEqual({ labels: ["x"] });
    expect(result.effects.syncBackAfterProcessing).toBe(false);
  });

  it("returns a null firstSync for outgoing rules", () => {
    const bindings = bind({ issue: { key: "SUP-1" } }, "outgoing");
    bindings.replica.set("key", bindings.issue.get("key"));
    const result = bindings.collectResult();
    expect(result.firstSync).toBeNull();
    expect(result.replica).toEqual({ key: "SUP-1" });
    expect(result.instance).toBeNull();
  });

  it("names the path of a value JSON cannot hold", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    bindings.replica.set("callback", new GClosure(0, true, () => null));
    expect(() => bindings.collectResult()).toThrow("$.replica.callback: a closure cannot be stored in a state");
  });
});

describe("bindingsFromJson", () => {
  it("returns path errors instead of bindings", () => {
    const result = bindingsFromJson(ctx, { issue: { comments: [{}, {}, { created: "soon" }] } }, "outgoing");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(["$.issue.comments[2].created"]);
  });
});
