/**
 * A sync node: serves one tracker instance, runs its connections' rules and
 * keeps its queues. While started it runs three loops (capture, send,
 * apply) that wait on a short poll interval when idle and wake early when
 * new work arrives. Requests from peers reach it through `handle`, from the
 * HTTP server or from an in-memory network.
 *
 * The node is a library: it logs through the pino logger it is given and
 * never prints.
 */

import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { SyncStore } from "../store/store.ts";
import type { ConnectionRecord, ConnectionType, PeerInfo, RulePaths } from "../store/types.ts";
import type { TrackerAdapter } from "../tracker/adapter.ts";
import { Applier } from "./applier.ts";
import { captureChanges } from "./capture.ts";
import { acceptInvitation, bulkSync, invite, setConnectionState } from "./connections.ts";
import { selfInfo, type NodeContext, type NodeCounters } from "./node-context.ts";
import type { RuleRunOptions } from "./rule-run.ts";
import { RuleCache, type RuleCompiler } from "./rules.ts";
import { rebuildPending, Sender } from "./sender.ts";
import { DEFAULT_REPLAY_WINDOW_MS } from "./signing.ts";
import { Backoff, Signal, type BackoffOptions } from "./signal.ts";
import type { FaultInjector } from "./faults.ts";
import type { Transport, WireRequest, WireResponse } from "./wire.ts";
import { LogLimiter } from "./log-limit.ts";
import { Mutex } from "./mutex.ts";
import { handleRequest } from "./server.ts";

export const PRODUCT_VERSION = "0.1.0";
const NODE_ID_SETTING = "node.id";

export interface SyncNodeOptions {
  store: SyncStore;
  adapter: TrackerAdapter;
  compile: RuleCompiler;
  transport: Transport;
  logger: Logger;
  nodeName: string;
  /** The URL peers reach this node at, such as `http://127.0.0.1:7101`. */
  nodeUrl: string;
  /** Class name of the local record in rule messages (default `Issue`). */
  entityClassName?: string;
  /** How long an idle loop waits before it looks for work again, in milliseconds (default 200). */
  pollIntervalMs?: number;
  /** Maximum number of events per capture batch, message and apply batch (default 200). */
  batchSize?: number;
  replayWindowMs?: number;
  /** Timeout of one request to a peer, in milliseconds (default 15000). */
  requestTimeoutMs?: number;
  backoff?: BackoffOptions;
  clock?: () => number;
  /** Rule time zone and limits. */
  rules?: Omit<RuleRunOptions, "entityClassName">;
  /** Crashes the process at chosen crash points; for fault-injection tests only. */
  faults?: FaultInjector;
}

type LoopName = "capture" | "send" | "apply";

export class SyncNode {
  readonly context: NodeContext;
  private readonly sender: Sender;
  private readonly applier: Applier;
  private readonly signals: Record<LoopName, Signal> = { capture: new Signal(), send: new Signal(), apply: new Signal() };
  private readonly pollIntervalMs: number;
  private readonly backoffOptions: BackoffOptions;
  private loops: Promise<void>[] = [];
  private running = false;

  private constructor(options: SyncNodeOptions, nodeId: string) {
    const counters: NodeCounters = { captured: 0, sent: 0, received: 0, applied: 0, blocked: 0 };
    const clock = options.clock ?? Date.now;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.backoffOptions = options.backoff ?? {};
    this.context = {
      store: options.store,
      adapter: options.adapter,
      rules: new RuleCache(options.compile),
      transport: options.transport,
      logger: options.logger.child({ node: options.nodeName }),
      nodeId,
      nodeName: options.nodeName,
      nodeUrl: options.nodeUrl,
      productVersion: PRODUCT_VERSION,
      ruleOptions: { ...options.rules, entityClassName: options.entityClassName, clock: options.rules?.clock ?? clock },
      batchSize: options.batchSize ?? 200,
      replayWindowMs: options.replayWindowMs ?? DEFAULT_REPLAY_WINDOW_MS,
      requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
      counters,
      lock: new Mutex(),
      logLimiter: new LogLimiter(),
      now: clock,
      wakeSender: () => this.signals.send.notify(),
      wakeApplier: () => this.signals.apply.notify(),
      reach: options.faults ?? (() => {}),
    };
    this.sender = new Sender(this.context, this.backoffOptions);
    this.applier = new Applier(this.context);
  }

