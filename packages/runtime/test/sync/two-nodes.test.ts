import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InMemoryNetwork } from "../../src/sync/index.ts";
import { addComment, attachFile, createIssue, deleteComment, editComment, updateIssue } from "../../src/tracker/index.ts";
import { createTestNode, RULES_DIR, syncUntilIdle, tempDir, type TestNode } from "./support.ts";

const rules = { outgoing: join(RULES_DIR, "simple.outgoing.groovy"), incoming: join(RULES_DIR, "simple.incoming.groovy") };

type Issue = Record<string, unknown> & { comments: { id: string; body: string }[]; attachments: { filename: string; hash: string }[] };

describe("two nodes in one process", () => {
  let network: InMemoryNetwork;
  let a: TestNode;
  let b: TestNode;

  beforeEach(async () => {
    network = new InMemoryNetwork();
    a = await createTestNode({ name: "alpha", transport: network });
    b = await createTestNode({ name: "beta", transport: network });
    network.listen("memory://alpha", (request) => a.node.handle(request));
    network.listen("memory://beta", (request) => b.node.handle(request));
    const { code } = await a.node.invite({ name: "alpha-beta", rules });
    await b.node.accept(code, { rules });
    await a.store.addTrigger((await a.store.getConnection("alpha-beta"))!.id, "issue", "project = SUP AND labels = sync", Date.now());
    await b.store.addTrigger((await b.store.getConnection("alpha-beta"))!.id, "issue", "labels = sync", Date.now());
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  const onlyIssue = (node: TestNode): Issue => {
    const ids = node.tracker.listIssueIds();
    expect(ids).toHaveLength(1);
    return node.tracker.readIssue(ids[0]!) as Issue;
  };

  it("accept activates the connection on both sides", async () => {
    const onA = await a.store.getConnection("alpha-beta");
    const onB = await b.store.getConnection("alpha-beta");
    expect(onA?.state).toBe("active");
    expect(onB?.state).toBe("active");
    expect(onA?.peer?.nodeId).toBe(b.node.nodeId);
    expect(onB?.peer?.nodeId).toBe(a.node.nodeId);
    expect(onB?.peer?.trackerType).toBe("embedded-jira");
  });

  it("syncs a new issue and links the twins", async () => {
    const created = createIssue(a.tracker, { summary: "Login fails", description: "Safari", labels: [{ label: "sync" }] }, { actor: "amartin" });
    createIssue(a.tracker, { summary: "Not synced" }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const twin = onlyIssue(b);
    expect(twin.summary).toBe("Login fails");
    expect(twin.description).toBe("Safari");
    expect((twin.type as { name: string }).name).toBe("Task");
    const connection = (await a.store.getConnection("alpha-beta"))!;
    const link = await a.store.getTwinByLocal(connection.id, String(created.id));
    expect(link?.remoteIssueId).toBe(twin.id);
    expect(link?.remoteKey).toBe(twin.key);
    expect((link?.localReplica as { summary: string }).summary).toBe("Login fails");
    const other = await b.store.getTwinByLocal(connection.id, String(twin.id));
    expect((other?.remoteReplica as { summary: string }).summary).toBe("Login fails");
  });

  it("syncs updates and comments both ways without echo", async () => {
    const created = createIssue(a.tracker, { summary: "Login fails", labels: [{ label: "sync" }] }, { actor: "amartin" });
    addComment(a.tracker, created.key as string, "First look", { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const twin = onlyIssue(b);
    expect(twin.comments.map((c) => c.body)).toEqual(["Alice Martin commented:\nFirst look"]);

    addComment(b.tracker, twin.key as string, "Seen on beta", { actor: "triage" });
    updateIssue(b.tracker, twin.key as string, { status: { name: "In Progress" } }, { actor: "triage" });
    await syncUntilIdle([a.node, b.node]);
    const back = a.tracker.readIssue(created.id as string) as Issue;
    expect(back.comments.map((c) => c.body)).toEqual(["First look", "Support Triage commented:\nSeen on beta"]);
    expect((back.status as { name: string }).name).toBe("In Progress");
    expect(onlyIssue(b).comments).toHaveLength(2);

    const sentBefore = a.node.counters.sent + b.node.counters.sent;
    await syncUntilIdle([a.node, b.node]);
    expect(a.node.counters.sent + b.node.counters.sent).toBe(sentBefore);
  });

  it("edits and deletes of comments follow", async () => {
    const created = createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    const commentId = addComment(a.tracker, created.key as string, "draft", { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    editComment(a.tracker, commentId, "final", { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).comments.map((c) => c.body)).toEqual(["Alice Martin commented:\nfinal"]);
    deleteComment(a.tracker, commentId, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).comments).toEqual([]);
  });

  it("copies attachments with their content", async () => {
    const created = createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    attachFile(a.tracker, created.key as string, { filename: "trace.log", mimetype: "text/plain", content: Buffer.from("stack trace") }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const twin = onlyIssue(b);
    expect(twin.attachments.map((f) => f.filename)).toEqual(["trace.log"]);
    const [file] = twin.attachments as unknown as { id: string }[];
    expect((await b.adapter.readAttachment(file!.id))!.content.toString()).toBe("stack trace");

    attachFile(b.tracker, twin.key as string, { filename: "reply.txt", mimetype: "text/plain", content: Buffer.from("fixed") }, { actor: "triage" });
    await syncUntilIdle([a.node, b.node]);
    const back = a.tracker.readIssue(created.id as string) as Issue;
    expect(back.attachments.map((f) => f.filename)).toEqual(["trace.log", "reply.txt"]);
    expect(onlyIssue(b).attachments).toHaveLength(2);
  });

  it("deactivated connection queues and delivers in order", async () => {
    const created = createIssue(a.tracker, { summary: "v0", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    await a.node.setConnectionState("alpha-beta", "deactivated");
    for (const summary of ["v1", "v2", "v3"]) {
      updateIssue(a.tracker, created.key as string, { summary }, { actor: "amartin" });
      await syncUntilIdle([a.node, b.node]);
    }
    expect(onlyIssue(b).summary).toBe("v0");
    const [stats] = await a.store.stats(Date.now());
    expect(stats!.outgoing.queued).toBe(3);

    await a.node.setConnectionState("alpha-beta", "active");
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).summary).toBe("v3");
    const connection = (await b.store.getConnection("alpha-beta"))!;
    const twin = await b.store.getTwinByRemote(connection.id, String(created.id));
    expect((twin!.remoteReplica as { summary: string }).summary).toBe("v3");
  });

  it("peer refuses events while deactivated, then receives them", async () => {
    const created = createIssue(a.tracker, { summary: "v0", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    await b.node.setConnectionState("alpha-beta", "deactivated");
    updateIssue(a.tracker, created.key as string, { summary: "v1" }, { actor: "amartin" });
    await a.node.step();
    await a.node.step();
    expect(onlyIssue(b).summary).toBe("v0");
    await b.node.setConnectionState("alpha-beta", "active");
    await new Promise((resolve) => setTimeout(resolve, 10));
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).summary).toBe("v1");
  });

  it("rule error blocks the twin until retry after a fix", async () => {
    const dir = tempDir();
    const incoming = join(dir, "incoming.groovy");
    writeFileSync(incoming, readFileSync(rules.incoming, "utf8") + '\nthrow new Exception("Mapping for " + replica.summary + " is missing")\n');
    const connection = (await b.store.getConnection("alpha-beta"))!;
    await b.store.updateConnection(connection.id, { rules: { ...rules, incoming } }, Date.now());

    const created = createIssue(a.tracker, { summary: "first", labels: [{ label: "sync" }] }, { actor: "amartin" });
    const other = createIssue(a.tracker, { summary: "other", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    updateIssue(a.tracker, created.key as string, { summary: "second" }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    expect(b.tracker.listIssueIds()).toHaveLength(0);

    const errors = await b.store.listErrors({ status: "open" });
    expect(errors).toHaveLength(2);
    expect(errors[0]!.message).toBe("Exception: Mapping for first is missing");
    expect(errors[0]!.phase).toBe("incoming-rule");
    expect(errors[0]!.line).toBe(13);
    expect(errors[0]!.file).toBe(incoming);
    const [stats] = await b.store.stats(Date.now());
    expect(stats!.incoming.blocked).toBe(2);
    expect(stats!.incoming.pending).toBe(1);

    writeFileSync(incoming, readFileSync(rules.incoming, "utf8") + "\n// fixed\n");
    for (const error of errors) expect(await b.store.retryError(error.id, Date.now())).toBe(true);
    await syncUntilIdle([a.node, b.node]);
    const summaries = b.tracker.listIssueIds().map((id) => b.tracker.readIssue(id)!.summary).sort();
    expect(summaries).toEqual(["other", "second"]);
    expect(await b.store.listErrors({ status: "open" })).toEqual([]);
    expect(other.key).toBeDefined();
  });

  it("outgoing rule error blocks, then retry rebuilds", async () => {
    const dir = tempDir();
    const outgoing = join(dir, "outgoing.groovy");
    writeFileSync(outgoing, "replica.summary = issue.summary.toUpperCase()\nreplica.key = issue.nosuchthing.trim()\n");
    const connection = (await a.store.getConnection("alpha-beta"))!;
    await a.store.updateConnection(connection.id, { rules: { ...rules, outgoing } }, Date.now());
    const created = createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    updateIssue(a.tracker, created.key as string, { summary: "y" }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const errors = await a.store.listErrors({ status: "open" });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.direction).toBe("outgoing");
    expect(errors[0]!.line).toBe(2);
    expect(errors[0]!.message).toMatch(/NullPointerException/);

    writeFileSync(outgoing, readFileSync(rules.outgoing, "utf8"));
    await a.store.retryError(errors[0]!.id, Date.now());
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).summary).toBe("y");
  });

  it("blocks on a rule that stops compiling", async () => {
    const dir = tempDir();
    const incoming = join(dir, "incoming.groovy");
    writeFileSync(incoming, readFileSync(rules.incoming, "utf8"));
    const connection = (await b.store.getConnection("alpha-beta"))!;
    await b.store.updateConnection(connection.id, { rules: { ...rules, incoming } }, Date.now());
    writeFileSync(incoming, "issue.summary = (replica.summary\n");
    createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const [error] = await b.store.listErrors({ status: "open" });
    expect(error!.phase).toBe("compile");
    expect(error!.message).toMatch(/^the incoming rule does not compile: /);
    expect(error!.file).toBe(incoming);
    expect(error!.line).toBeGreaterThanOrEqual(1);

    writeFileSync(incoming, readFileSync(rules.incoming, "utf8") + "\n");
    await b.store.retryError(error!.id, Date.now());
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).summary).toBe("x");
  });

  it("resolve drops the blocked event", async () => {
    const dir = tempDir();
    const incoming = join(dir, "incoming.groovy");
    writeFileSync(incoming, 'if (replica.summary == "bad") { debug.error("bad summary") }\n' + readFileSync(rules.incoming, "utf8"));
    const connection = (await b.store.getConnection("alpha-beta"))!;
    await b.store.updateConnection(connection.id, { rules: { ...rules, incoming } }, Date.now());
    const created = createIssue(a.tracker, { summary: "bad", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    updateIssue(a.tracker, created.key as string, { summary: "good" }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const [error] = await b.store.listErrors({ status: "open" });
    expect(error!.message).toBe("bad summary");
    await b.store.resolveError(error!.id, Date.now());
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).summary).toBe("good");
  });

  it("links an existing issue on first sync, once", async () => {
    const dir = tempDir();
    const incoming = join(dir, "incoming.groovy");
    writeFileSync(incoming, 'if (firstSync) { issue.key = "SUP-1" }\nissue.summary = replica.summary\n');
    const connection = (await b.store.getConnection("alpha-beta"))!;
    await b.store.updateConnection(connection.id, { rules: { ...rules, incoming } }, Date.now());
    const existing = createIssue(b.tracker, { summary: "already here" }, { actor: "triage" });
    createIssue(a.tracker, { summary: "first remote", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    expect(onlyIssue(b).summary).toBe("first remote");
    expect((await b.store.getTwinByLocal(connection.id, String(existing.id)))?.remoteKey).toBe("SUP-1");

    createIssue(a.tracker, { summary: "second remote", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const [error] = await b.store.listErrors({ status: "open" });
    expect(error!.message).toBe("the incoming rule linked SUP-1, which is already the twin of remote issue SUP-1");
    expect(onlyIssue(b).summary).toBe("first remote");
  });

  it("bulk sync queues everything a trigger matches", async () => {
    const connection = (await a.store.getConnection("alpha-beta"))!;
    await a.node.setConnectionState(connection.id, "deactivated");
    for (let i = 0; i < 5; i++) createIssue(a.tracker, { summary: `issue ${i}`, labels: [{ label: i % 2 === 0 ? "sync" : "other" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    await a.node.setConnectionState(connection.id, "active");
    await syncUntilIdle([a.node, b.node]);
    expect(b.tracker.listIssueIds()).toHaveLength(3);
    expect(await a.node.bulkSync("alpha-beta", "labels = other")).toBe(2);
    await syncUntilIdle([a.node, b.node]);
    expect(b.tracker.listIssueIds()).toHaveLength(5);
  });
});
