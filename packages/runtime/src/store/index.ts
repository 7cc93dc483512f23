/** The sync store: its interface, record types and the SQLite implementation. */

export type * from "./types.ts";
export type * from "./store.ts";
export { SqliteStore, type SqliteStoreOptions } from "./sqlite-store.ts";
export { openDatabase, migrate, type Durability, type OpenOptions, type SqliteDatabase, type SqliteStatement } from "./sqlite.ts";
