/**
 * Schema of the SQLite sync store. Each entry is one migration; a database
 * records the number it reached in `PRAGMA user_version`.
 */

export const STORE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE connections (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    state TEXT NOT NULL,
    role TEXT NOT NULL,
    secret BLOB NOT NULL,
    peer TEXT,
    invitation_id TEXT,
    invitation_expires_at INTEGER,
    invitation_used_at INTEGER,
    rules TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  -- Invitations this node accepted, so the same code cannot be accepted twice.
  CREATE TABLE used_invitations (
    id TEXT PRIMARY KEY,
    used_at INTEGER NOT NULL
  );

  -- Ids of signed messages seen within the replay window.
  CREATE TABLE seen_messages (
    id TEXT PRIMARY KEY,
    seen_at INTEGER NOT NULL
  );
  CREATE INDEX seen_messages_time ON seen_messages (seen_at);

  CREATE TABLE twins (
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    local_issue_id TEXT NOT NULL,
    local_key TEXT,
    remote_issue_id TEXT,
    remote_key TEXT,
    local_replica TEXT,
    remote_replica TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (connection_id, local_issue_id)
  );
  CREATE UNIQUE INDEX twins_remote ON twins (connection_id, remote_issue_id) WHERE remote_issue_id IS NOT NULL;
  CREATE INDEX twins_local_key ON twins (local_key);

  CREATE TABLE item_mappings (
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    local_id TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    local_issue_id TEXT NOT NULL,
    PRIMARY KEY (connection_id, kind, local_id)
  );
  CREATE INDEX item_mappings_issue ON item_mappings (connection_id, local_issue_id);

  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    local_issue_id TEXT NOT NULL,
    local_key TEXT,
    payload TEXT,
    status TEXT NOT NULL,
    error_id INTEGER,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
  );
  CREATE INDEX outbox_queue ON outbox (connection_id, status, seq);
  CREATE INDEX outbox_issue ON outbox (connection_id, local_issue_id, status, seq);
  CREATE INDEX outbox_pending ON outbox (status, seq);
  CREATE INDEX outbox_sent_at ON outbox (sent_at);

  CREATE TABLE inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    remote_issue_id TEXT NOT NULL,
    remote_key TEXT,
    remote_seq INTEGER NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    error_id INTEGER,
    received_at INTEGER NOT NULL,
    -- Set before the tracker write of an apply; with a pending or blocked status it means the write may have happened.
    attempted_at INTEGER,
    applied_at INTEGER
  );
  CREATE INDEX inbox_queue ON inbox (status, seq);
  CREATE INDEX inbox_issue ON inbox (connection_id, remote_issue_id, status, seq);
  CREATE INDEX inbox_applied_at ON inbox (applied_at);
  CREATE INDEX inbox_unfinished ON inbox (seq) WHERE attempted_at IS NOT NULL AND status IN ('pending', 'blocked');

  CREATE TABLE errors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    direction TEXT NOT NULL,
    event_seq INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    issue TEXT NOT NULL,
    phase TEXT NOT NULL,
    message TEXT NOT NULL,
    file TEXT,
    line INTEGER,
    col INTEGER,
    stack TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX errors_status ON errors (status, id);

  CREATE TABLE triggers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    entity_type TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
];
