/**
 * Opening the SQLite files of embedded trackers and node stores. A path
 * that is a folder, is missing, or contains something other than the expected
 * database is a UsageError that names the file and the fix, instead of the
 * SQLite driver's message.
 */

import { dirname } from "node:path";
import { statOrNull, UsageError } from "../../files.ts";
import { EmbeddedTracker, SqliteStore, type Durability, type FlavorName } from "./engine.ts";

/** Rewrites an error of the SQLite driver or of the tracker check as a UsageError about `path`. */
function databaseProblem(path: string, fix: string, error: unknown): unknown {
  const code = String((error as { code?: unknown }).code ?? "");
  const message = (error as Error).message ?? "";
  if (code === "SQLITE_NOTADB") return new UsageError(`${path} is not a SQLite database; ${fix}`);
  if (/is not an embedded tracker database/.test(message)) return new UsageError(`${path} is a SQLite database but not an embedded tracker; ${fix}`);
  if (code === "SQLITE_CANTOPEN") return new UsageError(`cannot open ${path}: check that it is a file you may read and write`);
  if (code === "SQLITE_READONLY") return new UsageError(`${path} is read-only; the CLI needs to write to it`);
  if (code === "SQLITE_CORRUPT") return new UsageError(`${path} is damaged (SQLite reports a malformed database)`);
  return error;
}

const TRACKER_HINT = "a tracker database made by 'twinsync tracker init' or 'twinsync node init'";

/** Opens an existing embedded tracker database. */
export function openTrackerFile(path: string, options: { durability?: Durability } = {}): EmbeddedTracker {
  const stats = statOrNull(path);
  if (stats === null) throw new UsageError(`${path}: no such file; pass ${TRACKER_HINT}`);
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder; pass ${TRACKER_HINT}`);
  try {
    return EmbeddedTracker.open(path, options);
  } catch (error) {
    throw databaseProblem(path, `pass ${TRACKER_HINT}`, error);
  }
}

/** Creates an embedded tracker database, or opens the tracker already at `path`. */
export function createTrackerFile(path: string, options: { flavor: FlavorName; name?: string; durability?: Durability }): EmbeddedTracker {
  if (statOrNull(path)?.isDirectory()) throw new UsageError(`${path} is a folder; pass a file name for the tracker database, such as ${path}/tracker.db`);
  const parent = statOrNull(dirname(path));
  if (parent === null) throw new UsageError(`cannot create ${path}: the folder ${dirname(path)} does not exist`);
  if (!parent.isDirectory()) throw new UsageError(`cannot create ${path}: ${dirname(path)} is a file, not a folder`);
  try {
    return EmbeddedTracker.create(path, options);
  } catch (error) {
    throw databaseProblem(path, `pass a new file name or ${TRACKER_HINT}`, error);
  }
}

/** Opens a node's sync store; a missing file is created. */
export function openStoreFile(path: string, options: { durability?: Durability } = {}): SqliteStore {
  if (statOrNull(path)?.isDirectory()) throw new UsageError(`${path} is a folder, but the node keeps its sync store in that file; move the folder away`);
  try {
    return new SqliteStore(path, options);
  } catch (error) {
    throw databaseProblem(path, "the node's sync store is damaged or was replaced, so restore it from a backup", error);
  }
}
