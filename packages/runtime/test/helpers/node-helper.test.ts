import { describe, expect, it } from "vitest";
import { ExecutionContext } from "../../src/context.ts";
import { GLong, type Value } from "../../src/values.ts";
import { mapOf } from "../../src/model/values-util.ts";
import { bind, call, jane, omar } from "./support.ts";

const instance = {
  users: [jane, omar],
  priorities: [{ name: "High", id: "2" }, { name: "Low", id: "4" }],
  issueTypes: [{ name: "Bug", id: "1" }, { name: "Epic", id: "5", projects: ["PLAT"] }],
  statuses: [{ name: "To Do", id: "1" }, { name: "Done", id: "3" }],
  resolutions: [{ name: "Done", id: "10" }],
  projects: [{ key: "SUP", name: "Support", id: "100" }],
  versions: [{ name: "1.0", id: "v1", projectKey: "SUP" }, { name: "2.0", id: "v2", projectKey: "PLAT" }],
  components: [{ name: "Backend", id: "c1", projectKey: "SUP" }, { name: "Docs", id: "c2" }],
  options: { Severity: [{ id: "o1", value: "Critical" }, { id: "o2", value: "Minor" }] },
  labels: ["customer", "urgent"],
  issues: [{ id: "10042", key: "SUP-42", remoteId: "1000" }],
};

/** Stands for the bound issue in `node(...)` arguments. */
const ISSUE = mapOf({});

function node(method: string, ...args: Value[]): unknown {
  const bindings = bind({ issue: { key: "SUP-1", project: { key: "SUP", name: "Support" } }, instance }, "outgoing");
  return call(bindings, "nodeHelper", method, args.map((arg) => (arg === ISSUE ? bindings.issue : arg)));
}

describe("nodeHelper lookups", () => {
  it("finds users by email, username and key", () => {
    expect(node("getUserByEmail", "jane@example.org")).toEqual(jane);
    expect(node("getUserByUsername", "omar")).toEqual(omar);
    expect(node("getUser", "u-omar")).toEqual(omar);
  });

  it("returns null for unknown or null input", () => {
    expect(node("getUserByEmail", "nobody@example.org")).toBeNull();
    expect(node("getUserByEmail", null)).toBeNull();
    expect(node("getUserByUsername", "Jane")).toBeNull();
    expect(node("getPriority", "Blocker")).toBeNull();
    expect(node("getResolution", "Fixed")).toBeNull();
    expect(node("getProject", "NOPE")).toBeNull();
    expect(node("getLabel", "unknown-label")).toBeNull();
    expect(node("getOption", ISSUE, "Severity", "Major")).toBeNull();
    expect(node("getOption", ISSUE, "Team", "Core")).toBeNull();
    expect(node("getLocalIssueFromRemoteId", "999")).toBeNull();
  });

  it("finds named entries", () => {
    expect(node("getPriority", "High")).toEqual({ name: "High", id: "2" });
    expect(node("getResolution", "Done")).toEqual({ name: "Done", id: "10" });
    expect(node("getProject", "SUP")).toEqual({ key: "SUP", name: "Support", id: "100" });
    expect(node("getLabel", "urgent")).toEqual({ label: "urgent" });
    expect(node("getOption", ISSUE, "Severity", "Minor")).toEqual({ id: "o2", value: "Minor" });
  });

  it("restricts issue types to projects", () => {
    expect(node("getIssueType", "Bug")).toEqual({ name: "Bug", id: "1" });
    expect(node("getIssueType", "Epic", "PLAT")).toEqual({ name: "Epic", id: "5" });
    expect(node("getIssueType", "Epic", "SUP")).toBeNull();
    expect(node("getIssueType", "Epic")).toEqual({ name: "Epic", id: "5" });
  });

  it("finds versions and components per project", () => {
    expect(node("getVersion", "1.0", "SUP")).toEqual({ name: "1.0", id: "v1", projectKey: "SUP" });
    expect(node("getVersion", "2.0", mapOf({ key: "SUP" }))).toBeNull();
    expect(node("getComponent", "Docs", "SUP")).toEqual({ name: "Docs", id: "c2" });
    expect(node("getComponent", "Backend", "PLAT")).toBeNull();
  });

  it("finds local twins by remote id of any number type", () => {
    expect(node("getLocalIssueFromRemoteId", "1000")).toEqual({ id: "10042", key: "SUP-42", remoteId: "1000" });
    expect(node("getLocalIssueFromRemoteId", 1000)).toEqual({ id: "10042", key: "SUP-42", remoteId: "1000" });
    expect(node("getLocalIssueFromRemoteId", new GLong(1000n))).not.toBeNull();
  });

  it("returns copies of catalogue entries", () => {
    const bindings = bind({ issue: {}, instance }, "outgoing");
    const ctx = new ExecutionContext();
    const helper = bindings.variables.get("nodeHelper") as unknown as { invokeMethod: (c: ExecutionContext, n: string, a: Value[]) => Value };
    const first = helper.invokeMethod(ctx, "getPriority", ["High"]);
    const second = helper.invokeMethod(ctx, "getPriority", ["High"]);
    expect(first).not.toBe(second);
  });

  it("accepts every label without a label list", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    expect(call(bindings, "nodeHelper", "getLabel", ["anything"])).toEqual({ label: "anything" });
    expect(call(bindings, "nodeHelper", "getUserByEmail", ["jane@example.org"])).toBeNull();
  });

  it("rejects a list where a name belongs", () => {
    expect(() => node("getPriority", ["High"])).toThrow('nodeHelper.getPriority: the argument "name" must be a String, got List');
  });
});

describe("nodeHelper.createVersion", () => {
  it("adds the version to the catalogue once", () => {
    const bindings = bind({ issue: { project: { key: "SUP" } }, instance }, "outgoing");
    const created = call(bindings, "nodeHelper", "createVersion", [bindings.issue, "3.0", "Spring release"]);
    expect(created).toEqual({ name: "3.0", id: null, description: "Spring release", projectKey: "SUP" });
    expect(call(bindings, "nodeHelper", "getVersion", ["3.0", "SUP"])).toEqual(created);
    call(bindings, "nodeHelper", "createVersion", [bindings.issue, "3.0"]);
    const result = bindings.collectResult();
    expect((result.instance as { versions: unknown[] }).versions).toHaveLength(3);
    expect(result.effects.createdVersions).toEqual([created]);
  });

  it("returns an existing version", () => {
    const bindings = bind({ issue: { project: { key: "SUP" } }, instance }, "outgoing");
    expect(call(bindings, "nodeHelper", "createVersion", [bindings.issue, "1.0"])).toEqual({ name: "1.0", id: "v1", projectKey: "SUP" });
    expect(bindings.effects.createdVersions).toEqual([]);
  });

  it("creates a catalogue when the state has none", () => {
    const bindings = bind({ replica: {}, issue: {}, firstSync: false }, "incoming");
    bindings.issue.set("projectKey", "NEW");
    call(bindings, "nodeHelper", "createVersion", [bindings.issue, "0.1"]);
    expect(bindings.collectResult().instance).toEqual({ versions: [{ name: "0.1", id: null, description: null, projectKey: "NEW" }] });
  });
});

describe("nodeHelper text conversion", () => {
  it("strips HTML and converts it to Markdown", () => {
    expect(node("stripHtml", "<p>Hello <b>world</b> &amp; more</p>")).toBe("Hello world & more");
    expect(node("toMarkDownFromHtml", "<p>Hello <b>world</b></p>")).toBe("Hello **world**");
    expect(node("stripHtml", null)).toBeNull();
  });
});
