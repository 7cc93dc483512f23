/**
 * Crash safety: two `twinsync sync` processes exchange events while a
 * driver makes changes on both trackers and a killer sends SIGKILL to a
 * random node at random times and restarts it. At the end every change
 * must have arrived exactly once: one twin per issue, every comment once on
 * both sides, and the last summary on the mirror.
 *
 * Besides the random external kills, each node kills itself with a small
 * probability at the points where a crash is most dangerous (through the
 * TWINSYNC_CRASH_POINTS test hook), so those windows are hit in every run.
 * A node that killed itself is restarted like one the killer hit.
 *
 * TWINSYNC_CRASH_CHANGES sets the number of changes (default 1000), and
 * TWINSYNC_CRASH_SEED the random seed of the driver and the killer (printed
 * when the test fails; the crash points draw their own random numbers).
 */

import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../packages/runtime/src/store/index.ts";
import { addComment, createIssue, EmbeddedTracker, updateIssue } from "../../packages/runtime/src/tracker/index.ts";
import { buildCli, cli, freePort, RULES, SyncProcess } from "./harness.ts";

const CHANGES = Number(process.env.TWINSYNC_CRASH_CHANGES ?? 1000);
const SEED = Number(process.env.TWINSYNC_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CRASH_POINTS = "before-enqueue=0.05,after-send=0.05,after-receive=0.05,after-apply=0.03";
/** External kills to reach at least, whatever the number of changes. */
const MIN_KILLS = 8;

/** mulberry32: a small seeded PRNG, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Node {
  name: string;
  dir: string;
  process: SyncProcess;
  tracker: EmbeddedTracker;
  store: SqliteStore;
}

async function createNode(name: string, incoming: string): Promise<Node> {
  const dir = mkdtempSync(join(tmpdir(), `twinsync-crash-${name}-`));
  const port = await freePort();
  await cli("node", "init", name, "--node", dir, "--port", String(port));
  mkdirSync(join(dir, "rules"));
  copyFileSync(join(RULES, "crash", "outgoing.groovy"), join(dir, "rules", "outgoing.groovy"));
  copyFileSync(join(RULES, "crash", incoming), join(dir, "rules", "incoming.groovy"));
  return {
    name,
    dir,
    process: new SyncProcess(dir, `http://127.0.0.1:${port}`, { TWINSYNC_CRASH_POINTS: CRASH_POINTS }),
    tracker: EmbeddedTracker.open(join(dir, "tracker.db")),
    store: new SqliteStore(join(dir, "store.db")),
  };
}

type Comment = { body: string; author: { username: string } };

describe("crash safety", () => {
  const nodes: Node[] = [];
  afterAll(async () => {
    for (const node of nodes) {
      await node.process.stop("SIGKILL");
      node.tracker.close();
      await node.store.close();
    }
  });

  it(`delivers ${CHANGES} changes exactly once across SIGKILLs (seed ${SEED})`, { timeout: 120_000 + CHANGES * 150 }, async () => {
    await buildCli();
    const next = random(SEED);
    const a = await createNode("origin", "origin.incoming.groovy");
    const b = await createNode("mirror", "mirror.incoming.groovy");
    nodes.push(a, b);
    await Promise.all([a.process.start(), b.process.start()]);
    const code = (await cli("connection", "invite", "crash", "--node", a.dir, "--rules", join(a.dir, "rules"))).trim();
    await cli("connection", "accept", code, "--node", b.dir, "--rules", join(b.dir, "rules"));
    await cli("trigger", "add", "crash", "labels = sync", "--node", a.dir);
    const connectionId = (await b.store.getConnection("crash"))!.id;

    const originIssues: string[] = [];
    const lastSummary = new Map<string, string>();
    let driving = true;
    let kills = 0;

    let selfKills = 0;
    let watching = true;
    const killer = (async () => {
      while (driving || kills < MIN_KILLS) {
        await new Promise((resolve) => setTimeout(resolve, 300 + next() * 900));
        const victim = next() < 0.5 ? a : b;
        await victim.process.stop("SIGKILL");
        kills++;
        await victim.process.start();
      }
    })();
    // Restarts a node that killed itself at a crash point.
    const watcher = (async () => {
      while (watching) {
        for (const node of [a, b]) {
          if (!node.process.busy && !node.process.running && node.process.child !== null) {
            selfKills++;
            await node.process.start();
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    for (let change = 0; change < CHANGES; change++) {
      const roll = next();
      if (originIssues.length < 5 || roll < 0.1) {
        const issue = createIssue(a.tracker, { summary: `issue ${change}`, labels: [{ label: "sync" }] }, { actor: "amartin" });
        originIssues.push(String(issue.id));
        lastSummary.set(String(issue.id), `issue ${change}`);
      } else if (roll < 0.4) {
        const id = originIssues[Math.floor(next() * originIssues.length)]!;
        updateIssue(a.tracker, id, { summary: `summary ${change}` }, { actor: "amartin" });
        lastSummary.set(id, `summary ${change}`);
      } else if (roll < 0.8) {
        addComment(a.tracker, originIssues[Math.floor(next() * originIssues.length)]!, `origin comment ${change}`, { actor: "amartin" });
      } else {
        const twins = await b.store.listTwins(connectionId);
        const twin = twins[Math.floor(next() * twins.length)];
        if (twin === undefined) addComment(a.tracker, originIssues[0]!, `origin comment ${change}`, { actor: "amartin" });
        else addComment(b.tracker, twin.localIssueId, `mirror comment ${change}`, { actor: "triage" });
      }
      if (change % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    driving = false;
    await killer;

    const bodiesOf = (tracker: EmbeddedTracker, id: string) => (tracker.readIssue(id)!.comments as Comment[]).map((c) => c.body).sort();
    const expected = (originId: string, mirrorId: string) => {
      const origin = (a.tracker.readIssue(originId)!.comments as Comment[]).filter((c) => c.author.username === "amartin").map((c) => c.body);
      const mirror = (b.tracker.readIssue(mirrorId)!.comments as Comment[]).filter((c) => c.author.username === "triage").map((c) => c.body);
      return {
        onOrigin: [...origin, ...mirror.map((body) => `Support Triage commented:\n${body}`)].sort(),
        onMirror: [...origin.map((body) => `Alice Martin commented:\n${body}`), ...mirror].sort(),
      };
    };

    /** Returns null when both trackers match the expected state, else what differs; throws when a duplicate shows, since duplicates never go away. */
    const difference = async (): Promise<string | null> => {
      const twins = await b.store.listTwins(connectionId);
      if (b.tracker.listIssueIds().length > originIssues.length) throw new Error(`mirror has ${b.tracker.listIssueIds().length} issues for ${originIssues.length} origin issues`);
      if (twins.length !== originIssues.length) return `${twins.length} of ${originIssues.length} twins`;
      for (const twin of twins) {
        const mirrorIssue = b.tracker.readIssue(twin.localIssueId)!;
        const { onOrigin, onMirror } = expected(twin.remoteIssueId!, twin.localIssueId);
        for (const [side, tracker, id, wanted] of [["origin", a.tracker, twin.remoteIssueId!, onOrigin], ["mirror", b.tracker, twin.localIssueId, onMirror]] as const) {
          const actual = bodiesOf(tracker, id);
          const extra = actual.filter((body, index) => actual.indexOf(body) !== index || !wanted.includes(body));
          if (extra.length > 0) throw new Error(`${side} issue ${id} has unexpected or duplicate comments: ${JSON.stringify(extra)}`);
          if (actual.length !== wanted.length) return `${side} issue ${id} has ${actual.length} of ${wanted.length} comments`;
        }
        if (mirrorIssue.summary !== lastSummary.get(twin.remoteIssueId!)) return `mirror issue ${twin.localIssueId} has summary ${String(mirrorIssue.summary)}`;
      }
      for (const node of [a, b]) {
        const waiting = node.store.db.prepare("SELECT (SELECT count(*) FROM outbox WHERE status <> 'sent') + (SELECT count(*) FROM inbox WHERE status <> 'applied') AS n").get() as { n: number };
        if (waiting.n > 0) return `${node.name} has ${waiting.n} events not yet sent or applied`;
      }
      return null;
    };
    let last: string | null = "not checked";
    try {
      const deadline = Date.now() + 90_000;
      while ((last = await difference()) !== null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      if (last !== null) throw new Error(`trackers did not converge within 90 s: ${last}`);
    } catch (error) {
      throw new Error(`${(error as Error).message} (seed ${SEED}, ${kills} kills, ${selfKills} crash points)\norigin log tail:\n${a.process.output.slice(-2000)}\nmirror log tail:\n${b.process.output.slice(-2000)}`);
    } finally {
      watching = false;
      await watcher;
    }
    console.log(`crash test: ${CHANGES} changes, ${kills} external kills, ${selfKills} crashes at crash points, seed ${SEED}`);
    expect(selfKills).toBeGreaterThan(0);

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(b.tracker.listIssueIds()).toHaveLength(originIssues.length);
    expect(a.tracker.listIssueIds()).toHaveLength(originIssues.length);
    const twins = await b.store.listTwins(connectionId);
    expect(new Set(twins.map((t) => t.remoteIssueId)).size).toBe(originIssues.length);
    for (const twin of twins) {
      const { onOrigin, onMirror } = expected(twin.remoteIssueId!, twin.localIssueId);
      expect(bodiesOf(a.tracker, twin.remoteIssueId!)).toEqual(onOrigin);
      expect(bodiesOf(b.tracker, twin.localIssueId)).toEqual(onMirror);
      expect(new Set(onMirror).size).toBe(onMirror.length);
    }
    // Every event one side sent is in the other side's inbox exactly once, and was applied.
    for (const [sender, receiver] of [[a, b], [b, a]] as const) {
      const sent = (sender.store.db.prepare("SELECT id FROM outbox WHERE status = 'sent' ORDER BY id").all() as { id: string }[]).map((row) => row.id);
      const received = (receiver.store.db.prepare("SELECT id FROM inbox WHERE status = 'applied' ORDER BY id").all() as { id: string }[]).map((row) => row.id);
      expect(received).toEqual(sent);
    }
    const errors = [...(await a.store.listErrors({ status: "open" })), ...(await b.store.listErrors({ status: "open" }))];
    expect(errors).toEqual([]);
  });
});