  /** Creates a node; its id is generated once and kept in the store. */
  static async create(options: SyncNodeOptions): Promise<SyncNode> {
    const nodeId = await options.store.initSetting(NODE_ID_SETTING, randomUUID());
    return new SyncNode(options, nodeId);
  }

  get nodeId(): string {
    return this.context.nodeId;
  }

  get counters(): NodeCounters {
    return this.context.counters;
  }

  get isRunning(): boolean {
    return this.running;
  }

  describe(): Promise<PeerInfo> {
    return selfInfo(this.context);
  }

  /** Handles a request from a peer. */
  handle(request: WireRequest): Promise<WireResponse> {
    return handleRequest(this.context, request);
  }

  /** Captures local changes once; returns how many change-feed entries it read. */
  capture(): Promise<number> {
    return captureChanges(this.context);
  }

  /** Rebuilds retried events and sends one batch per connection; returns how many events were rebuilt or delivered. */
  async send(): Promise<number> {
    const rebuilt = await rebuildPending(this.context);
    return rebuilt + (await this.sender.sendOnce());
  }

  /** Applies one batch of received events; returns how many were applied or blocked. */
  apply(): Promise<number> {
    return this.applier.applyOnce();
  }

  /** Runs capture, send and apply once each; returns the amount of work done (0 when idle). */
  async step(): Promise<number> {
    return (await this.capture()) + (await this.send()) + (await this.apply());
  }

  invite(options: { name: string; type?: ConnectionType; rules: RulePaths; expiresInMs?: number }): Promise<{ connection: ConnectionRecord; code: string }> {
    return invite(this.context, options);
  }

  accept(code: string, options: { rules: RulePaths; name?: string }): Promise<ConnectionRecord> {
    return acceptInvitation(this.context, code, options);
  }

  setConnectionState(idOrName: string, state: "active" | "deactivated"): Promise<ConnectionRecord> {
    return setConnectionState(this.context, idOrName, state);
  }

  bulkSync(idOrName: string, query?: string): Promise<number> {
    return bulkSync(this.context, idOrName, query);
  }

  /** Starts the capture, send and apply loops. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const send = async () => this.send();
    this.loops = [this.loop("capture", () => this.capture()), this.loop("send", send), this.loop("apply", () => this.apply())];
    this.context.logger.info({ nodeId: this.nodeId, url: this.context.nodeUrl, pollIntervalMs: this.pollIntervalMs }, "sync node started");
  }

  /** Stops the loops after their current step and waits for them. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    for (const signal of Object.values(this.signals)) signal.notify();
    await Promise.all(this.loops);
    this.loops = [];
    this.context.logger.info({ nodeId: this.nodeId, counters: this.counters }, "sync node stopped");
  }

  private async loop(name: LoopName, step: () => Promise<number>): Promise<void> {
    const backoff = new Backoff({ initialMs: this.backoffOptions.initialMs ?? 250, maxMs: this.backoffOptions.maxMs ?? 30_000 });
    const logger = this.context.logger.child({ loop: name });
    logger.debug("loop started");
    while (this.running) {
      let waitMs = this.pollIntervalMs;
      try {
        const work = await step();
        if (backoff.attempts > 0) logger.info({ attempts: backoff.attempts }, "loop recovered");
        backoff.succeed();
        if (work > 0) waitMs = 0;
        if (name === "send") waitMs = Math.min(waitMs, this.sender.nextRetryIn(this.context.now()) ?? waitMs);
      } catch (error) {
        waitMs = backoff.fail(this.context.now());
        logger.error({ attempt: backoff.attempts, delayMs: waitMs, err: error instanceof Error ? (error.stack ?? error.message) : String(error) }, `${name} step failed; retrying`);
      }
      if (this.running && waitMs > 0) await this.signals[name].wait(waitMs);
    }
    logger.debug("loop stopped");
  }
}
