/**
 * Opens SQLite databases through better-sqlite3 (version 12) with the
 * settings every Twinsync database uses: WAL journal, a busy timeout so two
 * processes can share a file, and a chosen durability level.
 *
 * The driver is loaded with `createRequire` and a computed module name so
 * that bundlers leave the native module out of the bundle and Node loads it
 * from node_modules at run time.
 */

import { createRequire } from "node:module";

/** The part of better-sqlite3's statement API that Twinsync uses. */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** The part of better-sqlite3's database API that Twinsync uses. */
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate: (...args: A) => R };
  close(): void;
  readonly open: boolean;
  readonly inTransaction: boolean;
}

type DatabaseConstructor = new (path: string, options?: { timeout?: number; readonly?: boolean; fileMustExist?: boolean }) => SqliteDatabase;

/**
 * How commits reach the disk.
 * - `normal`: WAL with `synchronous = NORMAL`. A commit survives a crash of
 *   the process (SIGKILL included); the last commits can be lost when the
 *   machine loses power or the OS crashes.
 * - `full`: WAL with `synchronous = FULL`. Every commit is flushed to the disk
 *   before it returns, so it also survives power loss, at the cost of one
 *   fsync per commit.
 */
export type Durability = "normal" | "full";

export interface OpenOptions {
  durability?: Durability;
  /** How long a write waits for another process's lock, in milliseconds (default 10000). */
  busyTimeoutMs?: number;
  readonly?: boolean;
  fileMustExist?: boolean;
}

/** WAL size, in pages, at which SQLite checkpoints automatically. */
export const WAL_CHECKPOINT_PAGES = 10_000;

let driver: DatabaseConstructor | null = null;

function loadDriver(): DatabaseConstructor {
  if (driver === null) {
    const require = createRequire(import.meta.url);
    const moduleName = ["better", "sqlite3"].join("-");
    driver = require(moduleName) as DatabaseConstructor;
  }
  return driver;
}

/** Opens (or creates) a database file, or an in-memory database for `:memory:`. */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  const Database = loadDriver();
  const db = new Database(path, {
    timeout: options.busyTimeoutMs ?? 10_000,
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
  });
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${options.durability === "full" ? "FULL" : "NORMAL"}`);
    // A checkpoint fsyncs the WAL and the database file. SQLite checkpoints every 1,000 pages by default;
    // 10,000 pages (about 40 MB with 4 KB pages) makes those fsyncs ten times rarer, which the sync
    // benchmark measured as about 20% more events per second with `normal` durability.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }
  db.pragma("foreign_keys = ON");
  return db;
}

/**
 * Runs numbered migrations that have not run yet; `user_version` records the
 * last one applied. The version is read inside the write transaction, so two
 * processes opening a new database at once run each migration once.
 */
export function migrate(db: SqliteDatabase, migrations: readonly string[]): void {
  const apply = db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > migrations.length) {
      throw new Error(`database schema version ${current} is newer than this Twinsync version supports (${migrations.length}); upgrade Twinsync`);
    }
    for (let version = current; version < migrations.length; version++) {
      db.exec(migrations[version]!);
    }
    if (current !== migrations.length) db.pragma(`user_version = ${migrations.length}`);
  });
  apply.immediate();
}
