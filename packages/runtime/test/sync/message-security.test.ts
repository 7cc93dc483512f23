import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HEADER, InMemoryNetwork, PATHS, signingKey, signRequest, verifyResponse, type WireRequest } from "../../src/sync/index.ts";
import { createIssue } from "../../src/tracker/index.ts";
import { createTestNode, RULES_DIR, syncUntilIdle, type TestNode } from "./support.ts";

const rules = { outgoing: join(RULES_DIR, "simple.outgoing.groovy"), incoming: join(RULES_DIR, "simple.incoming.groovy") };

describe("signed messages", () => {
  let network: InMemoryNetwork;
  let a: TestNode;
  let b: TestNode;
  let connectionId: string;
  let key: Buffer;

  beforeEach(async () => {
    network = new InMemoryNetwork();
    a = await createTestNode({ name: "alpha", transport: network });
    b = await createTestNode({ name: "beta", transport: network });
    network.listen("memory://alpha", (request) => a.node.handle(request));
    network.listen("memory://beta", (request) => b.node.handle(request));
    const { code, connection } = await a.node.invite({ name: "ab", rules });
    await b.node.accept(code, { rules });
    connectionId = connection.id;
    key = signingKey((await a.store.getConnection(connectionId))!.secret, connectionId);
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  const event = {
    id: "0d4b2c9e-8a0e-4f0a-b1b8-6a9b0c6f1e01",
    seq: 1,
    kind: "replica",
    issue: { id: "1", key: "SUP-1" },
    payload: { schemaVersion: 1, replica: { summary: "hello" }, twinIssueId: null },
  };

  function signed(body: unknown, options: { now?: number; sender?: string; path?: string } = {}): WireRequest {
    const raw = Buffer.from(JSON.stringify(body));
    const path = options.path ?? PATHS.events;
    return { path, headers: signRequest(key, path, connectionId, options.sender ?? a.node.nodeId, raw, options.now ?? Date.now()), body: raw };
  }

  async function send(request: WireRequest) {
    const response = await b.node.handle(request);
    return { status: response.status, json: JSON.parse(response.body.toString()) as Record<string, unknown>, response };
  }

  it("accepts a signed message and signs the reply", async () => {
    const request = signed({ events: [event] });
    const { status, json, response } = await send(request);
    expect(status).toBe(200);
    expect(json).toEqual({ accepted: [event.id], duplicates: [] });
    expect(() => verifyResponse(key, request.headers[HEADER.messageId]!, response.headers, response.body, Date.now(), 60_000)).not.toThrow();
    const tampered = Buffer.from(response.body.toString().replace(event.id, "x"));
    expect(() => verifyResponse(key, request.headers[HEADER.messageId]!, response.headers, tampered, Date.now(), 60_000)).toThrow(/invalid response signature/);
    expect(() => verifyResponse(key, "other-request", response.headers, response.body, Date.now(), 60_000)).toThrow(/belongs to another request/);
  });

  it("drops a second copy of an event", async () => {
    await send(signed({ events: [event] }));
    const { json } = await send(signed({ events: [event] }));
    expect(json).toEqual({ accepted: [], duplicates: [event.id] });
    expect(await b.store.nextIncoming(10)).toHaveLength(1);
  });

  it("rejects a tampered body", async () => {
    const request = signed({ events: [event] });
    request.body = Buffer.from(request.body.toString().replace("hello", "hellO"));
    const { status, json } = await send(request);
    expect(status).toBe(401);
    expect(json.error).toMatch(/invalid signature: the message was changed or signed with another key/);
    expect(await b.store.nextIncoming(10)).toHaveLength(0);
  });

  it("rejects a truncated body", async () => {
    const request = signed({ events: [event] });
    request.body = request.body.subarray(0, request.body.length - 10);
    expect((await send(request)).status).toBe(401);
  });

  it("rejects a replayed message", async () => {
    const request = signed({ events: [event] });
    expect((await send(request)).status).toBe(200);
    const again = await send({ ...request, body: Buffer.from(request.body) });
    expect(again.status).toBe(401);
    expect(again.json.error).toMatch(/was already received; replayed messages are rejected/);
  });

  it("rejects an expired timestamp", async () => {
    const { status, json } = await send(signed({ events: [event] }, { now: Date.now() - 10 * 60_000 }));
    expect(status).toBe(401);
    expect(json.error).toMatch(/outside the replay window of 300 s/);
  });

  it("rejects a wrong key", async () => {
    const raw = Buffer.from(JSON.stringify({ events: [event] }));
    const headers = signRequest(Buffer.alloc(32, 1), PATHS.events, connectionId, a.node.nodeId, raw, Date.now());
    expect((await send({ path: PATHS.events, headers, body: raw })).status).toBe(401);
  });

  it("rejects a sender that is not the peer", async () => {
    const { status, json } = await send(signed({ events: [event] }, { sender: "someone-else" }));
    expect(status).toBe(403);
    expect(json.error).toMatch(/is not the peer of connection ab/);
  });

  it("rejects missing headers and unknown connections", async () => {
    const raw = Buffer.from("{}");
    expect((await send({ path: PATHS.events, headers: {}, body: raw })).json.error).toMatch(/missing header x-twinsync-/);
    const headers = signRequest(key, PATHS.events, "no-such-connection", a.node.nodeId, raw, Date.now());
    expect((await send({ path: PATHS.events, headers, body: raw })).status).toBe(404);
  });

  it("rejects malformed events", async () => {
    const { status, json } = await send(signed({ events: [{ ...event, kind: "delete" }] }));
    expect(status).toBe(400);
    expect(json.error).toMatch(/events\[0\].kind: expected "replica" or "link"/);
  });

  it("rejects a replayed acceptance", async () => {
    const initiatorSide = await a.store.getConnection(connectionId);
    const body = { invitationId: initiatorSide!.invitationId, acceptor: await b.node.describe() };
    const response = await a.node.handle(signed(body, { path: PATHS.accept, sender: b.node.nodeId }));
    expect(response.status).toBe(409);
    expect(JSON.parse(response.body.toString()).error).toMatch(/was already accepted; create a new invitation/);
  });

  it("blocks an event that claims another issue's twin", async () => {
    await a.store.addTrigger(connectionId, "issue", "labels = sync", Date.now());
    createIssue(a.tracker, { summary: "real", labels: [{ label: "sync" }] }, { actor: "amartin" });
    await syncUntilIdle([a.node, b.node]);
    const [twinId] = b.tracker.listIssueIds();
    const forged = { ...event, issue: { id: "999", key: "SUP-999" }, payload: { schemaVersion: 1, replica: { summary: "forged" }, twinIssueId: twinId } };
    expect((await send(signed({ events: [forged] }))).status).toBe(200);
    await b.node.apply();
    const [error] = await b.store.listErrors({ status: "open" });
    expect(error!.message).toMatch(/the peer names SUP-1 as the twin, but it is the twin of remote issue SUP-1/);
    expect(b.tracker.readIssue(twinId!)!.summary).toBe("real");
  });

  it("serves attachments only of shared issues", async () => {
    const request = signed({ attachmentId: "1" }, { path: PATHS.attachment, sender: b.node.nodeId });
    const response = await a.node.handle(request);
    expect(response.status).toBe(404);
  });
});

describe("accepting codes twice", () => {
  it("rejects a code used twice on one node and on another", async () => {
    const network = new InMemoryNetwork();
    const nodes = await Promise.all(["alpha", "beta", "gamma"].map((name) => createTestNode({ name, transport: network })));
    for (const t of nodes) network.listen(`memory://${t.node.context.nodeName}`, (request) => t.node.handle(request));
    const [a, b, c] = nodes as [TestNode, TestNode, TestNode];
    const { code } = await a.node.invite({ name: "ab", rules });
    await b.node.accept(code, { rules });
    await expect(b.node.accept(code, { rules })).rejects.toThrow(/already accepted on this node \(connection "ab"\)/);
    await expect(c.node.accept(code, { rules })).rejects.toThrow(/was already accepted; create a new invitation/);
    expect(await c.store.listConnections()).toEqual([]);
    for (const t of nodes) await t.close();
  });

  it("reports an unreachable inviting node", async () => {
    const network = new InMemoryNetwork();
    const a = await createTestNode({ name: "alpha", transport: network });
    const b = await createTestNode({ name: "beta", transport: network });
    const { code } = await a.node.invite({ name: "ab", rules });
    await expect(b.node.accept(code, { rules })).rejects.toThrow(/could not reach the inviting node alpha at memory:\/\/alpha/);
    await a.close();
    await b.close();
  });

  it("rejects rules that do not compile", async () => {
    const network = new InMemoryNetwork();
    const a = await createTestNode({ name: "alpha", transport: network });
    await expect(a.node.invite({ name: "ab", rules: { ...rules, outgoing: join(RULES_DIR, "missing.groovy") } })).rejects.toThrow(/cannot read the outgoing rule/);
    await a.close();
  });
});
