import { describe, expect, it } from "vitest";
import { fillReplicaRemoteIds, planChanges, withRemoteIds } from "../../src/sync/index.ts";

const before = {
  id: "10",
  key: "SUP-1",
  summary: "old",
  description: "keep",
  status: { name: "To Do" },
  labels: [{ label: "a" }],
  updated: 1,
  comments: [
    { id: "1", body: "local", internal: false },
    { id: "2", body: "mirror", internal: false, remoteId: "r2" },
    { id: "3", body: "gone", internal: false, remoteId: "r3" },
  ],
  attachments: [{ id: "5", filename: "a.txt", remoteId: "ra" }],
};

describe("planChanges", () => {
  it("writes only changed fields", () => {
    const after = { ...before, summary: "new", updated: 99, labels: [{ label: "a" }], status: { name: "Done" } };
    const plan = planChanges(before, after, false);
    expect(plan.fields).toEqual({ summary: "new", status: { name: "Done" } });
  });

  it("ignores new empty fields and create-only fields on update", () => {
    const plan = planChanges(before, { ...before, fixVersions: [], customKeys: {}, projectKey: "OPS", typeName: "Bug" }, false);
    expect(plan.fields).toEqual({});
  });

  it("keeps create-only fields on first sync", () => {
    const plan = planChanges({ customFields: {} }, { customFields: {}, projectKey: "SUP", typeName: "Bug", summary: "x" }, true);
    expect(plan.fields).toEqual({ projectKey: "SUP", typeName: "Bug", summary: "x" });
  });

  it("plans comment adds, updates and removals", () => {
    const after = {
      ...before,
      comments: [
        { id: "1", body: "local", internal: false },
        { id: "2", body: "mirror edited", internal: true, remoteId: "r2" },
        { id: null, body: "new one", internal: false, remoteId: "r4", executor: { key: "u1" } },
      ],
    };
    const plan = planChanges(before, after, false);
    expect(plan.comments.add).toEqual([{ ref: "r4", body: "new one", internal: false, executor: { key: "u1" }, created: null }]);
    expect(plan.comments.update).toEqual([{ id: "2", body: "mirror edited", internal: true }]);
    expect(plan.comments.remove).toEqual(["3"]);
  });

  it("matches remote ids assigned directly", () => {
    const after = { ...before, comments: [{ id: "r2", body: "mirror" }, { id: "r9", body: "brand new" }] };
    const plan = planChanges(before, after, false);
    expect(plan.comments.update).toEqual([]);
    expect(plan.comments.add.map((c) => c.ref)).toEqual(["r9"]);
    expect(plan.comments.remove).toEqual(["1", "3"]);
  });

  it("plans attachments to fetch", () => {
    const after = { ...before, attachments: [{ id: "5", filename: "a.txt", remoteId: "ra" }, { id: null, filename: "b.png", mimetype: "image/png", hash: "abc", remoteId: "rb" }] };
    const plan = planChanges(before, after, false);
    expect(plan.attachments.add).toEqual([{ ref: "rb", filename: "b.png", mimetype: "image/png", hash: "abc" }]);
    expect(plan.attachments.remove).toEqual([]);
  });

  it("keeps __proto__ as a field name", () => {
    const after = JSON.parse('{"summary": "old", "__proto__": {"x": 1}}');
    const plan = planChanges({ summary: "old" }, after, false);
    expect(Object.keys(plan.fields)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(plan.fields)).toBe(Object.prototype);
  });
});

describe("remote ids", () => {
  const mappings = [
    { connectionId: "c", kind: "comment" as const, localId: "1", remoteId: "r1", localIssueId: "10" },
    { connectionId: "c", kind: "attachment" as const, localId: "5", remoteId: "ra", localIssueId: "10" },
  ];

  it("withRemoteIds adds the mirrored ids", () => {
    const issue = withRemoteIds({ comments: [{ id: "1" }, { id: "2" }], attachments: [{ id: "5" }] }, mappings);
    expect(issue.comments).toEqual([{ id: "1", remoteId: "r1" }, { id: "2" }]);
    expect(issue.attachments).toEqual([{ id: "5", remoteId: "ra" }]);
  });

  it("fillReplicaRemoteIds keeps ids the rule set", () => {
    const replica = fillReplicaRemoteIds({ comments: [{ id: "1" }, { id: "1", remoteId: "mine" }, { body: "no id" }] }, mappings);
    expect(replica.comments).toEqual([{ id: "1", remoteId: "r1" }, { id: "1", remoteId: "mine" }, { body: "no id" }]);
  });
});
