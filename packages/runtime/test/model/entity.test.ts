import { describe, expect, it } from "vitest";
import { ExecutionContext } from "../../src/context.ts";
import { RuleException } from "../../src/errors.ts";
import { mapGet, newMap } from "../../src/map.ts";
import { Entity, statusFinder } from "../../src/model/entity.ts";
import { valueFromJson, type StateError } from "../../src/model/json-in.ts";
import { toPlainJson } from "../../src/model/json-out.ts";
import { mapOf } from "../../src/model/values-util.ts";
import { GDate, GMap, NOT_FOUND, type Value } from "../../src/values.ts";

const ctx = new ExecutionContext();

function issueFromJson(json: unknown): Entity {
  const errors: StateError[] = [];
  const fields = valueFromJson(json, { kind: "Object", name: "HubIssue" }, "$.issue", errors);
  expect(errors).toEqual([]);
  return new Entity(fields as GMap);
}

describe("Entity properties", () => {
  it("reads and writes declared fields", () => {
    const issue = issueFromJson({ key: "SUP-1", summary: "Printer on fire" });
    expect(issue.getProperty(ctx, "summary")).toBe("Printer on fire");
    expect(issue.setProperty(ctx, "summary", "Printer fixed")).toBe(true);
    expect(issue.getProperty(ctx, "summary")).toBe("Printer fixed");
  });

  it("keeps names the model does not declare", () => {
    const item = new Entity(newMap(), { className: "WorkItem" });
    item.setProperty(ctx, "System.Id", 42);
    item.setProperty(ctx, "Feature Team", "Platform");
    item.setProperty(ctx, "__proto__", "plain data");
    expect(item.getProperty(ctx, "System.Id")).toBe(42);
    expect(item.getProperty(ctx, "Feature Team")).toBe("Platform");
    expect(item.getProperty(ctx, "__proto__")).toBe("plain data");
    expect(item.getProperty(ctx, "constructor")).toBeNull();
  });

  it("returns null for an unknown unset name", () => {
    const issue = issueFromJson({});
    expect(issue.getProperty(ctx, "anything")).toBeNull();
  });

  it("starts missing list and map fields empty", () => {
    const replica = new Entity(newMap(), { className: "Replica" });
    const labels = replica.getProperty(ctx, "labels");
    expect(labels).toEqual([]);
    (labels as Value[]).push(mapOf({ label: "customer" }));
    expect(replica.getProperty(ctx, "labels")).toHaveLength(1);
    expect(replica.getProperty(ctx, "customFields")).toBeInstanceOf(GMap);
    expect(replica.getProperty(ctx, "summary")).toBeNull();
  });

  it("reads a custom field by its name", () => {
    const issue = issueFromJson({ customFields: { "Story Points": { value: 5, type: "number" } } });
    expect(issue.getProperty(ctx, "Story Points")).toBe(5);
    issue.setProperty(ctx, "Story Points", 8);
    const customFields = issue.getProperty(ctx, "customFields") as GMap;
    expect(mapGet(mapGet(customFields, "Story Points") as GMap, "value")).toBe(8);
    expect(issue.fields.has("Story Points")).toBe(false);
  });
});

describe("Entity dates", () => {
  it("converts epoch milliseconds and ISO text to dates", () => {
    const issue = issueFromJson({
      created: 1700000000000,
      due: "2024-03-01",
      comments: [{ id: "1", body: "hi", created: "2024-03-01T10:00:00.000+0100" }],
      workLogs: [{ id: "7", timeSpent: 3600, startDate: "2024-03-01T09:00:00Z" }],
    });
    expect(issue.get("created")).toEqual(new GDate(1700000000000));
    expect(issue.get("due")).toEqual(new GDate(Date.UTC(2024, 2, 1)));
    const comment = (issue.get("comments") as Value[])[0] as GMap;
    expect(mapGet(comment, "created")).toEqual(new GDate(Date.UTC(2024, 2, 1, 9)));
    const workLog = (issue.get("workLogs") as Value[])[0] as GMap;
    expect(mapGet(workLog, "startDate")).toEqual(new GDate(Date.UTC(2024, 2, 1, 9)));
  });

  it("converts date custom fields by type", () => {
    const issue = issueFromJson({
      customFields: { Go: { value: "2024-05-06", type: "date" }, Note: { value: "2024-05-06", type: "text" } },
    });
    expect(issue.get("Go")).toEqual(new GDate(Date.UTC(2024, 4, 6)));
    expect(issue.get("Note")).toBe("2024-05-06");
  });

  it("writes dates back as epoch milliseconds", () => {
    const issue = issueFromJson({ summary: "s", resolutionDate: "2024-01-02T03:04:05.678Z" });
    issue.set("due", new GDate(86_400_000));
    const json = toPlainJson(issue) as Record<string, unknown>;
    expect(json.resolutionDate).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
    expect(json.due).toBe(86_400_000);
    expect(json.summary).toBe("s");
  });
});

