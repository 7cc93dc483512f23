import { describe, expect, it } from "vitest";
import { ExecutionContext } from "../../src/context.ts";
import { RuleException } from "../../src/errors.ts";
import { mapEntries, mapGet, mapPut } from "../../src/map.ts";
import { GMap, type Value } from "../../src/values.ts";
import { bind, call, closure, jane, omar } from "./support.ts";

const c1 = { id: "r1", body: "First", author: jane, created: 1000, internal: false };
const c2 = { id: "r2", body: "Second", author: omar, created: 2000, internal: false };

type Comment = Record<string, unknown>;

function merge(state: unknown, edit?: Value): Comment[] {
  const bindings = bind(state, "incoming");
  const args: Value[] = [bindings.issue, bindings.replica];
  if (edit !== undefined) args.push(edit);
  return call(bindings, "commentHelper", "mergeComments", args) as Comment[];
}

describe("commentHelper.mergeComments", () => {
  it("adds remote comments with the author's name", () => {
    const merged = merge({ replica: { comments: [c1, c2] } });
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ id: null, remoteId: "r1", body: "Jane Doe commented:\nFirst", created: 1000, internal: false });
    expect(merged[1]!.body).toBe("Omar Haddad commented:\nSecond");
    expect(merged[1]!.author).toEqual(omar);
    expect(Object.hasOwn(merged[0]!, "updated")).toBe(false);
  });

  it("keeps local comments first", () => {
    const local = { id: "L1", body: "local note", created: 500, internal: false };
    const merged = merge({ issue: { comments: [local] }, replica: { comments: [c1] }, firstSync: false });
    expect(merged.map((comment) => comment.id)).toEqual(["L1", null]);
  });

  it("adds nothing twice", () => {
    const twin = { id: "L9", body: "Jane Doe commented:\nFirst", remoteId: "r1", created: 1000, internal: false };
    const merged = merge({ issue: { comments: [twin] }, replica: { comments: [c1, c2] }, firstSync: false });
    expect(merged.map((comment) => comment.remoteId)).toEqual(["r1", "r2"]);
    expect(merged[0]!.id).toBe("L9");
  });

  it("updates comments edited remotely", () => {
    const twin = { id: "L9", body: "Jane Doe commented:\nFirst", remoteId: "r1", created: 1000, internal: false };
    const edited = { ...c1, body: "First, edited", updated: 5000 };
    const merged = merge({ issue: { comments: [twin] }, replica: { comments: [edited] }, previous: { comments: [c1] }, firstSync: false });
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: "L9", remoteId: "r1", body: "Jane Doe commented:\nFirst, edited", updated: 5000 });
  });

  it("leaves twins alone when nothing changed", () => {
    const twin = { id: "L9", body: "locally reworded", remoteId: "r1", created: 1000, internal: false };
    const merged = merge({ issue: { comments: [twin] }, replica: { comments: [c1] }, previous: { comments: [c1] }, firstSync: false });
    expect(merged[0]!.body).toBe("locally reworded");
  });

  it("removes comments deleted remotely", () => {
    const twin1 = { id: "L1", body: "x", remoteId: "r1", created: 1000, internal: false };
    const twin2 = { id: "L2", body: "y", remoteId: "r2", created: 2000, internal: false };
    const merged = merge({ issue: { comments: [twin1, twin2] }, replica: { comments: [c2] }, previous: { comments: [c1, c2] }, firstSync: false });
    expect(merged.map((comment) => comment.id)).toEqual(["L2"]);
  });

  it("skips this side's own comments coming back", () => {
    const local = { id: "L1", body: "mine", created: 100, internal: false };
    const echo = { id: "r7", body: "Someone commented:\nmine", remoteId: "L1", created: 200, internal: false };
    const merged = merge({ issue: { comments: [local] }, replica: { comments: [echo] }, firstSync: false });
    expect(merged.map((comment) => comment.id)).toEqual(["L1"]);
  });

  it("leaves the issue's list unchanged", () => {
    const bindings = bind({ issue: { comments: [] }, replica: { comments: [c1] }, firstSync: false }, "incoming");
    call(bindings, "commentHelper", "mergeComments", [bindings.issue, bindings.replica]);
    expect(bindings.issue.get("comments")).toEqual([]);
  });

  it("lets a closure edit comments without a prefix", () => {
    const merged = merge(
      { replica: { comments: [c1, c2] } },
      closure((it) => {
        mapPut(it as GMap, "internal", true);
        return true;
      }),
    );
    expect(merged.map((comment) => comment.body)).toEqual(["First", "Second"]);
    expect(merged.every((comment) => comment.internal === true)).toBe(true);
  });

  it("uses a map the closure returns", () => {
    const merged = merge(
      { replica: { comments: [c1] } },
      closure((it) => {
        const copy = new GMap();
        for (const [key, value] of mapEntries(it as GMap)) mapPut(copy, key, value);
        mapPut(copy, "body", `[${mapGet(it as GMap, "body")}]`);
        return copy;
      }),
    );
    expect(merged[0]!.body).toBe("[First]");
    expect(merged[0]!.remoteId).toBe("r1");
  });

  it("rejects a replica that is not an entity", () => {
    const bindings = bind({ replica: {} }, "incoming");
    expect(() => call(bindings, "commentHelper", "mergeComments", [bindings.issue, "replica"])).toThrow(/"replica" must be an issue or replica, got String/);
  });

  it("names the signature when arguments are missing", () => {
    const bindings = bind({ replica: {} }, "incoming");
    let caught: unknown;
    try {
      call(bindings, "commentHelper", "mergeComments", [bindings.issue]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleException);
    expect((caught as RuleException).message).toBe(
      'commentHelper.mergeComments: the argument "replica" is missing; expected mergeComments(issue, replica[, edit])',
    );
  });
});

describe("commentHelper lists", () => {
  it("filterLocal drops restricted comments", () => {
    const bindings = bind(
      {
        issue: {
          comments: [
            { id: "1", body: "public", internal: false },
            { id: "2", body: "team only", internal: true },
            { id: "3", body: "admins", internal: false, visibility: { type: "role", value: "Administrators" } },
          ],
        },
      },
      "outgoing",
    );
    const kept = call(bindings, "commentHelper", "filterLocal", [bindings.issue.get("comments")]) as Comment[];
    expect(kept.map((comment) => comment.id)).toEqual(["1"]);
  });

  it("addComment returns the list plus one", () => {
    const ctx = new ExecutionContext({ clock: () => 1234 });
    const bindings = bind({ issue: { comments: [{ id: "1", body: "old", internal: false }] } }, "outgoing");
    const comments = bindings.issue.get("comments");
    const result = call(bindings, "commentHelper", "addComment", ["new body", comments], ctx) as Comment[];
    expect(result).toHaveLength(2);
    expect(result[1]).toEqual({ id: null, body: "new body", author: null, created: 1234, internal: false });
    expect(comments).toHaveLength(1);
  });

  it("addComment rejects a non-list", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    expect(() => call(bindings, "commentHelper", "addComment", ["x", "y"])).toThrow(/"comments" must be a List, got String/);
  });
});
