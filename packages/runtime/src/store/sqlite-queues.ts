/**
 * The outbox, inbox and error tables of the SQLite store. Each public method
 * runs in one immediate transaction, so a crash leaves either all of its
 * writes or none.
 */

import type { SqliteDatabase, SqliteStatement } from "./sqlite.ts";
import { errorFromRow, incomingFromRow, jsonText, outgoingFromRow, type Row } from "./sqlite-rows.ts";
import type { EnqueueRequest, IncomingCompletion, OutgoingBuild, ReceivedEvent } from "./store.ts";
import type { IncomingEvent, NewSyncError, OutgoingEvent, SyncErrorRecord } from "./types.ts";

export class SqliteQueues {
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(private readonly db: SqliteDatabase) {}

  /** Returns a cached prepared statement. */
  sql(text: string): SqliteStatement {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Runs `fn` in an immediate transaction, or inside the caller's transaction when one is open. */
  atomic<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn).immediate();
  }

  enqueue(request: EnqueueRequest, now: number): number[] {
    return this.atomic(() => {
      for (const twin of request.twins ?? []) {
        this.sql(
          `INSERT INTO twins (connection_id, local_issue_id, local_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (connection_id, local_issue_id) DO NOTHING`,
        ).run(twin.connectionId, twin.localIssueId, twin.localKey, now, now);
      }
      const seqs: number[] = [];
      for (const event of request.events) {
        const info = this.sql(
          `INSERT INTO outbox (id, connection_id, kind, local_issue_id, local_key, payload, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(event.id, event.connectionId, event.kind, event.localIssueId, event.localKey, jsonText(event.payload), event.status, now);
        const seq = Number(info.lastInsertRowid);
        seqs.push(seq);
        if (event.kind === "replica" && event.status === "queued") this.storeLocalReplica(event.connectionId, event.localIssueId, event.payload, now);
        if (event.status === "blocked") {
          if (event.error === undefined) throw new Error(`outgoing event ${event.id} is blocked but has no error`);
          const errorId = this.insertError(event.connectionId, "outgoing", seq, event.id, event.error, now);
          this.sql("UPDATE outbox SET error_id = ? WHERE seq = ?").run(errorId, seq);
        }
      }
      if (request.cursor !== undefined) {
        this.sql("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value").run(
          request.cursor.name,
          request.cursor.value,
        );
      }
      return seqs;
    });
  }

  /** Keeps the replica last queued for an issue on its twin, for `twinsync status`. */
  private storeLocalReplica(connectionId: string, localIssueId: string, payload: unknown, now: number): void {
    const replica = (payload as { replica?: unknown } | null)?.replica;
    if (replica === undefined) return;
    this.sql("UPDATE twins SET local_replica = ?, updated_at = ? WHERE connection_id = ? AND local_issue_id = ?").run(JSON.stringify(replica), now, connectionId, localIssueId);
  }

  nextOutgoing(connectionId: string, limit: number): OutgoingEvent[] {
    const rows = this.sql(
      `SELECT * FROM outbox o
       WHERE o.connection_id = ? AND o.status = 'queued'
         AND NOT EXISTS (
           SELECT 1 FROM outbox b
           WHERE b.connection_id = o.connection_id AND b.local_issue_id = o.local_issue_id
             AND b.status IN ('blocked', 'pending') AND b.seq < o.seq)
       ORDER BY o.seq LIMIT ?`,
    ).all(connectionId, limit) as Row[];
    return rows.map(outgoingFromRow);
  }

  pendingOutgoing(limit: number): OutgoingEvent[] {
    const rows = this.sql(
      `SELECT * FROM outbox o
       WHERE o.status = 'pending'
         AND NOT EXISTS (
           SELECT 1 FROM outbox b
           WHERE b.connection_id = o.connection_id AND b.local_issue_id = o.local_issue_id
             AND b.status = 'blocked' AND b.seq < o.seq)
       ORDER BY o.seq LIMIT ?`,
    ).all(limit) as Row[];
    return rows.map(outgoingFromRow);
  }

  buildOutgoing(seq: number, result: OutgoingBuild, now: number): void {
    this.atomic(() => {
      const event = this.getOutgoing(seq);
      if (event === null || event.status !== "pending") return;
      if ("payload" in result) {
        this.sql("UPDATE outbox SET payload = ?, status = 'queued', error_id = NULL WHERE seq = ?").run(jsonText(result.payload), seq);
        if (event.kind === "replica") this.storeLocalReplica(event.connectionId, event.localIssueId, result.payload, now);
        return;
      }
      if ("drop" in result) {
        this.sql("UPDATE outbox SET status = 'resolved' WHERE seq = ?").run(seq);
        return;
      }
      const errorId = this.insertError(event.connectionId, "outgoing", seq, event.id, result.error, now);
      this.sql("UPDATE outbox SET status = 'blocked', error_id = ? WHERE seq = ?").run(errorId, seq);
    });
  }

  markSent(seqs: number[], now: number): void {
    this.atomic(() => {
      const update = this.sql("UPDATE outbox SET status = 'sent', sent_at = ? WHERE seq = ? AND status = 'queued'");
      for (const seq of seqs) update.run(now, seq);
    });
  }

  getOutgoing(seq: number): OutgoingEvent | null {
    const row = this.sql("SELECT * FROM outbox WHERE seq = ?").get(seq) as Row | undefined;
    return row === undefined ? null : outgoingFromRow(row);
  }

  lastReplicaSent(connectionId: string, localIssueId: string): OutgoingEvent | null {
    const row = this.sql(
      `SELECT * FROM outbox WHERE connection_id = ? AND local_issue_id = ? AND kind = 'replica' AND status IN ('queued', 'sent')
       ORDER BY seq DESC LIMIT 1`,
    ).get(connectionId, localIssueId) as Row | undefined;
    return row === undefined ? null : outgoingFromRow(row);
  }

  receive(connectionId: string, events: ReceivedEvent[], now: number): { accepted: string[]; duplicates: string[] } {
    return this.atomic(() => {
      const accepted: string[] = [];
      const duplicates: string[] = [];
      const insert = this.sql(
        `INSERT INTO inbox (id, connection_id, kind, remote_issue_id, remote_key, remote_seq, payload, status, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (id) DO NOTHING`,
      );
      for (const event of events) {
        const info = insert.run(event.id, connectionId, event.kind, event.remoteIssueId, event.remoteKey, event.remoteSeq, JSON.stringify(event.payload), now);
        (info.changes === 1 ? accepted : duplicates).push(event.id);
      }
      return { accepted, duplicates };
    });
  }

  nextIncoming(limit: number): IncomingEvent[] {
    const rows = this.sql(
      `SELECT i.* FROM inbox i JOIN connections c ON c.id = i.connection_id
       WHERE i.status = 'pending' AND c.state = 'active'
         AND NOT EXISTS (
           SELECT 1 FROM inbox b
           WHERE b.connection_id = i.connection_id AND b.remote_issue_id = i.remote_issue_id
             AND b.status = 'blocked' AND b.seq < i.seq)
       ORDER BY i.seq LIMIT ?`,
    ).all(limit) as Row[];
    return rows.map(incomingFromRow);
  }

  markAttempted(seqs: number[], now: number): void {
    this.atomic(() => {
      const update = this.sql("UPDATE inbox SET attempted_at = ? WHERE seq = ? AND status = 'pending'");
      for (const seq of seqs) update.run(now, seq);
    });
  }

  unfinishedIncoming(): IncomingEvent[] {
    const rows = this.sql("SELECT * FROM inbox WHERE status IN ('pending', 'blocked') AND attempted_at IS NOT NULL ORDER BY seq").all() as Row[];
    return rows.map(incomingFromRow);
  }

  getIncoming(seq: number): IncomingEvent | null {
    const row = this.sql("SELECT * FROM inbox WHERE seq = ?").get(seq) as Row | undefined;
    return row === undefined ? null : incomingFromRow(row);
  }

  completeIncoming(completion: IncomingCompletion, now: number): void {
    this.atomic(() => {
      const event = this.getIncoming(completion.seq);
      if (event === null) throw new Error(`incoming event ${completion.seq} not found`);
      if (event.status !== "pending") throw new Error(`incoming event ${completion.seq} is ${event.status}, not pending`);
      const twin = completion.twin;
      if (twin !== undefined) {
        this.sql(
          `INSERT INTO twins (connection_id, local_issue_id, local_key, remote_issue_id, remote_key, local_replica, remote_replica, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (connection_id, local_issue_id) DO UPDATE SET
             local_key = excluded.local_key,
             remote_issue_id = excluded.remote_issue_id,
             remote_key = excluded.remote_key,
             local_replica = CASE WHEN ? THEN excluded.local_replica ELSE twins.local_replica END,
             remote_replica = CASE WHEN ? THEN excluded.remote_replica ELSE twins.remote_replica END,
             updated_at = excluded.updated_at`,
        ).run(
          event.connectionId,
          twin.localIssueId,
          twin.localKey,
          twin.remoteIssueId,
          twin.remoteKey,
          jsonText(twin.localReplica),
          jsonText(twin.remoteReplica),
          now,
          now,
          twin.localReplica === undefined ? 0 : 1,
          twin.remoteReplica === undefined ? 0 : 1,
        );
      }
      for (const mapping of completion.addMappings ?? []) {
        this.sql(
          `INSERT INTO item_mappings (connection_id, kind, local_id, remote_id, local_issue_id) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (connection_id, kind, local_id) DO UPDATE SET remote_id = excluded.remote_id, local_issue_id = excluded.local_issue_id`,
        ).run(mapping.connectionId, mapping.kind, mapping.localId, mapping.remoteId, mapping.localIssueId);
      }
      for (const removed of completion.removeMappings ?? []) {
        this.sql("DELETE FROM item_mappings WHERE connection_id = ? AND kind = ? AND local_id = ?").run(event.connectionId, removed.kind, removed.localId);
      }
      if (completion.enqueue !== undefined) this.enqueue(completion.enqueue, now);
      this.sql("UPDATE inbox SET status = 'applied', applied_at = ?, error_id = NULL WHERE seq = ?").run(now, completion.seq);
    });
  }

  blockIncoming(seq: number, error: NewSyncError, now: number): number {
    return this.atomic(() => {
      const event = this.getIncoming(seq);
      if (event === null) throw new Error(`incoming event ${seq} not found`);
      const errorId = this.insertError(event.connectionId, "incoming", seq, event.id, error, now);
      this.sql("UPDATE inbox SET status = 'blocked', error_id = ? WHERE seq = ?").run(errorId, seq);
      return errorId;
    });
  }

  private insertError(connectionId: string, direction: "outgoing" | "incoming", seq: number, eventId: string, error: NewSyncError, now: number): number {
    const info = this.sql(
      `INSERT INTO errors (connection_id, direction, event_seq, event_id, issue, phase, message, file, line, col, stack, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    ).run(connectionId, direction, seq, eventId, error.issue, error.phase, error.message, error.file, error.line, error.column, error.stack, now, now);
    return Number(info.lastInsertRowid);
  }

  listErrors(filter: { status?: string; connectionId?: string }): SyncErrorRecord[] {
    const rows = this.sql(
      `SELECT * FROM errors WHERE (? IS NULL OR status = ?) AND (? IS NULL OR connection_id = ?) ORDER BY id`,
    ).all(filter.status ?? null, filter.status ?? null, filter.connectionId ?? null, filter.connectionId ?? null) as Row[];
    return rows.map(errorFromRow);
  }

  getError(id: number): SyncErrorRecord | null {
    const row = this.sql("SELECT * FROM errors WHERE id = ?").get(id) as Row | undefined;
    return row === undefined ? null : errorFromRow(row);
  }

  /** Moves an open error's event back to its queue (`retry`) or drops it (`resolve`). */
  settleError(id: number, action: "retry" | "resolve", now: number): boolean {
    return this.atomic(() => {
      const error = this.getError(id);
      if (error === null || error.status !== "open") return false;
      const table = error.direction === "outgoing" ? "outbox" : "inbox";
      // A retried outgoing event is rebuilt by the outgoing rule; a retried incoming event is applied again.
      const eventStatus = action === "retry" ? "pending" : "resolved";
      this.sql(`UPDATE ${table} SET status = ? WHERE seq = ? AND status = 'blocked'`).run(eventStatus, error.eventSeq);
      this.sql("UPDATE errors SET status = ?, updated_at = ? WHERE id = ?").run(action === "retry" ? "retried" : "resolved", now, id);
      return true;
    });
  }
}
