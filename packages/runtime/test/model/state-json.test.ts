import { describe, expect, it } from "vitest";
import { newMap, mapGet, mapPut } from "../../src/map.ts";
import { Entity } from "../../src/model/entity.ts";
import { parseIsoDate, valueFromJson } from "../../src/model/json-in.ts";
import { StateOutputError, toPlainJson } from "../../src/model/json-out.ts";
import { parseRuleState } from "../../src/model/state.ts";
import { deepCopy } from "../../src/model/values-util.ts";
import { LimitError } from "../../src/errors.ts";
import { GBigDecimal, GClosure, GLong, GMap, GRange, type Value } from "../../src/values.ts";

function errorsOf(json: unknown, direction?: "outgoing" | "incoming") {
  const parsed = parseRuleState(json, direction);
  return parsed.ok ? [] : parsed.errors;
}

describe("parseRuleState errors", () => {
  it("names the path of a bad comment date", () => {
    const errors = errorsOf({
      issue: {
        comments: [
          { id: "1", body: "a", created: 1 },
          { id: "2", body: "b", created: "2024-01-01" },
          { id: "3", body: "c", created: "yesterday" },
        ],
      },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe("$.issue.comments[2].created");
    expect(errors[0]!.message).toContain('got the string "yesterday"');
    expect(errors[0]!.message).toContain("epoch milliseconds");
  });

  it("reports every problem at once", () => {
    const errors = errorsOf({
      issue: { summary: 12, labels: "urgent", status: "Open", customFields: { "Story Points": 3 } },
      firstSync: "yes",
    });
    const paths = errors.map((error) => error.path);
    expect(paths).toEqual([
      "$.issue.summary",
      "$.issue.labels",
      "$.issue.status",
      '$.issue.customFields["Story Points"]',
      "$.firstSync",
    ]);
    expect(errors[0]!.message).toBe("expected a string, got the number 12");
    expect(errors[1]!.message).toContain("List<Label>");
    expect(errors[2]!.message).toBe('expected an object (Status), got the string "Open"');
  });

  it("rejects unknown top-level and catalogue keys", () => {
    const errors = errorsOf({ isue: {}, instance: { user: [] } });
    expect(errors.map((error) => error.path)).toEqual(["$.isue", "$.instance.user"]);
    expect(errors[0]!.message).toContain('unknown key "isue"');
    expect(errors[0]!.message).toContain("issue, replica");
  });

  it("rejects a state that is not an object", () => {
    expect(errorsOf([1, 2])).toEqual([{ path: "$", message: 'expected a state object such as {"issue": {...}}, got a list' }]);
  });

  it("requires the parts each direction reads", () => {
    expect(errorsOf({ replica: {} }, "outgoing").map((e) => e.path)).toEqual(["$.issue"]);
    expect(errorsOf({ issue: {} }, "incoming").map((e) => e.path)).toEqual(["$.replica"]);
    expect(errorsOf({ replica: {}, firstSync: false }, "incoming").map((e) => e.path)).toEqual(["$.firstSync"]);
    expect(errorsOf({ replica: {} }, "incoming")).toEqual([]);
  });

  it("checks catalogue entries", () => {
    const errors = errorsOf({ issue: {}, instance: { users: [{ key: "u1", email: 5 }], options: { Severity: [{ value: true }] } } });
    expect(errors.map((error) => error.path)).toEqual(["$.instance.users[0].email", "$.instance.options.Severity[0].value"]);
  });

  it("accepts a complete state", () => {
    const parsed = parseRuleState({
      source: "hand-written",
      issue: { key: "SUP-1", status: { name: "Open" }, anything: { nested: [1, "x"] } },
      replica: { summary: "s" },
      previous: null,
      firstSync: false,
      connection: { name: "jira-to-github", remoteInstance: { name: "GitHub" } },
      issueKey: { id: "10001", key: "SUP-1" },
      instance: { statuses: [{ name: "Open" }], labels: ["a"] },
    }, "incoming");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(mapGet(parsed.state.connection!, "name")).toBe("jira-to-github");
    expect(parsed.state.previous).toBeNull();
    expect(parsed.state.firstSync).toBe(false);
  });
});

describe("JSON numbers and dates", () => {
  it("reads numbers as JsonSlurper does", () => {
    const value = valueFromJson([1, 2147483648, 1.5, 0.1, 1e21, -7], { kind: "Any" }, "$", []) as Value[];
    expect(value[0]).toBe(1);
    expect(value[1]).toEqual(new GLong(2147483648n));
    expect(value[2]).toEqual(new GBigDecimal(15n, 1));
    expect(value[3]).toEqual(new GBigDecimal(1n, 1));
    expect(value[4]).toEqual(new GLong(10n ** 21n));
    expect(value[5]).toBe(-7);
  });

  it("parses ISO-8601 forms and rejects bad dates", () => {
    expect(parseIsoDate("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDate("2024-02-29T12:00:00+02:00")).toBe(Date.UTC(2024, 1, 29, 10));
    expect(parseIsoDate("2024-02-29T12:00:00.5-0130")).toBe(Date.UTC(2024, 1, 29, 13, 30, 0, 500));
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2024-01-01T25:00")).toBeNull();
    expect(parseIsoDate("01/02/2024")).toBeNull();
  });
});

describe("toPlainJson", () => {
  it("writes exact integers and decimals", () => {
    expect(toPlainJson([new GLong(5n), new GLong(2n ** 60n), new GBigDecimal(-1250n, 2)])).toEqual([5, "1152921504606846976", -12.5]);
  });

  it("names the path of a closure", () => {
    const fields = newMap();
    mapPut(fields, "customKeys", newMap([["hook", new GClosure(0, true, () => null)]]));
    let caught: unknown;
    try {
      toPlainJson(new Entity(fields), "$.replica");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StateOutputError);
    expect((caught as StateOutputError).path).toBe("$.replica.customKeys.hook");
  });

  it("rejects a list that contains itself", () => {
    const list: Value[] = [];
    list.push(list);
    expect(() => toPlainJson(list)).toThrow(/contains itself/);
  });

  it("rejects very deep nesting", () => {
    let nested: Value = [];
    for (let i = 0; i < 5000; i++) nested = [nested];
    expect(() => toPlainJson(nested)).toThrow(/nested more than 1000 levels deep/);
  });

  it("writes shared values twice", () => {
    const shared = newMap([["a", 1]]);
    expect(toPlainJson([shared, shared])).toEqual([{ a: 1 }, { a: 1 }]);
  });

  it("keeps __proto__ as an own key", () => {
    const map = newMap([["__proto__", "x"]]);
    const json = toPlainJson(map) as Record<string, unknown>;
    expect(Object.hasOwn(json, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(JSON.stringify(json)).toBe('{"__proto__":"x"}');
  });

  it("expands integer ranges", () => {
    expect(toPlainJson(new GRange(1, 4, true))).toEqual([1, 2, 3]);
    expect(toPlainJson(new GRange(3, 1, false))).toEqual([3, 2, 1]);
    expect(toPlainJson(new GRange(2, 2, true))).toEqual([]);
  });

  it("round-trips a hub issue", () => {
    const json = {
      key: "SUP-1",
      created: 1700000000000,
      comments: [{ id: "1", body: "x", created: 1700000000001, internal: false }],
      customFields: { Team: { value: { id: "1", value: "Core" }, type: "option" } },
    };
    const fields = valueFromJson(json, { kind: "Object", name: "HubIssue" }, "$", []) as GMap;
    expect(toPlainJson(fields)).toEqual(json);
  });
});

describe("deepCopy", () => {
  it("ends the run on very deep values", () => {
    let nested: Value = [];
    for (let i = 0; i < 5000; i++) nested = [nested];
    expect(() => deepCopy(nested)).toThrow(LimitError);
  });

  it("keeps shared and cyclic references", () => {
    const shared = newMap([["a", 1]]);
    const list: Value[] = [shared, shared];
    list.push(list);
    const copy = deepCopy(list) as Value[];
    expect(copy[0]).not.toBe(shared);
    expect(copy[0]).toBe(copy[1]);
    expect(copy[2]).toBe(copy);
  });
});