describe("Entity methods", () => {
  it("offers bean accessors for model fields", () => {
    const issue = issueFromJson({ summary: "Title", key: "SUP-3" });
    expect(issue.invokeMethod(ctx, "getSummary", [])).toBe("Title");
    expect(issue.invokeMethod(ctx, "getKey", [])).toBe("SUP-3");
    expect(issue.invokeMethod(ctx, "setDescription", ["Body"])).toBeNull();
    expect(issue.get("description")).toBe("Body");
    expect(issue.invokeMethod(ctx, "getComments", [])).toEqual([]);
  });

  it("finds no accessor for unknown names", () => {
    const issue = issueFromJson({});
    expect(issue.invokeMethod(ctx, "getNothing", [])).toBe(NOT_FOUND);
    expect(issue.invokeMethod(ctx, "setNothing", [1])).toBe(NOT_FOUND);
    expect(issue.invokeMethod(ctx, "frobnicate", [])).toBe(NOT_FOUND);
    expect(issue.invokeMethod(ctx, "getter", [])).toBe(NOT_FOUND);
  });

  it("setStatus without a catalogue sets the name", () => {
    const issue = issueFromJson({ status: { name: "Open" } });
    issue.invokeMethod(ctx, "setStatus", ["Done"]);
    expect(toPlainJson(issue.get("status"))).toEqual({ name: "Done" });
  });

  it("setStatus takes the catalogue entry", () => {
    const statuses = valueFromJson([{ name: "Done", id: "3" }, { name: "To Do", id: "1" }], { kind: "List", element: { kind: "Object", name: "Status" } }, "$", []);
    const issue = new Entity(newMap(), { findStatus: statusFinder(statuses) });
    issue.setStatus("Done");
    expect(toPlainJson(issue.get("status"))).toEqual({ name: "Done", id: "3" });
  });

  it("setStatus rejects an unknown status", () => {
    const statuses = valueFromJson([{ name: "Done" }, { name: "To Do" }], { kind: "List", element: { kind: "Object", name: "Status" } }, "$", []);
    const issue = new Entity(newMap(), { findStatus: statusFinder(statuses) });
    let caught: unknown;
    try {
      issue.setStatus("Closed");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleException);
    expect((caught as RuleException).javaClass).toBe("IssueTrackerException");
    expect((caught as RuleException).message).toContain('status "Closed" does not exist');
    expect((caught as RuleException).message).toContain("Done, To Do");
    expect(issue.get("status")).toBeNull();
  });

  it("setStatus rejects null", () => {
    const issue = issueFromJson({});
    expect(() => issue.setStatus(null)).toThrow(/expects a status name, got null/);
  });

  it("copies deeply", () => {
    const issue = issueFromJson({ labels: [{ label: "a" }], due: 5 });
    const copy = issue.deepCopy();
    (copy.get("labels") as Value[]).push(mapOf({ label: "b" }));
    (copy.get("due") as GDate).time = 10;
    expect(issue.get("labels")).toHaveLength(1);
    expect((issue.get("due") as GDate).time).toBe(5);
    expect(copy).not.toBe(issue);
  });

  it("renders its key in toString", () => {
    expect(issueFromJson({ key: "SUP-9" }).toString()).toBe("Issue SUP-9");
    expect(new Entity(newMap(), { className: "Replica" }).toString()).toBe("Replica");
  });
});
