/**
 * The embedded tracker: a small issue tracker stored in SQLite, with
 * projects, issues, comments, attachments, users, statuses and custom
 * fields. It ships with Twinsync so the demo and the tests need no external
 * service. Every write records the acting user in a change feed, which a
 * node reads to find local changes.
 */

import { createHash } from "node:crypto";
import { migrate, openDatabase, type Durability, type SqliteDatabase, type SqliteStatement } from "../store/sqlite.ts";
import { TrackerDataError, type HubIssueJson, type TrackerChange, type TrackerInfo } from "./adapter.ts";
import { emptyFields, hubFields, hubUser, type CatalogueKind, type StoredCustomField, type StoredFields, type StoredUser, type TrackerDirectory } from "./embedded-fields.ts";
import { TRACKER_MIGRATIONS } from "./embedded-schema.ts";
import { seed } from "./embedded-seed.ts";
import { FLAVORS, type Flavor, type FlavorName, type UserSeed } from "./flavors.ts";

export interface CreateTrackerOptions {
  flavor: FlavorName;
  /** Instance name shown to peers (default: the flavor name). */
  name?: string;
  url?: string;
  durability?: Durability;
}

type Row = Record<string, unknown>;

export interface IssueRow {
  id: string;
  key: string;
  projectKey: string;
  projectName: string;
  projectId: string;
  number: number;
  fields: StoredFields;
  creator: string | null;
  created: number;
  updated: number;
}

export const TRACKER_VERSION = "1.0";

export class EmbeddedTracker implements TrackerDirectory {
  readonly db: SqliteDatabase;
  private readonly statements = new Map<string, SqliteStatement>();
  private cachedUsers: Map<string, StoredUser> | null = null;
  private cachedCatalogue: Map<string, string> | null = null;
  private cachedFields: StoredCustomField[] | null = null;

  private constructor(
    db: SqliteDatabase,
    readonly flavor: Flavor,
    readonly trackerName: string,
  ) {
    this.db = db;
  }

  /** Creates a tracker file with the flavor's projects, users and statuses; an existing file is opened as it is. */
  static create(path: string, options: CreateTrackerOptions): EmbeddedTracker {
    const db = openDatabase(path, { durability: options.durability });
    migrate(db, TRACKER_MIGRATIONS);
    const existing = db.prepare("SELECT value FROM meta WHERE name = 'flavor'").get() as Row | undefined;
    if (existing === undefined) seed(db, options);
    return EmbeddedTracker.fromDatabase(db, path);
  }

  /** Opens an existing tracker file. */
  static open(path: string, options: { durability?: Durability } = {}): EmbeddedTracker {
    const db = openDatabase(path, { durability: options.durability, fileMustExist: true });
    migrate(db, TRACKER_MIGRATIONS);
    return EmbeddedTracker.fromDatabase(db, path);
  }

  private static fromDatabase(db: SqliteDatabase, path: string): EmbeddedTracker {
    const meta = new Map((db.prepare("SELECT name, value FROM meta").all() as Row[]).map((row) => [String(row.name), String(row.value)]));
    const flavorName = meta.get("flavor");
    if (flavorName === undefined || !Object.hasOwn(FLAVORS, flavorName)) {
      db.close();
      throw new Error(`${path} is not an embedded tracker database; create one with 'twinsync tracker init'`);
    }
    return new EmbeddedTracker(db, FLAVORS[flavorName as FlavorName], meta.get("name") ?? flavorName);
  }

