/**
 * A node directory: `node.json` (name, address, tracker), the sync store
 * `store.db`, and by default the embedded tracker `tracker.db`. Commands
 * find it with `--node DIR`, the `TWINSYNC_NODE` variable, or `./.twinsync`.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Logger } from "pino";
import { compileFor } from "../../run-rule.ts";
import { readText, statOrNull, UsageError } from "../../files.ts";
import { openStoreFile, openTrackerFile } from "./databases.ts";
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

/** Reads `node.json` of a node folder; a file, a missing folder or a folder without a node is a UsageError. */
export function readConfig(dir: string): NodeConfig {
  const stats = statOrNull(dir);
  if (stats === null) throw new UsageError(`no node in ${dir}: the folder does not exist; create a node with 'twinsync node init NAME --node ${dir}'`);
  if (!stats.isDirectory()) throw new UsageError(`${dir} is a file, not a node folder; pass the folder that 'twinsync node init' created`);
  const path = join(dir, CONFIG_FILE);
  if (statOrNull(path) === null) throw new UsageError(`no node in ${dir}: ${CONFIG_FILE} is missing; create one with 'twinsync node init NAME --node ${dir}'`);
  const text = readText(path, "node settings file");
  let parsed: Partial<NodeConfig>;
  try {
    parsed = JSON.parse(text) as Partial<NodeConfig>;
  } catch (error) {
    throw new UsageError(`${path}: invalid JSON: ${(error as Error).message.replace(/\n/g, " ")}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new UsageError(`${path}: expected a JSON object with the node's settings`);
  for (const key of ["name", "host", "url", "tracker", "proxyUser"] as const) {
    if (typeof parsed[key] !== "string") throw new UsageError(`${path}: "${key}" is missing or not a string`);
  }
  if (typeof parsed.port !== "number" || !Number.isInteger(parsed.port)) throw new UsageError(`${path}: "port" is missing or not an integer`);
  return { durability: "normal", ...parsed } as NodeConfig;
}

/** Writes `node.json`, creating the folder when needed. */
export function writeConfig(dir: string, config: NodeConfig): void {
  const stats = statOrNull(dir);
  if (stats !== null && !stats.isDirectory()) throw new UsageError(`--node ${dir} is a file; pass a folder for the new node`);
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
  if (statOrNull(path) === null) throw new UsageError(`tracker database ${path} not found; check "tracker" in ${join(dir, CONFIG_FILE)}`);
  const tracker = openTrackerFile(path, { durability: config.durability });
  let store: SqliteStore;
  let adapter: EmbeddedAdapter;
  try {
    adapter = new EmbeddedAdapter(tracker, { proxyUser: config.proxyUser });
    store = openStoreFile(join(dir, STORE_FILE), { durability: config.durability });
  } catch (error) {
    tracker.close();
    throw error;
  }
  let node: SyncNode;
  try {
    node = await SyncNode.create({
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
  } catch (error) {
    await store.close();
    tracker.close();
    throw error;
  }
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
