import { describe, expect, it } from "vitest";
import { mapGet, mapPut } from "../../src/map.ts";
import { GMap, type Value } from "../../src/values.ts";
import { bind, call, closure, jane } from "./support.ts";

type Item = Record<string, unknown>;

const a1 = { id: "a1", filename: "log.txt", mimetype: "text/plain", filesize: 10, created: 1000, author: jane, hash: "h1" };
const a2 = { id: "a2", filename: "shot.png", mimetype: "image/png", filesize: 2048, created: 2000, author: jane, hash: "h2" };

describe("attachmentHelper.mergeAttachments", () => {
  it("adds remote attachments once", () => {
    const bindings = bind({ issue: { attachments: [{ id: "L1", filename: "log.txt", remoteId: "a1" }] }, replica: { attachments: [a1, a2] }, firstSync: false }, "incoming");
    const merged = call(bindings, "attachmentHelper", "mergeAttachments", [bindings.issue, bindings.replica]) as Item[];
    expect(merged.map((item) => [item.id, item.remoteId])).toEqual([["L1", "a1"], [null, "a2"]]);
    expect(merged[1]).toMatchObject({ filename: "shot.png", mimetype: "image/png", filesize: 2048, created: 2000, hash: "h2" });
  });

  it("removes attachments deleted remotely", () => {
    const bindings = bind(
      {
        issue: { attachments: [{ id: "L1", filename: "log.txt", remoteId: "a1" }, { id: "L3", filename: "local.pdf" }] },
        replica: { attachments: [] },
        previous: { attachments: [a1] },
        firstSync: false,
      },
      "incoming",
    );
    const merged = call(bindings, "attachmentHelper", "mergeAttachments", [bindings.issue, bindings.replica]) as Item[];
    expect(merged.map((item) => item.id)).toEqual(["L3"]);
  });
});

describe("workLogHelper.mergeWorkLogs", () => {
  const w1 = { id: "w1", author: jane, startDate: 1000, timeSpent: 3600, comment: "analysis" };

  it("adds, updates and removes entries", () => {
    const w2 = { id: "w2", author: jane, startDate: 5000, timeSpent: 60 };
    const bindings = bind(
      {
        issue: { workLogs: [{ id: "L1", remoteId: "w1", timeSpent: 3600, startDate: 1000 }, { id: "L2", remoteId: "w0", timeSpent: 5 }] },
        replica: { workLogs: [{ ...w1, timeSpent: 7200 }, w2] },
        previous: { workLogs: [w1, { id: "w0", timeSpent: 5 }] },
        firstSync: false,
      },
      "incoming",
    );
    const merged = call(bindings, "workLogHelper", "mergeWorkLogs", [bindings.issue, bindings.replica]) as Item[];
    expect(merged.map((item) => [item.id, item.remoteId, item.timeSpent])).toEqual([
      ["L1", "w1", 7200],
      [null, "w2", 60],
    ]);
  });

  it("applies the closure to new entries", () => {
    const bindings = bind({ replica: { workLogs: [w1] } }, "incoming");
    const edit = closure((it) => {
      mapPut(it as GMap, "comment", "synced");
      return null;
    });
    const merged = call(bindings, "workLogHelper", "mergeWorkLogs", [bindings.issue, bindings.replica, edit as Value]) as Item[];
    expect(merged[0]).toMatchObject({ remoteId: "w1", comment: "synced", timeSpent: 3600 });
  });
});

describe("replica change lists", () => {
  it("lists added, changed and removed comments", () => {
    const bindings = bind(
      {
        replica: {
          comments: [
            { id: "1", body: "same", created: 1 },
            { id: "2", body: "edited", created: 2 },
            { id: "4", body: "new", created: 4 },
          ],
          attachments: [{ id: "f2", filename: "b" }],
        },
        previous: {
          comments: [
            { id: "1", body: "same", created: 1 },
            { id: "2", body: "original", created: 2 },
            { id: "3", body: "deleted", created: 3 },
          ],
          attachments: [{ id: "f1", filename: "a" }],
        },
        issue: {},
        firstSync: false,
      },
      "incoming",
    );
    const ids = (name: string) => (bindings.replica.get(name) as Value[]).map((item) => mapGet(item as GMap, "id"));
    expect(ids("addedComments")).toEqual(["4"]);
    expect(ids("changedComments")).toEqual(["2"]);
    expect(ids("removedComments")).toEqual(["3"]);
    expect(ids("addedAttachments")).toEqual(["f2"]);
    expect(ids("removedAttachments")).toEqual(["f1"]);
  });

  it("counts everything as added on first sync", () => {
    const bindings = bind({ replica: { comments: [{ id: "1", body: "a" }, { id: "2", body: "b" }] } }, "incoming");
    expect(bindings.replica.get("addedComments")).toHaveLength(2);
    expect(bindings.replica.get("changedComments")).toEqual([]);
    expect(bindings.replica.get("removedComments")).toEqual([]);
  });

  it("has no change lists on the outgoing replica", () => {
    const bindings = bind({ issue: { comments: [{ id: "1", body: "a" }] } }, "outgoing");
    bindings.replica.set("comments", bindings.issue.get("comments"));
    expect(bindings.replica.get("addedComments")).toBeNull();
  });
});
