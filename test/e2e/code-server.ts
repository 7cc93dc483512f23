/**
 * Starts a private code-server for the end-to-end test: its own user data,
 * extensions and config folders under a temporary directory, the packaged
 * .vsix installed, listening on 127.0.0.1 at a free port.
 */

import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";

export const CODE_SERVER_DIR = process.env.TWINSYNC_CODE_SERVER_DIR ?? join(homedir(), ".cache/twinsync/code-server");
const ENTRY = join(CODE_SERVER_DIR, "package/out/node/entry.js");

export interface CodeServer {
  url: string;
  userDataDir: string;
  /** Everything code-server printed, for failure reports. */
  output: string[];
  stop(): Promise<void>;
}

/** Fails with the command to run when code-server is not installed. */
export function requireCodeServer(): void {
  if (!existsSync(join(CODE_SERVER_DIR, ".complete"))) {
    throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}; run scripts/setup-code-server.sh (npm run test:e2e does it for you)`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Installs `vsix` into a fresh extensions folder and starts code-server on `folder`. */
export async function startCodeServer(root: string, folder: string, vsix: string, settings: Record<string, unknown>): Promise<CodeServer> {
  requireCodeServer();
  const userDataDir = join(root, "user-data");
  const extensionsDir = join(root, "extensions");
  mkdirSync(join(userDataDir, "User"), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, "User/settings.json"), JSON.stringify(settings, null, 2));
  // code-server writes a config file under XDG_CONFIG_HOME; keep it out of the user's home.
  const env = { ...process.env, XDG_CONFIG_HOME: join(root, "xdg-config"), XDG_DATA_HOME: join(root, "xdg-data") };
  const common = ["--user-data-dir", userDataDir, "--extensions-dir", extensionsDir];
  execFileSync(process.execPath, [ENTRY, ...common, "--install-extension", vsix], { env, stdio: "pipe" });

  const port = await freePort();
  const args = [ENTRY, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", ...common, folder];
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output.join("")}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join("").includes("HTTP server listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with code ${code}:\n${output.join("")}`));
    });
  });
  await listening;
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`,
    userDataDir,
    output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Collects the lines of every log file named `name` under `dir`, such as the extension's `Twinsync.log`. */
export function logLines(dir: string, name: string): string[] {
  const lines: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === name) lines.push(...readFileSync(full, "utf8").split("\n"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return lines;
}
