import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InMemoryNetwork } from "../../src/sync/index.ts";
import { addComment, createIssue, updateIssue } from "../../src/tracker/index.ts";
import { createTestNode, RULES_DIR, syncUntilIdle, tempDir, type TestNode } from "./support.ts";

const rules = { outgoing: join(RULES_DIR, "simple.outgoing.groovy"), incoming: join(RULES_DIR, "simple.incoming.groovy") };

async function pair(network: InMemoryNetwork, options: { b?: Partial<Parameters<typeof createTestNode>[0]> } = {}) {
  const a = await createTestNode({ name: "alpha", transport: network });
  const b = await createTestNode({ name: "beta", transport: network, ...options.b });
  network.listen("memory://alpha", (request) => a.node.handle(request));
  network.listen("memory://beta", (request) => b.node.handle(request));
  const { code, connection } = await a.node.invite({ name: "ab", rules });
  await b.node.accept(code, { rules });
  await a.store.addTrigger(connection.id, "issue", "labels = sync", Date.now());
  return { a, b };
}

describe("recovery", () => {
  const open: TestNode[] = [];
  afterEach(async () => {
    for (const node of open.splice(0)) await node.close();
  });

  it("repeats an apply lost after the tracker write without duplicates", async () => {
    const network = new InMemoryNetwork();
    const { a, b } = await pair(network);
    open.push(a, b);
    const issue = createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    addComment(a.tracker, issue.key as string, "one", { actor: "amartin" });
    await a.node.step();

    const complete = b.store.completeIncoming.bind(b.store);
    let failures = 0;
    b.store.completeIncoming = async (...args) => {
      if (failures++ === 0) throw new Error("simulated crash before the store commit");
      return complete(...args);
    };
    await expect(b.node.apply()).rejects.toThrow(/simulated crash/);
    expect(b.tracker.listIssueIds()).toHaveLength(1);

    await syncUntilIdle([a.node, b.node]);
    expect(b.tracker.listIssueIds()).toHaveLength(1);
    const twin = b.tracker.readIssue(b.tracker.listIssueIds()[0]!)!;
    expect((twin.comments as unknown[]).length).toBe(1);

    addComment(a.tracker, issue.key as string, "two", { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    expect((b.tracker.readIssue(twin.id as string)!.comments as unknown[]).length).toBe(2);
    expect((a.tracker.readIssue(issue.id as string)!.comments as unknown[]).length).toBe(2);
  });

  it("waits for an unfinished apply before sending the issue", async () => {
    const network = new InMemoryNetwork();
    const { a, b } = await pair(network);
    open.push(a, b);
    const issue = createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const twinId = b.tracker.listIssueIds()[0]!;
    addComment(a.tracker, issue.key as string, "from alpha", { actor: "amartin" });
    await a.node.step();

    const complete = b.store.completeIncoming.bind(b.store);
    b.store.completeIncoming = async () => {
      throw new Error("simulated crash before the store commit");
    };
    await expect(b.node.apply()).rejects.toThrow(/simulated crash/);
    b.store.completeIncoming = complete;
    expect((b.tracker.readIssue(twinId)!.comments as unknown[]).length).toBe(1);

    addComment(b.tracker, twinId, "from beta", { actor: "triage" });
    await b.node.capture();
    const waiting = await b.store.pendingOutgoing(10);
    expect(waiting.map((event) => event.localIssueId)).toEqual([twinId]);
    expect(await b.node.send()).toBe(0);

    await syncUntilIdle([a.node, b.node]);
    const bodies = (a.tracker.readIssue(issue.id as string)!.comments as { body: string }[]).map((c) => c.body);
    expect(bodies).toEqual(["from alpha", "Support Triage commented:\nfrom beta"]);
    expect((b.tracker.readIssue(twinId)!.comments as unknown[]).length).toBe(2);
  });

  it("resends a batch whose reply was lost", async () => {
    const network = new InMemoryNetwork();
    const { a, b } = await pair(network);
    open.push(a, b);
    const request = network.request.bind(network);
    let drops = 0;
    network.request = async (url, wire) => {
      const response = await request(url, wire);
      if (url === "memory://beta" && drops++ === 0) throw new Error("simulated lost reply");
      return response;
    };
    createIssue(a.tracker, { summary: "x", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await syncUntilIdle([a.node, b.node]);
    expect(drops).toBeGreaterThan(1);
    expect(b.tracker.listIssueIds()).toHaveLength(1);
    const [stats] = await b.store.stats(Date.now());
    expect(stats!.incoming.applied).toBe(1);
  });

  it("keeps queued events across a restart", async () => {
    const network = new InMemoryNetwork();
    const dir = tempDir();
    const storePath = join(dir, "beta-store.db");
    const trackerPath = join(dir, "beta-tracker.db");
    const { a, b } = await pair(network, { b: { storePath, trackerPath } });
    open.push(a);
    const issue = createIssue(a.tracker, { summary: "v1", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    updateIssue(a.tracker, issue.key as string, { summary: "v2" }, { actor: "amartin" });
    await a.node.step();
    await b.close();

    const network2 = new InMemoryNetwork();
    const reopened = await createTestNode({ name: "beta", transport: network2, storePath, trackerPath });
    open.push(reopened);
    expect(reopened.node.nodeId).toBe(b.node.nodeId);
    await reopened.node.apply();
    expect(reopened.tracker.readIssue(reopened.tracker.listIssueIds()[0]!)!.summary).toBe("v2");
  });

  it("local connection joins two projects of one tracker", async () => {
    const dir = tempDir();
    const trackerPath = join(dir, "tracker.db");
    const network = new InMemoryNetwork();
    const left = await createTestNode({ name: "left", transport: network, trackerPath });
    const { tracker } = left;
    tracker.addProject("OPS", "Operations");
    const right = await createTestNode({ name: "right", transport: network, trackerPath, storePath: join(dir, "right.db") });
    open.push(left, right);
    network.listen("memory://left", (request) => left.node.handle(request));
    network.listen("memory://right", (request) => right.node.handle(request));
    const { code, connection } = await left.node.invite({ name: "sup-ops", type: "local", rules });
    const accepted = await right.node.accept(code, { rules: { ...rules, incoming: join(RULES_DIR, "ops.incoming.groovy") } });
    expect(accepted.type).toBe("local");
    await left.store.addTrigger(connection.id, "issue", "project = SUP AND labels = sync", Date.now());
    await right.store.addTrigger(accepted.id, "issue", "project = OPS", Date.now());

    const issue = createIssue(tracker, { summary: "Disk full", project: { key: "SUP" }, labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([left.node, right.node]);
    const keys = tracker.listIssueIds().map((id) => tracker.readIssue(id)!.key);
    expect(keys).toEqual(["SUP-1", "OPS-1"]);
    addComment(tracker, "OPS-1", "Cleaned up", { actor: "triage" });
    await syncUntilIdle([left.node, right.node]);
    expect((tracker.readIssue(issue.id as string)!.comments as { body: string }[]).map((c) => c.body)).toEqual(["Support Triage commented:\nCleaned up"]);
    expect(tracker.listIssueIds()).toHaveLength(2);
  });
});
