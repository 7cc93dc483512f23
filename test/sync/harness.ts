/**
 * Runs the real `twinsync` CLI as separate processes for the end-to-end
 * and crash tests. The CLI is bundled once with esbuild into
 * node_modules/.cache, so each process starts in a fraction of a second and
 * still resolves its packages from the repository's node_modules.
 */

import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const RULES = join(dirname(fileURLToPath(import.meta.url)), "rules");
// One bundle per test process, because vitest runs test files in parallel processes.
const BUNDLE = join(REPO, "node_modules", ".cache", "twinsync-sync-tests", `twinsync-${process.pid}.mjs`);

let built: Promise<string> | null = null;

/** Bundles the CLI from source (once per test process) and returns the bundle's path. */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    mkdirSync(dirname(BUNDLE), { recursive: true });
    process.once("exit", () => rmSync(BUNDLE, { force: true }));
    await build({
      entryPoints: [join(REPO, "packages", "cli", "src", "cli.ts")],
      outfile: BUNDLE,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      logLevel: "error",
      external: ["re2-wasm"],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    return BUNDLE;
  })();
  return built;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one CLI command to completion. */
export async function runCli(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  const bundle = await buildCli();
  return new Promise((resolve) => {
    execFile(process.execPath, [bundle, ...args], { cwd: REPO, env: { ...process.env, ...options.env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a CLI command and fails with its output unless it exits with 0. */
export async function cli(...args: string[]): Promise<string> {
  const result = await runCli(args);
  if (result.code !== 0) throw new Error(`twinsync ${args.join(" ")} exited with ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  return result.stdout;
}

/** Returns a TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 30_000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last === null ? "" : `; last error: ${(last as Error).message}`}`);
}

/** A `twinsync sync` process with its output kept for assertions. */
export class SyncProcess {
  child: ChildProcess | null = null;
  output = "";
  exits: (number | null)[] = [];
  /** True while `start` or `stop` runs, so a watcher does not restart the process at the same time. */
  busy = false;

  constructor(
    readonly dir: string,
    readonly url: string,
    readonly env: Record<string, string> = {},
  ) {}

  async start(): Promise<void> {
    this.busy = true;
    try {
      await this.spawnAndWait();
    } finally {
      this.busy = false;
    }
  }

  private async spawnAndWait(): Promise<void> {
    const bundle = await buildCli();
    const child = spawn(process.execPath, [bundle, "sync", "--node", this.dir, "--poll-interval", "25"], { cwd: REPO, env: { ...process.env, ...this.env }, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    child.stdout!.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    child.on("exit", (code) => this.exits.push(code));
    await waitFor(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return true;
      return (await fetch(`${this.url}/twinsync/v1/health`)).ok;
    }, `${this.dir} to answer health checks`, 30_000);
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a signal and waits for the process to exit; returns its exit code (null when killed by the signal). */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    const child = this.child;
    if (child === null || !this.running) {
      this.child = null;
      return child?.exitCode ?? null;
    }
    this.busy = true;
    try {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill(signal);
      const code = await exited;
      this.child = null;
      return code;
    } finally {
      this.busy = false;
    }
  }
}
