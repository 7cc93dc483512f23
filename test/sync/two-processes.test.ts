import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedTracker } from "../../packages/runtime/src/tracker/index.ts";
import { buildCli, cli, freePort, RULES, runCli, SyncProcess, waitFor } from "./harness.ts";

type Issue = Record<string, unknown> & { comments: { body: string }[]; attachments: { filename: string; hash: string }[] };

interface Side {
  dir: string;
  rules: string;
  process: SyncProcess;
  tracker(): EmbeddedTracker;
}

async function createSide(name: string): Promise<Side> {
  const dir = mkdtempSync(join(tmpdir(), `twinsync-e2e-${name}-`));
  const port = await freePort();
  await cli("node", "init", name, "--node", dir, "--port", String(port));
  const rules = join(dir, "rules");
  await import("node:fs").then((fs) => fs.mkdirSync(rules));
  for (const file of ["outgoing.groovy", "incoming.groovy"]) copyFileSync(join(RULES, file), join(rules, file));
  let tracker: EmbeddedTracker | null = null;
  return {
    dir,
    rules,
    process: new SyncProcess(dir, `http://127.0.0.1:${port}`),
    tracker() {
      tracker ??= EmbeddedTracker.open(join(dir, "tracker.db"));
      tracker.refreshCaches();
      return tracker;
    },
  };
}

function issues(side: Side): Issue[] {
  const tracker = side.tracker();
  return tracker.listIssueIds().map((id) => tracker.readIssue(id) as Issue);
}

