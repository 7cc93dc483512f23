/**
 * `twinsync sync --demo`: two embedded trackers in one process, connected
 * with an invitation code, syncing both ways with the example rules. It
 * prints each step and the issues on both sides. Nothing outside the
 * process is touched unless `--dir` keeps the databases.
 */

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import { compileFor } from "../../run-rule.ts";
import { OperationError, UsageError } from "../../files.ts";
import { parse, type Io } from "./args.ts";
import { prepareDemoDir } from "./demo-dir.ts";
import {
  addComment,
  attachFile,
  createIssue,
  EmbeddedAdapter,
  EmbeddedTracker,
  InMemoryNetwork,
  SqliteStore,
  SyncNode,
  updateIssue,
  type FlavorName,
  type HubIssueJson,
} from "./engine.ts";
import { parseLogLevel, textLogger } from "./logging.ts";
import { SCENARIOS, type DemoSide } from "./demo-scenarios.ts";

/** Folder of the bundled examples: TWINSYNC_EXAMPLES, or `examples/` above this module. */
export function examplesDir(): string {
  if (process.env.TWINSYNC_EXAMPLES) return process.env.TWINSYNC_EXAMPLES;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "examples", "jira-github"))) return join(dir, "examples");
    dir = dirname(dir);
  }
  return resolve("examples");
}

export interface DemoNode {
  side: DemoSide;
  tracker: EmbeddedTracker;
  store: SqliteStore;
  node: SyncNode;
}

async function createDemoNode(side: DemoSide, network: InMemoryNetwork, dir: string | null, logger: Logger): Promise<DemoNode> {
  const tracker = EmbeddedTracker.create(dir === null ? ":memory:" : join(dir, `${side.name}-tracker.db`), { flavor: side.flavor as FlavorName, name: side.name });
  const store = new SqliteStore(dir === null ? ":memory:" : join(dir, `${side.name}-store.db`));
  const node = await SyncNode.create({
    store,
    adapter: new EmbeddedAdapter(tracker),
    compile: compileFor,
    transport: network,
    logger,
    nodeName: side.name,
    nodeUrl: `memory://${side.name}`,
    entityClassName: tracker.flavor.entityClassName,
  });
  network.listen(`memory://${side.name}`, (request) => node.handle(request));
  return { side, tracker, store, node };
}

/** Runs both nodes until neither has work; returns the number of rounds. */
async function syncUntilIdle(nodes: DemoNode[]): Promise<void> {
  for (let round = 0; round < 100; round++) {
    let work = 0;
    for (const { node } of nodes) work += await node.step();
    if (work === 0) return;
  }
  throw new OperationError("the demo nodes did not settle after 100 rounds of sync, so a change keeps echoing between them; check the example rules");
}

function name(value: unknown): string {
  return typeof value === "object" && value !== null ? String((value as { name?: unknown; displayName?: unknown }).name ?? (value as { displayName?: unknown }).displayName ?? "") : "";
}

/** Formats an issue as a few indented lines: key, status, summary, labels, comments and attachments. */
export function formatIssue(issue: HubIssueJson): string {
  const labels = (issue.labels as { label: string }[]).map((l) => l.label);
  const lines = [`    ${String(issue.key)}  [${name(issue.status)}${issue.resolution ? ` / ${name(issue.resolution)}` : ""}]  ${String(issue.summary)}`];
  const details = [labels.length > 0 ? `labels: ${labels.join(", ")}` : "", issue.assignee ? `assignee: ${name(issue.assignee)}` : ""].filter((d) => d !== "");
  if (details.length > 0) lines.push(`      ${details.join("; ")}`);
  for (const comment of issue.comments as { author: unknown; body: string; internal: boolean }[]) {
    lines.push(`      comment${comment.internal ? " (internal)" : ""} by ${name(comment.author)}: ${comment.body.replace(/\n+/g, " / ")}`);
  }
  for (const file of issue.attachments as { filename: string; filesize: number }[]) lines.push(`      attachment: ${file.filename} (${file.filesize} bytes)`);
  return lines.join("\n");
}

