/**
 * A node directory: `node.json` (name, address, tracker), the sync store
 * `store.db`, and by default the embedded tracker `tracker.db`. Commands
 * find it with `--node DIR`, the `TWINSYNC_NODE` variable, or `./.twinsync`.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Logger } from "pino";
import { compileFor } from "../../run-rule.ts";
import { UsageError } from "../../files.ts";
import { EmbeddedAdapter, EmbeddedTracker, SqliteStore, SyncNode, type Durability, type FaultInjector, type Transport } from "./engine.ts";

export interface NodeConfig {
  name: string;
  /** Interface the HTTP server listens on. */
  host: string;
  port: number;
  /** URL peers use to reach this node; put it in invitations. */
  url: string;
  /** Path of the embedded tracker database, relative to the node directory. */
  tracker: string;
  proxyUser: string;
  durability: Durability;
}

export const CONFIG_FILE = "node.json";
export const STORE_FILE = "store.db";

/** Returns the node directory from `--node`, `TWINSYNC_NODE` or `./.twinsync`. */
export function nodeDir(option: string | undefined): string {
  return resolve(option ?? process.env.TWINSYNC_NODE ?? ".twinsync");
}

export function readConfig(dir: string): NodeConfig {
  const path = join(dir, CONFIG_FILE);
  if (!existsSync(path)) throw new UsageError(`no node in ${dir}: ${CONFIG_FILE} is missing; create one with 'twinsync node init NAME --node ${dir}'`);
  let parsed: Partial<NodeConfig>;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<NodeConfig>;
  } catch (error) {
    throw new UsageError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  for (const key of ["name", "host", "url", "tracker", "proxyUser"] as const) {
    if (typeof parsed[key] !== "string") throw new UsageError(`${path}: "${key}" is missing or not a string`);
  }
  if (typeof parsed.port !== "number" || !Number.isInteger(parsed.port)) throw new UsageError(`${path}: "port" is missing or not an integer`);
  return { durability: "normal", ...parsed } as NodeConfig;
}

export function writeConfig(dir: string, config: NodeConfig): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CONFIG_FILE), JSON.stringify(config, null, 2) + "\n");
}

export function trackerPath(dir: string, config: NodeConfig): string {
  return isAbsolute(config.tracker) ? config.tracker : join(dir, config.tracker);
}

/** A node directory opened for a command: store, tracker and an engine node (not started). */
export interface OpenNode {
  dir: string;
  config: NodeConfig;
  store: SqliteStore;
  tracker: EmbeddedTracker;
  adapter: EmbeddedAdapter;
  node: SyncNode;
  close(): Promise<void>;
}

export interface OpenNodeOptions {
  logger: Logger;
  transport: Transport;
  pollIntervalMs?: number;
  faults?: FaultInjector;
}

export async function openNode(dir: string, options: OpenNodeOptions): Promise<OpenNode> {
  const config = readConfig(dir);
  const path = trackerPath(dir, config);
  if (!existsSync(path)) throw new UsageError(`tracker database ${path} not found; check "tracker" in ${join(dir, CONFIG_FILE)}`);
  const tracker = EmbeddedTracker.open(path, { durability: config.durability });
  const adapter = new EmbeddedAdapter(tracker, { proxyUser: config.proxyUser });
  const store = new SqliteStore(join(dir, STORE_FILE), { durability: config.durability });
  const node = await SyncNode.create({
    store,
    adapter,
    compile: compileFor,
    transport: options.transport,
    logger: options.logger,
    nodeName: config.name,
    nodeUrl: config.url,
    entityClassName: tracker.flavor.entityClassName,
    pollIntervalMs: options.pollIntervalMs,
    faults: options.faults,
  });
  return {
    dir,
    config,
    store,
    tracker,
    adapter,
    node,
    async close() {
      await node.stop();
      await store.close();
      tracker.close();
    },
  };
}
