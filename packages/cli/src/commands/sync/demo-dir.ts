/**
 * The `--dir` folder of `twinsync sync --demo`. The demo records the
 * database files it creates in `twinsync-demo.json`, so that a second demo
 * in the same folder removes exactly those files and starts over. A file
 * that no demo recorded is never removed. When one is in the way, the demo
 * stops with an error that names the file and suggests an empty or new folder.
 */

import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fsReason } from "../../errors.ts";
import { readText, statOrNull, UsageError } from "../../files.ts";

export const DEMO_RECORD = "twinsync-demo.json";

/** The only names a record may list, so that an edited record cannot point the demo at other files. */
const DEMO_FILE = /^[a-z][a-z0-9]*-(tracker|store)\.db$/;

/** Files SQLite keeps next to a database while it is open or after a crash. */
const SIDECARS = ["", "-wal", "-shm", "-journal"];

function readRecord(dir: string): string[] {
  const path = join(dir, DEMO_RECORD);
  if (statOrNull(path) === null) return [];
  const fix = `remove it if no demo wrote it, or pass an empty or new --dir`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(path, "demo record"));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not valid JSON, so the demo cannot tell which files it created; ${fix}`);
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (!Array.isArray(files) || !files.every((file) => typeof file === "string" && DEMO_FILE.test(file))) {
    throw new UsageError(`${path} does not list demo databases (NAME-tracker.db, NAME-store.db); ${fix}`);
  }
  return files as string[];
}

function withSidecars(files: readonly string[]): string[] {
  return files.flatMap((file) => SIDECARS.map((suffix) => file + suffix));
}

/**
 * Makes `dir` ready for a demo that creates `files`: creates the folder,
 * removes the files an earlier demo recorded there, and records `files`.
 * Returns the names it removed.
 */
export function prepareDemoDir(dir: string, files: readonly string[]): string[] {
  const stats = statOrNull(dir);
  if (stats !== null && !stats.isDirectory()) throw new UsageError(`--dir ${dir} is a file; pass a folder`);
  if (stats === null) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      const reason = fsReason((error as NodeJS.ErrnoException).code) ?? (error as Error).message;
      throw new UsageError(`cannot create --dir ${dir}: ${reason}`);
    }
  }

  const recorded = new Set(withSidecars(readRecord(dir)));
  for (const name of withSidecars(files)) {
    if (statOrNull(join(dir, name)) !== null && !recorded.has(name)) {
      throw new UsageError(`--dir ${dir} already contains ${name}, which no earlier demo recorded in ${DEMO_RECORD}; pass an empty or new --dir`);
    }
  }

  const removed: string[] = [];
  for (const name of recorded) {
    const path = join(dir, name);
    const found = statOrNull(path);
    if (found === null) continue;
    if (found.isDirectory()) throw new UsageError(`${path} is a folder, but ${DEMO_RECORD} lists it as a demo database; pass an empty or new --dir`);
    try {
      unlinkSync(path);
    } catch (error) {
      throw new UsageError(`cannot remove ${path} of the previous demo: ${fsReason((error as NodeJS.ErrnoException).code) ?? (error as Error).message}`);
    }
    removed.push(name);
  }

  const record = { note: "Files that 'twinsync sync --demo' created in this folder; the next demo here removes them first.", files: [...files] };
  try {
    writeFileSync(join(dir, DEMO_RECORD), JSON.stringify(record, null, 2) + "\n");
  } catch (error) {
    throw new UsageError(`cannot write ${join(dir, DEMO_RECORD)}: ${fsReason((error as NodeJS.ErrnoException).code) ?? (error as Error).message}`);
  }
  return removed.sort();
}
