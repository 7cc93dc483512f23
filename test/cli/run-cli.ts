/**
 * Runs the `twinsync` CLI in this process and captures its output and exit
 * code. Sync commands are awaited through `runSyncCommand`, because `main`
 * only starts them and sets `process.exitCode` later.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSyncCommand, SYNC_COMMANDS } from "../../packages/cli/src/commands/sync/index.ts";
import { main } from "../../packages/cli/src/main.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function twinsync(...args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const out = (text: string) => void (stdout += text);
  const err = (text: string) => void (stderr += text);
  const [command, ...rest] = args;
  const code = command !== undefined && SYNC_COMMANDS.has(command) ? await runSyncCommand(command, rest, { out, err }) : main(args, out, err);
  return { code, stdout, stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `twinsync-${prefix}-`));
}

/** Returns the stderr line of a failure after checking that it is one line that starts with `twinsync: ` and contains no stack frame. */
export function failureLine(result: CliResult): string {
  const lines = result.stderr.split("\n").filter((line) => line !== "");
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${lines.length}:\n${result.stderr}`);
  if (!lines[0]!.startsWith("twinsync: ")) throw new Error(`expected 'twinsync: ' at the start of: ${lines[0]}`);
  if (/\bat .+:\d+:\d+\)?$/.test(lines[0]!)) throw new Error(`stack frame in: ${lines[0]}`);
  return lines[0]!.slice("twinsync: ".length);
}