function showAll(node: DemoNode, io: Io): void {
  io.out(`  on ${node.side.name}:\n`);
  const ids = node.tracker.listIssueIds();
  if (ids.length === 0) io.out("    (no issues)\n");
  for (const id of ids) io.out(formatIssue(node.tracker.readIssue(id)!) + "\n");
}

export async function demoCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse("demo", args);
  const example = values.example ?? "jira-github";
  const scenario = SCENARIOS[example];
  if (scenario === undefined) throw new UsageError(`invalid --example '${example}': use ${Object.keys(SCENARIOS).join(" or ")}`);
  const rulesDir = join(examplesDir(), example);
  if (!existsSync(rulesDir)) throw new UsageError(`example rules not found in ${rulesDir}; set TWINSYNC_EXAMPLES to the examples folder`);
  let level;
  try {
    level = parseLogLevel(values["log-level"], "warn");
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dir = values.dir === undefined ? null : resolve(values.dir);
  const databases = [scenario.left, scenario.right].flatMap((side) => [`${side.name}-tracker.db`, `${side.name}-store.db`]);
  const removed = dir === null ? [] : prepareDemoDir(dir, databases);
  const logger = textLogger(level, (line) => io.err(line + "\n"));

  const network = new InMemoryNetwork();
  const left = await createDemoNode(scenario.left, network, dir, logger);
  const right = await createDemoNode(scenario.right, network, dir, logger);
  const nodes = [left, right];
  try {
    io.out(`Twinsync sync demo: two embedded trackers connected with the rules in ${rulesDir}\n\n`);
    io.out(`1. Created the instances${dir === null ? " in memory" : ` in ${dir}`}:\n`);
    for (const { side, tracker } of nodes) io.out(`   ${side.name.padEnd(8)} ${tracker.info().type}, project ${tracker.listProjects()[0]!.key}\n`);
    if (removed.length > 0) io.out(`   (removed the previous demo's files first: ${removed.join(", ")})\n`);

    const rulesOf = (side: DemoSide) => ({ outgoing: join(rulesDir, `${side.rules}.outgoing.groovy`), incoming: join(rulesDir, `${side.rules}.incoming.groovy`) });
    const { code, connection } = await left.node.invite({ name: example, rules: rulesOf(left.side) });
    const accepted = await right.node.accept(code, { rules: rulesOf(right.side) });
    await left.store.addTrigger(connection.id, "issue", left.side.trigger, Date.now());
    await right.store.addTrigger(accepted.id, "issue", right.side.trigger, Date.now());
    io.out(`\n2. ${left.side.name} invited, ${right.side.name} accepted the code (${code.slice(0, 28)}..., ${code.length} characters); the connection is ${accepted.state}.\n`);
    io.out(`   Triggers: ${left.side.name}: ${left.side.trigger}\n             ${right.side.name}: ${right.side.trigger}\n`);

    let stepNumber = 3;
    for (const step of scenario.steps) {
      const actor = step.on === "left" ? left : right;
      io.out(`\n${stepNumber++}. ${step.title}\n`);
      step.run({ tracker: actor.tracker, createIssue, updateIssue, addComment, attachFile });
      await syncUntilIdle(nodes);
      io.out("   After sync:\n");
      for (const node of nodes) showAll(node, io);
    }

    const sent = left.node.counters.sent + right.node.counters.sent;
    const applied = left.node.counters.applied + right.node.counters.applied;
    const blocked = left.node.counters.blocked + right.node.counters.blocked;
    await syncUntilIdle(nodes);
    const extra = left.node.counters.sent + right.node.counters.sent - sent;
    io.out(`\n${stepNumber}. Done: ${sent} events sent, ${applied} applied, ${blocked} blocked; ${extra} more events after the last change, so no change echoed back.\n`);
    io.out("\nTo run two nodes as separate processes, see docs/sync-engine.md.\n");
    return blocked > 0 || extra > 0 ? 1 : 0;
  } finally {
    for (const node of nodes) {
      await node.node.stop();
      await node.store.close();
      node.tracker.close();
    }
  }
}
