/**
 * `twinsync sync`: runs a node until SIGINT or SIGTERM. On a terminal it
 * shows a progress line with counters and prints log records as text above
 * it; otherwise it writes pino JSON lines to stdout.
 */

import { UsageError } from "../../files.ts";
import { parse, parseInteger, type Io } from "./args.ts";
import { HttpTransport, parseCrashPoints, startHttpServer, type ConnectionStats, type FaultInjector } from "./engine.ts";
import { jsonLogger, parseLogLevel, textLogger } from "./logging.ts";
import { nodeDir, openNode } from "./node-config.ts";

/** Redraws one status line on a terminal and prints other lines above it. */
class ProgressLine {
  private current = "";

  constructor(private readonly stream: NodeJS.WriteStream) {}

  print(line: string): void {
    this.stream.write(`\r\x1b[K${line}\n${this.current}`);
  }

  update(line: string): void {
    this.current = line.length > (this.stream.columns ?? 120) ? line.slice(0, (this.stream.columns ?? 120) - 1) : line;
    this.stream.write(`\r\x1b[K${this.current}`);
  }

  clear(): void {
    this.current = "";
    this.stream.write("\r\x1b[K");
  }
}

function queueSummary(stats: ConnectionStats[]): string {
  const out = stats.reduce((n, s) => n + s.outgoing.queued + s.outgoing.pending, 0);
  const inbox = stats.reduce((n, s) => n + s.incoming.pending, 0);
  const blocked = stats.reduce((n, s) => n + s.openErrors, 0);
  return `queued out ${out}, in ${inbox}; open errors ${blocked}`;
}

export async function syncCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse("sync", args);
  const terminal = process.stdout.isTTY === true;
  let level;
  try {
    level = parseLogLevel(values["log-level"], "info");
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const progress = terminal ? new ProgressLine(process.stdout) : null;
  const logger = progress === null ? jsonLogger(level, 1) : textLogger(level, (line) => progress.print(line));
  const pollIntervalMs = values["poll-interval"] === undefined ? undefined : parseInteger(values["poll-interval"], "--poll-interval", 1, 60_000);

  // TWINSYNC_CRASH_POINTS is a test hook: the crash test kills the process at chosen points with it.
  let faults: FaultInjector | undefined;
  if (process.env.TWINSYNC_CRASH_POINTS) {
    try {
      faults = parseCrashPoints(process.env.TWINSYNC_CRASH_POINTS, (point) => {
        logger.warn({ point }, "crash point reached; killing the process");
        process.kill(process.pid, "SIGKILL");
      });
    } catch (error) {
      throw new UsageError(`TWINSYNC_CRASH_POINTS: ${(error as Error).message}`);
    }
  }

  const transport = new HttpTransport();
  const opened = await openNode(nodeDir(values.node), { logger, transport, pollIntervalMs, faults });
  const port = values.port === undefined ? opened.config.port : parseInteger(values.port, "--port", 0, 65535);
  let server;
  try {
    server = await startHttpServer((request) => opened.node.handle(request), { host: opened.config.host, port, logger, nodeId: opened.node.nodeId });
  } catch (error) {
    await opened.close();
    transport.close();
    throw new UsageError(`cannot listen on ${opened.config.host}:${port}: ${(error as Error).message}`);
  }
  opened.node.start();

  let timer: NodeJS.Timeout | null = null;
  if (progress !== null) {
    const started = Date.now();
    let lastApplied = 0;
    let lastTime = started;
    timer = setInterval(() => {
      void opened.store.stats(Date.now()).then((stats) => {
        const c = opened.node.counters;
        const now = Date.now();
        const rate = ((c.applied - lastApplied) * 1000) / Math.max(1, now - lastTime);
        lastApplied = c.applied;
        lastTime = now;
        const uptime = Math.round((now - started) / 1000);
        progress.update(`${opened.config.name} ${server.url} up ${uptime}s | captured ${c.captured} sent ${c.sent} received ${c.received} applied ${c.applied} blocked ${c.blocked} | ${queueSummary(stats)} | ${rate.toFixed(0)} applied/s`);
      });
    }, 500);
  }

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        io.err(`twinsync: ${signal} again; exiting without a clean stop\n`);
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, "stopping");
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });

  if (timer !== null) clearInterval(timer);
  progress?.clear();
  await opened.node.stop();
  await server.close();
  await opened.close();
  transport.close();
  logger.flush?.();
  return 0;
}