describe("two nodes as separate processes over HTTP", () => {
  let jira: Side;
  let ops: Side;

  beforeAll(async () => {
    await buildCli();
    jira = await createSide("jira");
    ops = await createSide("ops");
    await Promise.all([jira.process.start(), ops.process.start()]);
    const code = (await cli("connection", "invite", "jira-ops", "--node", jira.dir, "--rules", jira.rules)).trim();
    expect(code).toMatch(/^twinsync-invite-1\./);
    expect(await cli("connection", "accept", code, "--node", ops.dir, "--rules", ops.rules)).toMatch(/Connection jira-ops is active with jira/);
    await cli("trigger", "add", "jira-ops", "project = SUP AND labels = sync", "--node", jira.dir);
    await cli("trigger", "add", "jira-ops", "labels = sync", "--node", ops.dir);
  }, 120_000);

  afterAll(async () => {
    for (const side of [jira, ops]) {
      if (side === undefined) continue;
      side.tracker().close();
      await side.process.stop();
    }
  });

  it("shows the connection as active on both sides", async () => {
    expect(await cli("connection", "list", "--node", jira.dir)).toMatch(/jira-ops\s+active\s+remote\s+initiator\s+ops at http:\/\/127\.0\.0\.1:\d+ \(embedded-jira\)/);
    expect(await cli("connection", "list", "--node", ops.dir)).toMatch(/jira-ops\s+active\s+remote\s+acceptor\s+jira/);
  });

  it("syncs create, update, comments and attachments both ways", async () => {
    expect(await cli("tracker", "create", "--node", jira.dir, "--summary", "Checkout fails", "--label", "sync", "--as", "amartin")).toMatch(/Created SUP-1/);
    await cli("tracker", "comment", "SUP-1", "Seen twice today", "--node", jira.dir, "--as", "amartin");
    const file = join(jira.dir, "trace.log");
    writeFileSync(file, "TimeoutError at checkout.ts:42\n");
    await cli("tracker", "attach", "SUP-1", file, "--node", jira.dir, "--as", "amartin");

    const twin = await waitFor(() => {
      const [issue] = issues(ops);
      return issue !== undefined && issue.comments.length === 1 && issue.attachments.length === 1 ? issue : null;
    }, "the issue, comment and attachment on ops");
    expect(twin.summary).toBe("Checkout fails");
    expect(twin.comments[0]!.body).toBe("Alice Martin commented:\nSeen twice today");
    expect(twin.attachments[0]!.filename).toBe("trace.log");
    const original = issues(jira)[0]!.attachments[0]!;
    expect(twin.attachments[0]!.hash).toBe(original.hash);

    await cli("tracker", "edit", String(twin.key), "--node", ops.dir, "--status", "In Progress", "--summary", "Checkout fails on Safari", "--label", "sync", "--as", "triage");
    await cli("tracker", "comment", String(twin.key), "Working on it", "--node", ops.dir, "--as", "triage");
    const replyFile = join(ops.dir, "fix.patch");
    writeFileSync(replyFile, "--- a/checkout.ts\n+++ b/checkout.ts\n");
    await cli("tracker", "attach", String(twin.key), replyFile, "--node", ops.dir, "--as", "triage");

    const back = await waitFor(() => {
      const issue = issues(jira)[0]!;
      return issue.comments.length === 2 && issue.attachments.length === 2 && issue.summary === "Checkout fails on Safari" ? issue : null;
    }, "the changes from ops on jira");
    expect((back.status as { name: string }).name).toBe("In Progress");
    expect(back.comments.map((c) => c.body)).toEqual(["Seen twice today", "Support Triage commented:\nWorking on it"]);
    expect(back.attachments.map((a) => a.filename)).toEqual(["trace.log", "fix.patch"]);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(issues(ops)).toHaveLength(1);
    expect(issues(ops)[0]!.comments).toHaveLength(2);
    expect(issues(jira)[0]!.comments).toHaveLength(2);

    const status = JSON.parse(await cli("status", "SUP-1", "--node", jira.dir)) as { remote: { key: string }; localReplica: { summary: string }; remoteReplica: { summary: string } };
    expect(status.remote.key).toBe(twin.key);
    expect(status.remoteReplica.summary).toBe("Checkout fails on Safari");
    expect(status.localReplica.summary).toBe("Checkout fails");
  });

  it("queues while deactivated and delivers on activation", async () => {
    expect(await cli("connection", "deactivate", "jira-ops", "--node", jira.dir)).toMatch(/is deactivated/);
    for (const summary of ["Paused 1", "Paused 2", "Paused 3"]) {
      await cli("tracker", "edit", "SUP-1", "--node", jira.dir, "--summary", summary, "--as", "amartin");
    }
    await waitFor(async () => JSON.parse(await cli("stats", "--json", "--node", jira.dir))[0].outgoing.queued >= 1, "queued events on jira");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(issues(ops)[0]!.summary).toBe("Checkout fails on Safari");

    await cli("connection", "activate", "jira-ops", "--node", jira.dir);
    await waitFor(() => issues(ops)[0]!.summary === "Paused 3", "the last paused change on ops");
    const stats = JSON.parse(await cli("stats", "--json", "--node", ops.dir))[0];
    expect(stats.incoming.pending).toBe(0);
    expect(stats.incoming.blocked).toBe(0);
  });

  it("blocks on a rule error and continues after fix and retry", async () => {
    const incoming = join(ops.rules, "incoming.groovy");
    const good = readFileSync(incoming, "utf8");
    writeFileSync(incoming, good.replace("issue.summary = replica.summary", 'issue.summary = replica.summary\nif (replica.summary.contains("boom")) { throw new Exception("cannot map " + replica.summary) }'));
    await cli("tracker", "edit", "SUP-1", "--node", jira.dir, "--summary", "boom 1", "--as", "amartin");
    await cli("tracker", "edit", "SUP-1", "--node", jira.dir, "--summary", "after boom", "--as", "amartin");
    const listed = await waitFor(async () => {
      const errors = JSON.parse(await cli("errors", "--json", "--node", ops.dir)) as { id: number; message: string; line: number }[];
      return errors.length > 0 ? errors : null;
    }, "the blocking error on ops");
    expect(listed[0]!.message).toBe("Exception: cannot map boom 1");
    expect(listed[0]!.line).toBe(7);
    const text = await cli("errors", "--node", ops.dir);
    expect(text).toMatch(/#\d+ open incoming incoming-rule on jira-ops, issue SUP-1/);
    expect(text).toMatch(/incoming\.groovy:7:\d+/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(issues(ops)[0]!.summary).toBe("Paused 3");

    writeFileSync(incoming, good);
    expect(await cli("retry", "--all", "--node", ops.dir)).toMatch(/Queued 1 event again/);
    await waitFor(() => issues(ops)[0]!.summary === "after boom", "the changes after the retry");
    expect(await cli("errors", "--node", ops.dir)).toMatch(/No open errors/);
  });

  it("lists, shows and resolves from the command line", async () => {
    const listed = await cli("tracker", "list", "--node", jira.dir, "--jql", "labels = sync ORDER BY key");
    expect(listed).toMatch(/^SUP-1\s+In Progress\s+after boom  \[sync\]\n1 issue\n$/);
    const shown = JSON.parse(await cli("tracker", "show", "SUP-1", "--node", jira.dir)) as Issue;
    expect(shown.key).toBe("SUP-1");
    expect(await cli("tracker", "users", "--node", ops.dir)).toMatch(/triage\s+triage@acme\.example\s+Support Triage/);
    expect(await cli("trigger", "list", "--node", jira.dir)).toMatch(/1\s+jira-ops\s+issue\s+project = SUP AND labels = sync/);
    const connections = await cli("connection", "list", "--json", "--node", jira.dir);
    expect(connections).toContain('"state": "active"');
    expect(connections).not.toContain("secret");
    const node = JSON.parse(await cli("node", "show", "--node", ops.dir)) as { name: string; url: string };
    expect(node.name).toBe("ops");
    expect(node.url).toBe(ops.process.url);

    const incoming = join(ops.rules, "incoming.groovy");
    const good = readFileSync(incoming, "utf8");
    writeFileSync(incoming, 'debug.error("rejected " + replica.summary)\n' + good);
    await cli("tracker", "edit", "SUP-1", "--node", jira.dir, "--summary", "to be dropped", "--as", "amartin");
    const [error] = await waitFor(async () => {
      const errors = JSON.parse(await cli("errors", "--json", "--node", ops.dir)) as { id: number; message: string }[];
      return errors.length > 0 ? errors : null;
    }, "the second blocking error");
    expect(error!.message).toBe("rejected to be dropped");
    writeFileSync(incoming, good);
    expect(await cli("resolve", String(error!.id), "--node", ops.dir)).toMatch(/its event is dropped/);
    const again = await runCli(["resolve", String(error!.id), "--node", ops.dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not open/);
    await cli("tracker", "edit", "SUP-1", "--node", jira.dir, "--summary", "after the drop", "--as", "amartin");
    await waitFor(() => issues(ops)[0]!.summary === "after the drop", "the change after the dropped event");
    expect(await cli("errors", "--all", "--node", ops.dir)).toMatch(/#\d+ resolved incoming incoming-rule/);
  });

  it("rejects a second use of the invitation code and bad codes", async () => {
    const code = (await cli("connection", "invite", "second", "--node", jira.dir, "--rules", jira.rules)).trim();
    await cli("connection", "accept", code, "--node", ops.dir, "--rules", ops.rules);
    const again = await runCli(["connection", "accept", code, "--node", ops.dir, "--rules", ops.rules]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already accepted on this node/);
    const changed = code.slice(0, 40) + (code[40] === "A" ? "B" : "A") + code.slice(41);
    const tampered = await runCli(["connection", "accept", changed, "--node", ops.dir, "--rules", ops.rules, "--name", "third"]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/authentication failed, so the code was changed or truncated/);
    const truncated = await runCli(["connection", "accept", code.slice(0, 60), "--node", ops.dir, "--rules", ops.rules, "--name", "third"]);
    expect(truncated.stderr).toMatch(/invalid invitation code/);
    const expiredCode = (await cli("connection", "invite", "short", "--node", jira.dir, "--rules", jira.rules, "--expires-in", "1s")).trim();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await runCli(["connection", "accept", expiredCode, "--node", ops.dir, "--rules", ops.rules]);
    expect(expired.stderr).toMatch(/invitation code expired at/);
  });

  it("stops cleanly on SIGTERM", async () => {
    const code = await ops.process.stop("SIGTERM");
    expect(code).toBe(0);
    expect(ops.process.output).toMatch(/"msg":"sync node stopped"/);
    expect(ops.process.output).toMatch(/"msg":"HTTP server stopped"/);
  });
});
