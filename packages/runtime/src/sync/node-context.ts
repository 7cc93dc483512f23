/**
 * The state the parts of a node share: its store, tracker adapter, rules,
 * transport, logger and settings. The node builds one context and passes it
 * to the capture, send, apply and request-handling steps.
 */

import type { Logger } from "pino";
import type { ConnectionRecord, PeerInfo } from "../store/types.ts";
import type { SyncStore } from "../store/store.ts";
import type { TrackerAdapter } from "../tracker/adapter.ts";
import type { CrashPoint } from "./faults.ts";
import type { LogLimiter } from "./log-limit.ts";
import type { Mutex } from "./mutex.ts";
import type { RuleRunOptions } from "./rule-run.ts";
import type { RuleCache } from "./rules.ts";
import type { Transport } from "./wire.ts";

export interface NodeCounters {
  captured: number;
  sent: number;
  received: number;
  applied: number;
  blocked: number;
}

export interface NodeContext {
  store: SyncStore;
  adapter: TrackerAdapter;
  rules: RuleCache;
  transport: Transport;
  logger: Logger;
  nodeId: string;
  nodeName: string;
  nodeUrl: string;
  productVersion: string;
  ruleOptions: RuleRunOptions;
  /** Most events handled in one step (one capture batch, one message, one apply batch). */
  batchSize: number;
  replayWindowMs: number;
  requestTimeoutMs: number;
  counters: NodeCounters;
  /**
   * Serializes the steps that read or write an issue's synced state: a
   * capture batch, a rebuild batch, and the apply of one event. Without it a
   * replica could be built between an apply's tracker write and its store
   * commit, and miss the item mappings of that write.
   */
  lock: Mutex;
  /** Limits repeated warnings (peer rejections, failing trigger queries) to a few per minute per kind. */
  logLimiter: LogLimiter;
  now(): number;
  /** Wakes the send loop after events were queued. */
  wakeSender(): void;
  /** Wakes the apply loop after events were received. */
  wakeApplier(): void;
  /** Marks a place where a crash is dangerous; fault-injection tests crash the process here. */
  reach(point: CrashPoint): void;
}

/** Describes this node to peers. */
export async function selfInfo(ctx: NodeContext): Promise<PeerInfo> {
  const tracker = await ctx.adapter.info();
  return {
    nodeId: ctx.nodeId,
    nodeName: ctx.nodeName,
    nodeUrl: ctx.nodeUrl,
    instanceId: tracker.instanceId,
    instanceName: tracker.name,
    trackerType: tracker.type,
    trackerVersion: tracker.version,
    trackerUrl: tracker.url,
    productVersion: ctx.productVersion,
  };
}

/** Builds the `connection` variable of a rule: `{name, remoteInstance: {name}}`. */
export function connectionVariable(connection: ConnectionRecord): Record<string, unknown> {
  return { name: connection.name, remoteInstance: { name: connection.peer?.instanceName ?? "remote" } };
}
