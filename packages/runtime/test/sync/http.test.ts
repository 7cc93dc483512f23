import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HttpTransport, PATHS, startHttpServer, type RunningServer } from "../../src/sync/index.ts";
import { addComment, createIssue } from "../../src/tracker/index.ts";
import { createTestNode, RULES_DIR, silentLogger, syncUntilIdle, type TestNode } from "./support.ts";

const rules = { outgoing: join(RULES_DIR, "simple.outgoing.groovy"), incoming: join(RULES_DIR, "simple.incoming.groovy") };

describe("HTTP transport", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function httpNode(name: string): Promise<{ node: TestNode; server: RunningServer }> {
    const transport = new HttpTransport();
    let target: TestNode | null = null;
    const server = await startHttpServer((request) => target!.node.handle(request), { port: 0, logger: silentLogger(), nodeId: name });
    target = await createTestNode({ name, transport, url: server.url });
    cleanup.push(async () => {
      await target!.close();
      await server.close();
      transport.close();
    });
    return { node: target, server };
  }

  it("syncs between two nodes over 127.0.0.1", async () => {
    const a = await httpNode("alpha");
    const b = await httpNode("beta");
    expect(a.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { code, connection } = await a.node.node.invite({ name: "ab", rules });
    await b.node.node.accept(code, { rules });
    await a.node.store.addTrigger(connection.id, "issue", "labels = sync", Date.now());
    const issue = createIssue(a.node.tracker, { summary: "over http", labels: [{ label: "sync" }] }, { actor: "amartin" });
    addComment(a.node.tracker, issue.key as string, "hi", { actor: "amartin" });
    await syncUntilIdle([a.node.node, b.node.node]);
    const [id] = b.node.tracker.listIssueIds();
    expect(b.node.tracker.readIssue(id!)!.summary).toBe("over http");
  });

  it("answers health checks and rejects other methods", async () => {
    const a = await httpNode("alpha");
    const health = await fetch(`${a.server.url}/twinsync/v1/health`);
    expect(await health.json()).toEqual({ status: "ok", nodeId: "alpha" });
    const get = await fetch(`${a.server.url}${PATHS.events}`);
    expect(get.status).toBe(405);
    const unsigned = await fetch(`${a.server.url}${PATHS.events}`, { method: "POST", body: "{}" });
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: string }).error).toMatch(/missing header/);
  });

  it("reports a refused connection as a transport error", async () => {
    const transport = new HttpTransport();
    const server = await startHttpServer(async () => ({ status: 200, headers: {}, body: Buffer.alloc(0) }), { port: 0, logger: silentLogger(), nodeId: "x" });
    const url = server.url;
    await server.close();
    await expect(transport.request(url, { path: PATHS.events, headers: {}, body: Buffer.from("{}") })).rejects.toThrow(/failed: .*ECONNREFUSED/);
    transport.close();
  });
});
