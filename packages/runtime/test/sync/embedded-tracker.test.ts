import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addComment,
  attachFile,
  createIssue,
  deleteComment,
  EmbeddedAdapter,
  EmbeddedTracker,
  TrackerDataError,
  updateIssue,
  type ApplyRequest,
} from "../../src/tracker/index.ts";

const alice = "amartin";

function emptyRequest(key: string, issueId: string | null, fields: Record<string, unknown>): ApplyRequest {
  return {
    key,
    issueId,
    fields,
    comments: { add: [], update: [], remove: [] },
    attachments: { add: [], remove: [] },
    workLogs: { add: [], update: [], remove: [] },
  };
}

describe("embedded tracker", () => {
  let tracker: EmbeddedTracker;
  let adapter: EmbeddedAdapter;

  beforeEach(() => {
    tracker = EmbeddedTracker.create(":memory:", { flavor: "jira", name: "jira" });
    adapter = new EmbeddedAdapter(tracker);
  });
  afterEach(() => tracker.close());

  it("creates issues with project keys and defaults", () => {
    const issue = createIssue(tracker, { summary: "Login fails", labels: [{ label: "sync" }] }, { actor: alice, now: 1000 });
    expect(issue.key).toBe("SUP-1");
    expect(issue.status).toEqual({ name: "To Do", id: "1" });
    expect(issue.type).toEqual({ name: "Bug", id: "10001" });
    expect((issue.reporter as { username: string }).username).toBe("amartin");
    expect(issue.labels).toEqual([{ label: "sync" }]);
    expect(issue.created).toBe(1000);
    const second = createIssue(tracker, { summary: "Second" }, { actor: alice });
    expect(second.key).toBe("SUP-2");
  });

  it("lists every custom field with its type", () => {
    const issue = createIssue(tracker, { summary: "x", customFields: { "Story Points": { value: 3 } } }, { actor: alice });
    const fields = issue.customFields as Record<string, { value: unknown; type: string }>;
    expect(fields["Story Points"]).toEqual({ value: 3, type: "number" });
    expect(fields["GitHub Link"]).toEqual({ value: null, type: "text" });
  });

  it("rejects unknown statuses, users, options and fields", () => {
    const issue = createIssue(tracker, { summary: "x" }, { actor: alice });
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ status: { name: "Closed" } }, /status: status "Closed" does not exist in tracker jira/],
      [{ assignee: { key: "nobody", displayName: "No Body" } }, /assignee: user No Body does not exist/],
      [{ customFields: { Team: { value: { value: "Sales" } } } }, /"Sales" is not an option of "Team"; the options are "Platform", "Payments", "Mobile"/],
      [{ customFields: { Sprint: { value: 3 } } }, /custom field "Sprint" does not exist/],
      [{ customFields: { "Story Points": { value: "many" } } }, /expected a number, got "many"/],
      [{ key: "SUP-99" }, /field "key" cannot be changed/],
    ];
    for (const [changes, message] of bad) {
      expect(() => updateIssue(tracker, issue.key as string, changes, { actor: alice })).toThrow(message);
    }
  });

  it("finds users by key, username and email", () => {
    const issue = createIssue(tracker, { summary: "x" }, { actor: alice });
    const byEmail = updateIssue(tracker, issue.key as string, { assignee: { email: "TRIAGE@acme.example" } }, { actor: alice });
    expect((byEmail.assignee as { username: string }).username).toBe("triage");
    const option = updateIssue(tracker, issue.key as string, { customFields: { Team: { value: "Mobile" } } }, { actor: alice });
    expect((option.customFields as Record<string, { value: unknown }>).Team!.value).toEqual({ id: "10102", value: "Mobile" });
  });

  it("keeps undeclared fields as properties", () => {
    const issue = createIssue(tracker, { summary: "x", "System.AreaPath": "Fabrikam\\Support" }, { actor: alice });
    expect(issue["System.AreaPath"]).toBe("Fabrikam\\Support");
    const proto = updateIssue(tracker, issue.key as string, JSON.parse('{"__proto__": {"polluted": true}}'), { actor: alice });
    expect(Object.hasOwn(proto, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("records the author of every change", async () => {
    const issue = createIssue(tracker, { summary: "x" }, { actor: alice });
    addComment(tracker, issue.key as string, "hello", { actor: "triage" });
    await adapter.apply(emptyRequest("k1", issue.id as string, { summary: "y" }));
    const { changes, position } = await adapter.changesSince(null, 10);
    expect(changes.map((c) => c.author)).toEqual(["5b10a2844c20165700ede21g", "5b10ac8d82e05b22cc7d4ef5", "twinsync"]);
    expect(position).toBe(changes[2]!.position);
    expect((await adapter.changesSince(position, 10)).changes).toEqual([]);
  });

  it("apply creates once per key", async () => {
    const request = emptyRequest("event-1", null, { summary: "From GitHub", projectKey: "SUP", typeName: "Task" });
    request.comments.add.push({ ref: "c-9", body: "remote comment", internal: false, executor: null, created: null });
    const first = await adapter.apply(request);
    const second = await adapter.apply(request);
    expect(second).toEqual(first);
    expect(first.created).toBe(true);
    expect(first.comments).toEqual([{ id: expect.any(String), ref: "c-9" }]);
    expect(tracker.listIssueIds()).toHaveLength(1);
    const issue = tracker.readIssue(first.issueId)!;
    expect((issue.type as { name: string }).name).toBe("Task");
    expect((issue.comments as unknown[]).length).toBe(1);
  });

  it("apply without project or type fails clearly", async () => {
    await expect(adapter.apply(emptyRequest("e", null, { summary: "x" }))).rejects.toThrow(/no issue type given/);
    await expect(adapter.apply(emptyRequest("e", null, { summary: "" , typeName: "Bug"}))).rejects.toThrow(/summary is missing/);
    await expect(adapter.apply(emptyRequest("e", null, { summary: "x", typeName: "Bug", projectKey: "NOPE" }))).rejects.toThrow(TrackerDataError);
    expect(tracker.listIssueIds()).toHaveLength(0);
  });

  it("apply updates, removes comments and stores attachments", async () => {
    const issue = createIssue(tracker, { summary: "x" }, { actor: alice });
    const commentId = addComment(tracker, issue.id as string, "old", { actor: alice });
    const request = emptyRequest("e2", issue.id as string, { summary: "new summary", status: { name: "Done" } });
    request.comments.update.push({ id: commentId, body: "edited", internal: true });
    request.attachments.add.push({ ref: "a-1", filename: "log.txt", mimetype: "text/plain", content: Buffer.from("hello"), created: null });
    const result = await adapter.apply(request);
    const after = tracker.readIssue(issue.id as string)!;
    expect(after.summary).toBe("new summary");
    expect((after.status as { name: string }).name).toBe("Done");
    expect(after.comments).toMatchObject([{ body: "edited", internal: true }]);
    const [attachment] = after.attachments as { id: string; hash: string; filesize: number }[];
    expect(attachment!.filesize).toBe(5);
    expect(attachment!.hash).toBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    expect(result.attachments).toEqual([{ id: attachment!.id, ref: "a-1" }]);
    expect((await adapter.readAttachment(attachment!.id))!.content.toString()).toBe("hello");

    const removal = emptyRequest("e3", issue.id as string, {});
    removal.comments.remove.push(commentId);
    await adapter.apply(removal);
    expect(tracker.readIssue(issue.id as string)!.comments).toEqual([]);
  });

  it("apply refuses items of another issue", async () => {
    const one = createIssue(tracker, { summary: "one" }, { actor: alice });
    const two = createIssue(tracker, { summary: "two" }, { actor: alice });
    const commentId = addComment(tracker, one.id as string, "mine", { actor: alice });
    const request = emptyRequest("e4", two.id as string, {});
    request.comments.remove.push(commentId);
    await expect(adapter.apply(request)).rejects.toThrow(/comment \d+ does not belong to issue/);
    expect((tracker.readIssue(one.id as string)!.comments as unknown[]).length).toBe(1);
  });

  it("search runs JQL with order", async () => {
    createIssue(tracker, { summary: "a", labels: [{ label: "sync" }] }, { actor: alice, now: 3 });
    createIssue(tracker, { summary: "b", status: { name: "Done" }, labels: [{ label: "sync" }] }, { actor: alice, now: 2 });
    createIssue(tracker, { summary: "c", labels: [{ label: "sync" }] }, { actor: alice, now: 1 });
    createIssue(tracker, { summary: "d" }, { actor: alice });
    expect(await adapter.search("project = SUP AND labels = sync AND status != Done ORDER BY created")).toEqual(["3", "1"]);
    expect(await adapter.search("labels = sync", { issueIds: ["2", "4"] })).toEqual(["2"]);
    expect(() => adapter.validateQuery("nosuchfield = 1")).toThrow(/does not exist/);
  });

  it("github flavor uses repository keys and links", () => {
    const github = EmbeddedTracker.create(":memory:", { flavor: "github" });
    const issue = createIssue(github, { summary: "x" }, { actor: "octokit-fixture-user-a" });
    expect(issue.key).toBe("octokit-fixture-org/paginate-issues#1");
    expect(issue.customKeys).toEqual({ htmlUrl: "https://github.com/octokit-fixture-org/paginate-issues/issues/1", number: 1 });
    github.close();
  });

  it("comments and attachments by users", () => {
    const issue = createIssue(tracker, { summary: "x" }, { actor: alice });
    const id = addComment(tracker, issue.key as string, "first", { actor: "triage", internal: true });
    attachFile(tracker, issue.key as string, { filename: "a.png", mimetype: "image/png", content: Buffer.from([1, 2, 3]) }, { actor: alice });
    let read = tracker.readIssue(issue.key as string)!;
    expect(read.comments).toMatchObject([{ id, body: "first", internal: true, author: { username: "triage" } }]);
    expect(read.attachments).toMatchObject([{ filename: "a.png", filesize: 3, mimetype: "image/png" }]);
    deleteComment(tracker, id, { actor: alice });
    read = tracker.readIssue(issue.key as string)!;
    expect(read.comments).toEqual([]);
    expect(() => addComment(tracker, "SUP-99", "x", { actor: alice })).toThrow(/issue "SUP-99" not found/);
    expect(() => addComment(tracker, issue.key as string, "x", { actor: "ghost" })).toThrow(/user "ghost" does not exist/);
  });

  it("catalogue lists what rules look up", async () => {
    const catalogue = (await adapter.catalogue()) as Record<string, unknown>;
    expect((catalogue.statuses as { name: string }[]).map((s) => s.name)).toEqual(["To Do", "In Progress", "In Review", "Done"]);
    expect((catalogue.users as { username: string }[]).some((u) => u.username === "triage")).toBe(true);
    expect((catalogue.options as Record<string, unknown>).Team).toHaveLength(3);
    expect(await adapter.createForm()).toMatchObject({ customFields: { "Story Points": { value: null, type: "number" } } });
  });
});
