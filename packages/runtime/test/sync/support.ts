/** Shared setup for sync tests: compiled rules, silent loggers and nodes on embedded trackers. */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRule } from "@twinsync/compiler";
import { pino, type Logger } from "pino";
import { ruleVariableNames } from "../../src/model/variables.ts";
import { SqliteStore } from "../../src/store/index.ts";
import { SyncNode, type RuleCompiler, type Transport } from "../../src/sync/index.ts";
import { EmbeddedAdapter, EmbeddedTracker, type FlavorName } from "../../src/tracker/index.ts";

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), "rules");
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "examples");

export const compile: RuleCompiler = (source, fileName, direction) => compileRule(source, { fileName, bindingNames: ruleVariableNames(direction) });

export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

export function tempDir(prefix = "twinsync-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestNode {
  node: SyncNode;
  tracker: EmbeddedTracker;
  adapter: EmbeddedAdapter;
  store: SqliteStore;
  close(): Promise<void>;
}

export interface TestNodeOptions {
  name: string;
  flavor?: FlavorName;
  transport: Transport;
  url?: string;
  /** Opens this tracker file instead of a new in-memory tracker. */
  trackerPath?: string;
  storePath?: string;
  logger?: Logger;
  clock?: () => number;
}

export async function createTestNode(options: TestNodeOptions): Promise<TestNode> {
  const tracker = EmbeddedTracker.create(options.trackerPath ?? ":memory:", { flavor: options.flavor ?? "jira", name: options.name });
  const adapter = new EmbeddedAdapter(tracker);
  const store = new SqliteStore(options.storePath ?? ":memory:");
  const node = await SyncNode.create({
    store,
    adapter,
    compile,
    transport: options.transport,
    logger: options.logger ?? silentLogger(),
    nodeName: options.name,
    nodeUrl: options.url ?? `memory://${options.name}`,
    entityClassName: tracker.flavor.entityClassName,
    pollIntervalMs: 20,
    backoff: { initialMs: 1, maxMs: 5 },
    clock: options.clock,
  });
  return {
    node,
    tracker,
    adapter,
    store,
    async close() {
      await node.stop();
      await store.close();
      tracker.close();
    },
  };
}

/** Steps every node until a full round does no work; fails after `maxRounds`. */
export async function syncUntilIdle(nodes: SyncNode[], maxRounds = 50): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    let work = 0;
    for (const node of nodes) work += await node.step();
    if (work === 0) return round;
  }
  throw new Error(`nodes still busy after ${maxRounds} rounds`);
}
