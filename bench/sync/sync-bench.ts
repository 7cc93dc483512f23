/**
 * End-to-end sync throughput between two embedded nodes on this machine:
 * N issues created on a Jira-flavored tracker, each with one comment, are
 * synced to a GitHub-flavored tracker with the example rules
 * (examples/jira-github). The clock runs from the first capture until the
 * receiving tracker holds every issue and the link events are back.
 *
 * Modes:
 * - `memory`: both nodes in one process over the in-memory network,
 *   SQLite files with `synchronous = NORMAL` and batches of up to 200 events.
 * - `http`: the same over HTTP on 127.0.0.1.
 * - `durable`: in-memory network, `synchronous = FULL` and batches of one
 *   event, so every event is its own fsync'ed commit on each side.
 *
 * Prints one JSON line per mode.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { compileFor } from "../../packages/cli/src/run-rule.ts";
import { SqliteStore, type Durability } from "../../packages/runtime/src/store/index.ts";
import { HttpTransport, InMemoryNetwork, startHttpServer, SyncNode, type RunningServer, type Transport } from "../../packages/runtime/src/sync/index.ts";
import { addComment, createIssue, EmbeddedAdapter, EmbeddedTracker, type FlavorName } from "../../packages/runtime/src/tracker/index.ts";

type Mode = "memory" | "http" | "durable";

interface Side {
  node: SyncNode;
  tracker: EmbeddedTracker;
  store: SqliteStore;
  server: RunningServer | null;
}

/** The example rules; `run.mjs` starts this script in the repository root. */
const examples = join(process.cwd(), "examples", "jira-github");

async function createSide(name: string, flavor: FlavorName, dir: string, mode: Mode, network: InMemoryNetwork, http: HttpTransport): Promise<Side> {
  const durability: Durability = mode === "durable" ? "full" : "normal";
  const tracker = EmbeddedTracker.create(join(dir, `${name}-tracker.db`), { flavor, name, durability });
  const store = new SqliteStore(join(dir, `${name}-store.db`), { durability });
  const logger = pino({ level: "silent" });
  let server: RunningServer | null = null;
  let url = `memory://${name}`;
  let transport: Transport = network;
  let target: SyncNode | null = null;
  if (mode === "http") {
    server = await startHttpServer((request) => target!.handle(request), { port: 0, logger, nodeId: name });
    url = server.url;
    transport = http;
  }
  const node = await SyncNode.create({
    store,
    adapter: new EmbeddedAdapter(tracker),
    compile: compileFor,
    transport,
    logger,
    nodeName: name,
    nodeUrl: url,
    entityClassName: tracker.flavor.entityClassName,
    batchSize: mode === "durable" ? 1 : 200,
  });
  target = node;
  if (mode !== "http") network.listen(url, (request) => node.handle(request));
  return { node, tracker, store, server };
}

async function runMode(mode: Mode, issues: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), `twinsync-bench-${mode}-`));
  const network = new InMemoryNetwork();
  const http = new HttpTransport();
  const jira = await createSide("jira", "jira", dir, mode, network, http);
  const github = await createSide("github", "github", dir, mode, network, http);
  const rules = (side: string) => ({ outgoing: join(examples, `${side}.outgoing.groovy`), incoming: join(examples, `${side}.incoming.groovy`) });
  const { code, connection } = await jira.node.invite({ name: "bench", rules: rules("jira") });
  await github.node.accept(code, { rules: rules("github") });
  await jira.store.addTrigger(connection.id, "issue", "project = SUP AND labels = sync", Date.now());

  for (let i = 0; i < issues; i++) {
    const issue = createIssue(jira.tracker, { summary: `Issue ${i}`, description: "Steps:\n1. open *checkout*", labels: [{ label: "sync" }], priority: { name: "High" } }, { actor: "amartin" });
    addComment(jira.tracker, String(issue.key), `First comment on issue ${i}`, { actor: "amartin" });
  }

  const started = performance.now();
  for (;;) {
    const work = (await jira.node.step()) + (await github.node.step());
    if (work === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;

  const created = github.tracker.listIssueIds().length;
  if (created !== issues) throw new Error(`${mode}: expected ${issues} issues on the receiving side, found ${created}`);
  const events = jira.node.counters.sent + github.node.counters.sent;
  const result = {
    mode,
    issues,
    replicaEvents: jira.node.counters.sent,
    linkEvents: github.node.counters.sent,
    seconds: Number(seconds.toFixed(3)),
    replicaEventsPerSecond: Math.round(jira.node.counters.sent / seconds),
    eventsPerSecond: Math.round(events / seconds),
  };
  for (const side of [jira, github]) {
    await side.server?.close();
    await side.store.close();
    side.tracker.close();
  }
  http.close();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const argIssues = process.argv.find((a) => a.startsWith("--issues="));
const issues = argIssues === undefined ? 2000 : Number(argIssues.slice("--issues=".length));
const modes = (process.argv.find((a) => a.startsWith("--modes="))?.slice("--modes=".length).split(",") ?? ["memory", "http", "durable"]) as Mode[];
console.log(JSON.stringify({ node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model }));
for (const mode of modes) {
  const count = mode === "durable" ? Math.min(issues, 500) : issues;
  console.log(JSON.stringify(await runMode(mode, count)));
}