  sql(text: string): SqliteStatement {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Runs `fn` in one immediate transaction (or inside the current one). */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  meta(name: string): string | null {
    const row = this.sql("SELECT value FROM meta WHERE name = ?").get(name) as Row | undefined;
    return row === undefined ? null : String(row.value);
  }

  info(): TrackerInfo {
    return {
      instanceId: this.meta("instance_id")!,
      name: this.trackerName,
      type: this.flavor.type,
      version: TRACKER_VERSION,
      url: this.meta("url") ?? `embedded://${this.trackerName}`,
    };
  }

  private users(): Map<string, StoredUser> {
    if (this.cachedUsers === null) {
      this.cachedUsers = new Map();
      for (const row of this.sql("SELECT * FROM users ORDER BY rowid").all() as Row[]) {
        const user: StoredUser = {
          key: String(row.key),
          username: row.username === null ? null : String(row.username),
          email: row.email === null ? null : String(row.email),
          displayName: String(row.display_name),
          active: row.active === 1,
        };
        this.cachedUsers.set(user.key, user);
      }
    }
    return this.cachedUsers;
  }

  /** Drops cached users, catalogue entries and custom fields, so changes made by another process become visible. */
  refreshCaches(): void {
    this.cachedUsers = null;
    this.cachedCatalogue = null;
    this.cachedFields = null;
  }

  listUsers(): StoredUser[] {
    return [...this.users().values()];
  }

  userByKey(key: string): StoredUser | null {
    return this.users().get(key) ?? null;
  }

  findUser(reference: string): StoredUser | null {
    const users = this.users();
    const byKey = users.get(reference);
    if (byKey !== undefined) return byKey;
    const lower = reference.toLowerCase();
    for (const user of users.values()) if (user.username === reference) return user;
    for (const user of users.values()) if (user.email !== null && user.email.toLowerCase() === lower) return user;
    return null;
  }

  addUser(user: UserSeed): void {
    this.sql("INSERT INTO users (key, username, email, display_name) VALUES (?, ?, ?, ?)").run(user.key, user.username, user.email, user.displayName);
    this.cachedUsers = null;
  }

  catalogueId(kind: CatalogueKind, name: string): string | null {
    if (this.cachedCatalogue === null) {
      this.cachedCatalogue = new Map();
      for (const row of this.sql("SELECT kind, id, name FROM catalogue").all() as Row[]) {
        this.cachedCatalogue.set(`${row.kind}\u0000${row.name}`, String(row.id));
      }
    }
    return this.cachedCatalogue.get(`${kind}\u0000${name}`) ?? null;
  }

  catalogueEntries(kind: CatalogueKind): { id: string; name: string }[] {
    return (this.sql("SELECT id, name FROM catalogue WHERE kind = ? ORDER BY position").all(kind) as Row[]).map((row) => ({
      id: String(row.id),
      name: String(row.name),
    }));
  }

  customFields(): StoredCustomField[] {
    if (this.cachedFields === null) {
      this.cachedFields = (this.sql("SELECT * FROM custom_fields ORDER BY rowid").all() as Row[]).map((row) => ({
        name: String(row.name),
        type: String(row.type),
        options: row.options === null ? [] : (JSON.parse(String(row.options)) as { id: string; value: string }[]),
      }));
    }
    return this.cachedFields;
  }

  customField(name: string): StoredCustomField | null {
    return this.customFields().find((field) => field.name === name) ?? null;
  }

  listProjects(): { id: string; key: string; name: string }[] {
    return (this.sql("SELECT id, key, name FROM projects ORDER BY id").all() as Row[]).map((row) => ({
      id: String(row.id),
      key: String(row.key),
      name: String(row.name),
    }));
  }

  addProject(key: string, name: string, keySeparator = "-"): void {
    if (this.sql("SELECT 1 FROM projects WHERE key = ?").get(key) !== undefined) {
      throw new TrackerDataError(`project "${key}" already exists in tracker ${this.trackerName}`);
    }
    this.sql("INSERT INTO projects (key, name, key_separator) VALUES (?, ?, ?)").run(key, name, keySeparator);
  }

  private projectRow(key: string): Row {
    const row = this.sql("SELECT * FROM projects WHERE key = ? OR name = ?").get(key, key) as Row | undefined;
    if (row === undefined) {
      const known = this.listProjects().map((p) => p.key).join(", ");
      throw new TrackerDataError(`project "${key}" does not exist in tracker ${this.trackerName}; the projects are ${known}`);
    }
    return row;
  }

  /** Inserts a new issue row and returns its id and key; the caller records the change. */
  insertIssue(projectKey: string, fields: StoredFields, creator: string | null, now: number): { id: string; key: string } {
    const project = this.projectRow(projectKey);
    const number = Number(project.next_number);
    this.sql("UPDATE projects SET next_number = next_number + 1 WHERE id = ?").run(project.id);
    const key = `${project.key}${project.key_separator}${number}`;
    const info = this.sql("INSERT INTO issues (key, project_id, fields, creator, created, updated) VALUES (?, ?, ?, ?, ?, ?)").run(
      key,
      project.id,
      JSON.stringify(fields),
      creator,
      now,
      now,
    );
    return { id: String(info.lastInsertRowid), key };
  }

  saveFields(issueId: string, fields: StoredFields, now: number): void {
    this.sql("UPDATE issues SET fields = ?, updated = ? WHERE id = ?").run(JSON.stringify(fields), now, issueId);
  }

  touch(issueId: string, now: number): void {
    this.sql("UPDATE issues SET updated = ? WHERE id = ?").run(now, issueId);
  }

  /** Appends an entry to the change feed. */
  recordChange(issueId: string, author: string | null, kind: string, now: number): void {
    this.sql("INSERT INTO changes (issue_id, author, kind, at) VALUES (?, ?, ?, ?)").run(issueId, author, kind, now);
  }

  issueRow(idOrKey: string): IssueRow | null {
    const row = this.sql(
      `SELECT i.*, p.key AS project_key, p.name AS project_name, p.key_separator
       FROM issues i JOIN projects p ON p.id = i.project_id WHERE i.id = ? OR i.key = ?`,
    ).get(/^\d+$/.test(idOrKey) ? Number(idOrKey) : -1, idOrKey) as Row | undefined;
    if (row === undefined) return null;
    const key = String(row.key);
    return {
      id: String(row.id),
      key,
      projectKey: String(row.project_key),
      projectName: String(row.project_name),
      projectId: String(row.project_id),
      number: Number(key.slice(String(row.project_key).length + String(row.key_separator).length)),
      fields: { ...emptyFields(), ...(JSON.parse(String(row.fields)) as StoredFields) },
      creator: row.creator === null ? null : String(row.creator),
      created: Number(row.created),
      updated: Number(row.updated),
    };
  }

  /** Returns the issue as hub-issue JSON, or null when there is no such issue. */
  readIssue(idOrKey: string): HubIssueJson | null {
    const row = this.issueRow(idOrKey);
    if (row === null) return null;
    const hub = hubFields(this, row.fields);
    Object.assign(hub, {
      id: row.id,
      key: row.key,
      project: { key: row.projectKey, name: row.projectName, id: row.projectId },
      creator: hubUser(this, row.creator),
      created: row.created,
      updated: row.updated,
      comments: this.comments(row.id),
      attachments: this.attachments(row.id),
    });
    if (this.flavor.issueUrlTemplate !== null) {
      const htmlUrl = this.flavor.issueUrlTemplate.replace("{project}", row.projectKey).replace("{number}", String(row.number));
      hub.customKeys = { ...(hub.customKeys as object), htmlUrl, number: row.number };
    }
    return hub;
  }

  private comments(issueId: string): HubIssueJson[] {
    const rows = this.sql("SELECT * FROM comments WHERE issue_id = ? ORDER BY id").all(issueId) as Row[];
    return rows.map((row) => ({
      id: String(row.id),
      body: String(row.body),
      author: hubUser(this, row.author === null ? null : String(row.author)),
      created: Number(row.created),
      updated: Number(row.updated),
      internal: row.internal === 1,
    }));
  }

  private attachments(issueId: string): HubIssueJson[] {
    const rows = this.sql("SELECT id, filename, mimetype, filesize, hash, author, created FROM attachments WHERE issue_id = ? ORDER BY id").all(issueId) as Row[];
    return rows.map((row) => ({
      id: String(row.id),
      filename: String(row.filename),
      mimetype: row.mimetype === null ? null : String(row.mimetype),
      filesize: Number(row.filesize),
      created: Number(row.created),
      author: hubUser(this, row.author === null ? null : String(row.author)),
      hash: String(row.hash),
    }));
  }

  insertComment(issueId: string, body: string, author: string | null, internal: boolean, created: number): string {
    const info = this.sql("INSERT INTO comments (issue_id, body, author, internal, created, updated) VALUES (?, ?, ?, ?, ?, ?)").run(
      issueId,
      body,
      author,
      internal ? 1 : 0,
      created,
      created,
    );
    return String(info.lastInsertRowid);
  }

  commentIssue(commentId: string): string | null {
    const row = this.sql("SELECT issue_id FROM comments WHERE id = ?").get(commentId) as Row | undefined;
    return row === undefined ? null : String(row.issue_id);
  }

  insertAttachment(issueId: string, filename: string, mimetype: string | null, content: Buffer, author: string | null, created: number): string {
    const hash = createHash("sha256").update(content).digest("hex");
    const info = this.sql(
      "INSERT INTO attachments (issue_id, filename, mimetype, filesize, hash, content, author, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ).run(issueId, filename, mimetype, content.length, hash, content, author, created);
    return String(info.lastInsertRowid);
  }

  attachmentRow(id: string): { id: string; issueId: string; filename: string; mimetype: string | null; hash: string; content: Buffer } | null {
    const row = this.sql("SELECT * FROM attachments WHERE id = ?").get(id) as Row | undefined;
    if (row === undefined) return null;
    return {
      id: String(row.id),
      issueId: String(row.issue_id),
      filename: String(row.filename),
      mimetype: row.mimetype === null ? null : String(row.mimetype),
      hash: String(row.hash),
      content: Buffer.from(row.content as Uint8Array),
    };
  }

  /** Returns the next change-feed entries after position `after` (0 for the start). */
  changesSince(after: number, limit: number): TrackerChange[] {
    const rows = this.sql("SELECT * FROM changes WHERE seq > ? ORDER BY seq LIMIT ?").all(after, limit) as Row[];
    return rows.map((row) => ({
      position: String(row.seq),
      issueId: String(row.issue_id),
      author: row.author === null ? null : String(row.author),
      at: Number(row.at),
    }));
  }

  listIssueIds(): string[] {
    return (this.sql("SELECT id FROM issues ORDER BY id").all() as Row[]).map((row) => String(row.id));
  }

  nextWorkLogId(): string {
    const next = Number(this.meta("next_worklog_id") ?? "1");
    this.sql("INSERT INTO meta (name, value) VALUES ('next_worklog_id', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value").run(String(next + 1));
    return String(next);
  }

  /** Returns the stored result of an idempotent write, or null when the key is new. */
  appliedWrite(key: string): unknown {
    const row = this.sql("SELECT result FROM applied_writes WHERE key = ?").get(key) as Row | undefined;
    return row === undefined ? null : JSON.parse(String(row.result));
  }

  recordWrite(key: string, result: unknown, now: number): void {
    this.sql("INSERT INTO applied_writes (key, result, at) VALUES (?, ?, ?)").run(key, JSON.stringify(result), now);
  }
}
