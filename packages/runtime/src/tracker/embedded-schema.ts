/**
 * Schema of the embedded tracker's SQLite database. Issue fields other than
 * comments and attachments live in one JSON column (`fields`), because rules
 * write tracker-specific fields by any name.
 */

export const TRACKER_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE users (
    key TEXT PRIMARY KEY,
    username TEXT UNIQUE,
    email TEXT,
    display_name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
  );

  CREATE TABLE projects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- Text between the project key and the number: '-' gives SUP-12, '#' gives org/repo#12.
    key_separator TEXT NOT NULL DEFAULT '-',
    next_number INTEGER NOT NULL DEFAULT 1
  );

  -- Statuses, issue types, priorities and resolutions: named entries with an id.
  CREATE TABLE catalogue (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
  );

  CREATE TABLE custom_fields (
    name TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    -- JSON list of {id, value} for option fields.
    options TEXT
  );

  CREATE TABLE issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    project_id INTEGER NOT NULL REFERENCES projects (id),
    fields TEXT NOT NULL,
    creator TEXT,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
  );

  CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id INTEGER NOT NULL REFERENCES issues (id),
    body TEXT NOT NULL,
    author TEXT,
    internal INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
  );
  CREATE INDEX comments_issue ON comments (issue_id, id);

  CREATE TABLE attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id INTEGER NOT NULL REFERENCES issues (id),
    filename TEXT NOT NULL,
    mimetype TEXT,
    filesize INTEGER NOT NULL,
    hash TEXT NOT NULL,
    content BLOB NOT NULL,
    author TEXT,
    created INTEGER NOT NULL
  );
  CREATE INDEX attachments_issue ON attachments (issue_id, id);

  -- The change feed: one row per write transaction and issue, with the acting user.
  CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id INTEGER NOT NULL,
    author TEXT,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL
  );

  -- Results of idempotent writes by their key, so a repeated write returns the first result.
  CREATE TABLE applied_writes (
    key TEXT PRIMARY KEY,
    result TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  `,
];
