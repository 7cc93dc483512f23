import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/index.ts";
import type { ConnectionRecord, NewSyncError, PeerInfo } from "../../src/store/index.ts";

const NOW = 1_700_000_000_000;

function connection(overrides: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id: randomUUID(),
    name: "jira-github",
    type: "remote",
    state: "active",
    role: "initiator",
    secret: randomBytes(32),
    peer: null,
    invitationId: "inv-1",
    invitationExpiresAt: NOW + 60_000,
    rules: { outgoing: "/rules/out.groovy", incoming: "/rules/in.groovy" },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

const peer: PeerInfo = {
  nodeId: "node-b",
  nodeName: "github",
  nodeUrl: "http://127.0.0.1:1",
  instanceId: "inst-b",
  instanceName: "github",
  trackerType: "embedded",
  trackerVersion: "1",
  trackerUrl: "embedded://github",
  productVersion: "0.1.0",
};

const ruleError: NewSyncError = { issue: "SUP-1", phase: "incoming-rule", message: "boom", file: "in.groovy", line: 3, column: 5, stack: "at run (in.groovy:3:5)" };

function replicaEvent(connectionId: string, issue: string, payload: unknown = { summary: issue }) {
  return { id: randomUUID(), connectionId, kind: "replica" as const, localIssueId: issue, localKey: `K-${issue}`, payload, status: "queued" as const };
}

function received(issue: string, seq: number) {
  return { id: randomUUID(), kind: "replica" as const, remoteIssueId: issue, remoteKey: `R-${issue}`, remoteSeq: seq, payload: { summary: `${issue}/${seq}` } };
}

describe("SqliteStore", () => {
  let store: SqliteStore;
  let conn: ConnectionRecord;

  beforeEach(async () => {
    store = new SqliteStore(":memory:");
    conn = connection();
    await store.createConnection(conn);
  });
  afterEach(async () => {
    await store.close();
  });

  it("finds connections by id and name", async () => {
    expect((await store.getConnection(conn.id))?.name).toBe("jira-github");
    expect((await store.getConnection("jira-github"))?.id).toBe(conn.id);
    expect((await store.getConnection(conn.id))?.secret.equals(conn.secret)).toBe(true);
    expect(await store.getConnection("missing")).toBeNull();
  });

  it("enqueue stores events, twins and cursor together", async () => {
    const seqs = await store.enqueue(
      { events: [replicaEvent(conn.id, "1"), replicaEvent(conn.id, "2")], twins: [{ connectionId: conn.id, localIssueId: "1", localKey: "SUP-1" }], cursor: { name: "cursor", value: "42" } },
      NOW,
    );
    expect(seqs).toHaveLength(2);
    expect(seqs[1]).toBeGreaterThan(seqs[0]!);
    expect(await store.getSetting("cursor")).toBe("42");
    expect((await store.getTwinByLocal(conn.id, "1"))?.localKey).toBe("SUP-1");
  });

  it("enqueue rolls back everything when one event fails", async () => {
    const duplicate = replicaEvent(conn.id, "1");
    await expect(store.enqueue({ events: [replicaEvent(conn.id, "3"), duplicate, duplicate], cursor: { name: "cursor", value: "7" } }, NOW)).rejects.toThrow();
    expect(await store.getSetting("cursor")).toBeNull();
    expect(await store.nextOutgoing(conn.id, 10)).toEqual([]);
  });

  it("nextOutgoing keeps order and waits behind a blocked event of the same issue", async () => {
    const blocked = { ...replicaEvent(conn.id, "1", null), status: "blocked" as const, error: { ...ruleError, phase: "outgoing-rule" as const } };
    await store.enqueue({ events: [replicaEvent(conn.id, "2"), blocked, replicaEvent(conn.id, "1"), replicaEvent(conn.id, "3")] }, NOW);
    const next = await store.nextOutgoing(conn.id, 10);
    expect(next.map((e) => e.localIssueId)).toEqual(["2", "3"]);
    const errors = await store.listErrors({ status: "open" });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.direction).toBe("outgoing");

    expect(await store.retryError(errors[0]!.id, NOW)).toBe(true);
    const pending = await store.pendingOutgoing(10);
    expect(pending.map((e) => e.localIssueId)).toEqual(["1"]);
    expect((await store.nextOutgoing(conn.id, 10)).map((e) => e.localIssueId)).toEqual(["2", "3"]);

    await store.buildOutgoing(pending[0]!.seq, { payload: { summary: "rebuilt" } }, NOW);
    const after = await store.nextOutgoing(conn.id, 10);
    expect(after.map((e) => e.localIssueId)).toEqual(["2", "1", "1", "3"]);
    expect(after[1]!.payload).toEqual({ summary: "rebuilt" });
  });

  it("markSent removes events from the queue", async () => {
    const seqs = await store.enqueue({ events: [replicaEvent(conn.id, "1"), replicaEvent(conn.id, "2")] }, NOW);
    await store.markSent([seqs[0]!], NOW + 5);
    const next = await store.nextOutgoing(conn.id, 10);
    expect(next.map((e) => e.seq)).toEqual([seqs[1]]);
    expect((await store.getOutgoing(seqs[0]!))?.sentAt).toBe(NOW + 5);
  });

  it("receive drops events whose id is already in the inbox", async () => {
    const first = received("A-1", 1);
    const firstResult = await store.receive(conn.id, [first, received("A-1", 2)], NOW);
    expect(firstResult.accepted).toHaveLength(2);
    const again = await store.receive(conn.id, [first], NOW);
    expect(again).toEqual({ accepted: [], duplicates: [first.id] });
    expect(await store.nextIncoming(10)).toHaveLength(2);
  });

  it("nextIncoming skips remote issues behind a blocked event", async () => {
    await store.receive(conn.id, [received("A-1", 1), received("A-2", 2), received("A-1", 3)], NOW);
    const [first] = await store.nextIncoming(1);
    const errorId = await store.blockIncoming(first!.seq, ruleError, NOW);
    expect((await store.nextIncoming(10)).map((e) => e.remoteIssueId)).toEqual(["A-2"]);

    expect(await store.resolveError(errorId, NOW)).toBe(true);
    expect(await store.resolveError(errorId, NOW)).toBe(false);
    expect((await store.nextIncoming(10)).map((e) => e.remoteSeq)).toEqual([2, 3]);
  });

  it("nextIncoming holds events of a deactivated connection", async () => {
    await store.receive(conn.id, [received("A-1", 1)], NOW);
    await store.updateConnection(conn.id, { state: "deactivated" }, NOW);
    expect(await store.nextIncoming(10)).toEqual([]);
    await store.updateConnection(conn.id, { state: "active" }, NOW);
    expect(await store.nextIncoming(10)).toHaveLength(1);
  });

  it("completeIncoming stores twin, mappings and follow-up events atomically", async () => {
    await store.receive(conn.id, [received("A-1", 1)], NOW);
    const [event] = await store.nextIncoming(1);
    await store.completeIncoming(
      {
        seq: event!.seq,
        twin: { localIssueId: "10", localKey: "GH-10", remoteIssueId: "A-1", remoteKey: "R-A-1", remoteReplica: { summary: "x" } },
        addMappings: [{ connectionId: conn.id, kind: "comment", localId: "c1", remoteId: "rc1", localIssueId: "10" }],
        enqueue: { events: [{ ...replicaEvent(conn.id, "10"), kind: "link" }] },
      },
      NOW + 1,
    );
    const twin = await store.getTwinByRemote(conn.id, "A-1");
    expect(twin?.localIssueId).toBe("10");
    expect(twin?.remoteReplica).toEqual({ summary: "x" });
    expect(twin?.localReplica).toBeNull();
    expect(await store.itemMappings(conn.id, "10")).toHaveLength(1);
    expect((await store.nextOutgoing(conn.id, 10)).map((e) => e.kind)).toEqual(["link"]);
    expect((await store.getIncoming(event!.seq))?.status).toBe("applied");
    await expect(store.completeIncoming({ seq: event!.seq }, NOW)).rejects.toThrow(/not pending/);
  });

  it("twin update keeps a replica that is not given", async () => {
    await store.receive(conn.id, [received("A-1", 1), received("A-1", 2)], NOW);
    const [first, second] = await store.nextIncoming(2);
    const twin = { localIssueId: "10", localKey: "GH-10", remoteIssueId: "A-1", remoteKey: null };
    await store.completeIncoming({ seq: first!.seq, twin: { ...twin, remoteReplica: { v: 1 }, localReplica: { mine: 1 } } }, NOW);
    await store.completeIncoming({ seq: second!.seq, twin: { ...twin, remoteReplica: { v: 2 } } }, NOW);
    const stored = await store.getTwinByLocal(conn.id, "10");
    expect(stored?.remoteReplica).toEqual({ v: 2 });
    expect(stored?.localReplica).toEqual({ mine: 1 });
  });

  it("activateInvitation works once and not after expiry", async () => {
    const pending = connection({ name: "pending", state: "pending", invitationId: "inv-2", invitationExpiresAt: NOW + 1000 });
    await store.createConnection(pending);
    expect(await store.activateInvitation(pending.id, "wrong", peer, NOW)).toBe("not-found");
    expect(await store.activateInvitation(pending.id, "inv-2", peer, NOW + 2000)).toBe("expired");
    expect(await store.activateInvitation(pending.id, "inv-2", peer, NOW)).toBe("activated");
    expect(await store.activateInvitation(pending.id, "inv-2", peer, NOW)).toBe("already-used");
    const stored = await store.getConnection(pending.id);
    expect(stored?.state).toBe("active");
    expect(stored?.peer?.nodeId).toBe("node-b");
  });

  it("initSetting keeps the first value", async () => {
    expect(await store.initSetting("node.id", "first")).toBe("first");
    expect(await store.initSetting("node.id", "second")).toBe("first");
    expect(await store.getSetting("node.id")).toBe("first");
  });

  it("rememberInvitation and rememberMessage reject repeats", async () => {
    expect(await store.rememberInvitation("inv-9", NOW)).toBe(true);
    expect(await store.rememberInvitation("inv-9", NOW)).toBe(false);
    expect(await store.rememberMessage("m1", NOW, 1000)).toBe(true);
    expect(await store.rememberMessage("m1", NOW + 10, 1000)).toBe(false);
    expect(await store.rememberMessage("m1", NOW + 5000, 1000)).toBe(true);
  });

  it("triggers are added, listed and removed", async () => {
    const trigger = await store.addTrigger(conn.id, "issue", "project = SUP", NOW);
    expect(await store.listTriggers(conn.id)).toEqual([trigger]);
    expect(await store.removeTrigger(trigger.id)).toBe(true);
    expect(await store.listTriggers()).toEqual([]);
  });

  it("stats counts queues and recent throughput", async () => {
    const seqs = await store.enqueue({ events: [replicaEvent(conn.id, "1"), replicaEvent(conn.id, "2")] }, NOW);
    await store.markSent([seqs[0]!], NOW);
    await store.receive(conn.id, [received("A-1", 1)], NOW);
    const [stats] = await store.stats(NOW + 1000);
    expect(stats!.outgoing.sent).toBe(1);
    expect(stats!.outgoing.queued).toBe(1);
    expect(stats!.incoming.pending).toBe(1);
    expect(stats!.sentLastMinute).toBe(1);
    expect((await store.stats(NOW + 120_000))[0]!.sentLastMinute).toBe(0);
  });
});
