/**
 * The SQLite implementation of {@link SyncStore}, on better-sqlite3.
 * Several processes may open the same file (a running node and admin
 * commands); SQLite's locking serializes their writes.
 */

import { migrate, openDatabase, type Durability, type SqliteDatabase } from "./sqlite.ts";
import { STORE_MIGRATIONS } from "./sqlite-schema.ts";
import { SqliteQueues } from "./sqlite-queues.ts";
import { connectionFromRow, jsonText, mappingFromRow, triggerFromRow, twinFromRow, type Row } from "./sqlite-rows.ts";
import type {
  ConnectionPatch,
  ConnectionStats,
  EnqueueRequest,
  ErrorFilter,
  IncomingCompletion,
  InvitationOutcome,
  OutgoingBuild,
  ReceivedEvent,
  SyncStore,
} from "./store.ts";
import type {
  ConnectionRecord,
  IncomingEvent,
  IncomingStatus,
  ItemMapping,
  NewSyncError,
  OutgoingEvent,
  OutgoingStatus,
  PeerInfo,
  SyncErrorRecord,
  TriggerRecord,
  TwinRecord,
} from "./types.ts";

export interface SqliteStoreOptions {
  durability?: Durability;
}

export class SqliteStore implements SyncStore {
  readonly db: SqliteDatabase;
  private readonly queues: SqliteQueues;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.db = openDatabase(path, { durability: options.durability });
    migrate(this.db, STORE_MIGRATIONS);
    this.queues = new SqliteQueues(this.db);
  }

  private sql(text: string) {
    return this.queues.sql(text);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async getSetting(name: string): Promise<string | null> {
    const row = this.sql("SELECT value FROM settings WHERE name = ?").get(name) as Row | undefined;
    return row === undefined ? null : String(row.value);
  }

  async setSetting(name: string, value: string): Promise<void> {
    this.sql("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value").run(name, value);
  }

  async initSetting(name: string, value: string): Promise<string> {
    this.sql("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING").run(name, value);
    return String((this.sql("SELECT value FROM settings WHERE name = ?").get(name) as Row).value);
  }

  async createConnection(c: ConnectionRecord): Promise<void> {
    this.sql(
      `INSERT INTO connections (id, name, type, state, role, secret, peer, invitation_id, invitation_expires_at, rules, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.id, c.name, c.type, c.state, c.role, c.secret, jsonText(c.peer), c.invitationId, c.invitationExpiresAt, JSON.stringify(c.rules), c.createdAt, c.updatedAt);
  }

  async getConnection(idOrName: string): Promise<ConnectionRecord | null> {
    const row = this.sql("SELECT * FROM connections WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1").get(idOrName, idOrName, idOrName) as
      | Row
      | undefined;
    return row === undefined ? null : connectionFromRow(row);
  }

  async listConnections(): Promise<ConnectionRecord[]> {
    return (this.sql("SELECT * FROM connections ORDER BY created_at, name").all() as Row[]).map(connectionFromRow);
  }

  async updateConnection(id: string, patch: ConnectionPatch, now: number): Promise<ConnectionRecord> {
    return this.queues.atomic(() => {
      const row = this.sql("SELECT * FROM connections WHERE id = ?").get(id) as Row | undefined;
      if (row === undefined) throw new Error(`connection ${id} not found`);
      const current = connectionFromRow(row);
      const next: ConnectionRecord = {
        ...current,
        state: patch.state ?? current.state,
        peer: patch.peer ?? current.peer,
        rules: patch.rules ?? current.rules,
        name: patch.name ?? current.name,
        updatedAt: now,
      };
      this.sql("UPDATE connections SET state = ?, peer = ?, rules = ?, name = ?, updated_at = ? WHERE id = ?").run(
        next.state,
        jsonText(next.peer),
        JSON.stringify(next.rules),
        next.name,
        now,
        id,
      );
      return next;
    });
  }

  async activateInvitation(connectionId: string, invitationId: string, peer: PeerInfo, now: number): Promise<InvitationOutcome> {
    return this.queues.atomic(() => {
      const row = this.sql("SELECT * FROM connections WHERE id = ? AND invitation_id = ? AND role = 'initiator'").get(connectionId, invitationId) as
        | Row
        | undefined;
      if (row === undefined) return "not-found";
      if (row.invitation_used_at !== null || row.state !== "pending") return "already-used";
      if (row.invitation_expires_at !== null && Number(row.invitation_expires_at) < now) return "expired";
      this.sql("UPDATE connections SET state = 'active', peer = ?, invitation_used_at = ?, updated_at = ? WHERE id = ?").run(
        JSON.stringify(peer),
        now,
        now,
        connectionId,
      );
      return "activated";
    });
  }

  async rememberInvitation(invitationId: string, now: number): Promise<boolean> {
    const info = this.sql("INSERT INTO used_invitations (id, used_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING").run(invitationId, now);
    return info.changes === 1;
  }

  async rememberMessage(messageId: string, now: number, windowMs: number): Promise<boolean> {
    return this.queues.atomic(() => {
      this.sql("DELETE FROM seen_messages WHERE seen_at < ?").run(now - windowMs);
      const info = this.sql("INSERT INTO seen_messages (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING").run(messageId, now);
      return info.changes === 1;
    });
  }

  async getTwinByLocal(connectionId: string, localIssueId: string): Promise<TwinRecord | null> {
    const row = this.sql("SELECT * FROM twins WHERE connection_id = ? AND local_issue_id = ?").get(connectionId, localIssueId) as Row | undefined;
    return row === undefined ? null : twinFromRow(row);
  }

  async getTwinByRemote(connectionId: string, remoteIssueId: string): Promise<TwinRecord | null> {
    const row = this.sql("SELECT * FROM twins WHERE connection_id = ? AND remote_issue_id = ?").get(connectionId, remoteIssueId) as Row | undefined;
    return row === undefined ? null : twinFromRow(row);
  }

  async findTwins(localIssueIdOrKey: string): Promise<TwinRecord[]> {
    const rows = this.sql("SELECT * FROM twins WHERE local_issue_id = ? OR local_key = ? ORDER BY created_at").all(localIssueIdOrKey, localIssueIdOrKey) as Row[];
    return rows.map(twinFromRow);
  }

  async listTwins(connectionId: string): Promise<TwinRecord[]> {
    return (this.sql("SELECT * FROM twins WHERE connection_id = ? ORDER BY created_at").all(connectionId) as Row[]).map(twinFromRow);
  }

  async itemMappings(connectionId: string, localIssueId: string): Promise<ItemMapping[]> {
    const rows = this.sql("SELECT * FROM item_mappings WHERE connection_id = ? AND local_issue_id = ?").all(connectionId, localIssueId) as Row[];
    return rows.map(mappingFromRow);
  }

  async isSharedIssue(connectionId: string, localIssueId: string): Promise<boolean> {
    return this.sql("SELECT 1 FROM twins WHERE connection_id = ? AND local_issue_id = ?").get(connectionId, localIssueId) !== undefined;
  }

  async enqueue(request: EnqueueRequest, now: number): Promise<number[]> {
    return this.queues.enqueue(request, now);
  }

  async nextOutgoing(connectionId: string, limit: number): Promise<OutgoingEvent[]> {
    return this.queues.nextOutgoing(connectionId, limit);
  }

  async isIssueBlocked(connectionId: string, localIssueId: string): Promise<boolean> {
    const row = this.sql("SELECT 1 FROM outbox WHERE connection_id = ? AND local_issue_id = ? AND status IN ('blocked', 'pending') LIMIT 1").get(connectionId, localIssueId);
    return row !== undefined;
  }

  async pendingOutgoing(limit: number): Promise<OutgoingEvent[]> {
    return this.queues.pendingOutgoing(limit);
  }

  async buildOutgoing(seq: number, result: OutgoingBuild, now: number): Promise<void> {
    this.queues.buildOutgoing(seq, result, now);
  }

  async markSent(seqs: number[], now: number): Promise<void> {
    this.queues.markSent(seqs, now);
  }

  async getOutgoing(seq: number): Promise<OutgoingEvent | null> {
    return this.queues.getOutgoing(seq);
  }

  async lastReplicaSent(connectionId: string, localIssueId: string): Promise<OutgoingEvent | null> {
    return this.queues.lastReplicaSent(connectionId, localIssueId);
  }

  async receive(connectionId: string, events: ReceivedEvent[], now: number): Promise<{ accepted: string[]; duplicates: string[] }> {
    return this.queues.receive(connectionId, events, now);
  }

  async nextIncoming(limit: number): Promise<IncomingEvent[]> {
    return this.queues.nextIncoming(limit);
  }

  async completeIncoming(completion: IncomingCompletion, now: number): Promise<void> {
    this.queues.completeIncoming(completion, now);
  }

  async blockIncoming(seq: number, error: NewSyncError, now: number): Promise<number> {
    return this.queues.blockIncoming(seq, error, now);
  }

  async markAttempted(seqs: number[], now: number): Promise<void> {
    this.queues.markAttempted(seqs, now);
  }

  async unfinishedIncoming(): Promise<IncomingEvent[]> {
    return this.queues.unfinishedIncoming();
  }

  async getIncoming(seq: number): Promise<IncomingEvent | null> {
    return this.queues.getIncoming(seq);
  }

  async listErrors(filter: ErrorFilter = {}): Promise<SyncErrorRecord[]> {
    return this.queues.listErrors(filter);
  }

  async getError(id: number): Promise<SyncErrorRecord | null> {
    return this.queues.getError(id);
  }

  async retryError(id: number, now: number): Promise<boolean> {
    return this.queues.settleError(id, "retry", now);
  }

  async resolveError(id: number, now: number): Promise<boolean> {
    return this.queues.settleError(id, "resolve", now);
  }

  async addTrigger(connectionId: string, entityType: string, query: string, now: number): Promise<TriggerRecord> {
    const info = this.sql("INSERT INTO triggers (connection_id, entity_type, query, created_at) VALUES (?, ?, ?, ?)").run(connectionId, entityType, query, now);
    return { id: Number(info.lastInsertRowid), connectionId, entityType, query, createdAt: now };
  }

  async listTriggers(connectionId?: string): Promise<TriggerRecord[]> {
    const rows = this.sql("SELECT * FROM triggers WHERE ? IS NULL OR connection_id = ? ORDER BY id").all(connectionId ?? null, connectionId ?? null) as Row[];
    return rows.map(triggerFromRow);
  }

  async removeTrigger(id: number): Promise<boolean> {
    return this.sql("DELETE FROM triggers WHERE id = ?").run(id).changes === 1;
  }

  async stats(now: number): Promise<ConnectionStats[]> {
    const since = now - 60_000;
    const result: ConnectionStats[] = [];
    for (const connection of await this.listConnections()) {
      const outgoing: Record<OutgoingStatus, number> = { pending: 0, queued: 0, sent: 0, blocked: 0, resolved: 0 };
      for (const row of this.sql("SELECT status, count(*) AS n FROM outbox WHERE connection_id = ? GROUP BY status").all(connection.id) as Row[]) {
        outgoing[row.status as OutgoingStatus] = Number(row.n);
      }
      const incoming: Record<IncomingStatus, number> = { pending: 0, applied: 0, blocked: 0, resolved: 0 };
      for (const row of this.sql("SELECT status, count(*) AS n FROM inbox WHERE connection_id = ? GROUP BY status").all(connection.id) as Row[]) {
        incoming[row.status as IncomingStatus] = Number(row.n);
      }
      const count = (text: string, ...params: unknown[]): Row => this.sql(text).get(...params) as Row;
      const sent = count("SELECT count(*) AS n FROM outbox WHERE connection_id = ? AND sent_at >= ?", connection.id, since);
      const applied = count("SELECT count(*) AS n FROM inbox WHERE connection_id = ? AND applied_at >= ?", connection.id, since);
      const lastSent = count("SELECT max(sent_at) AS last FROM outbox WHERE connection_id = ?", connection.id);
      const lastApplied = count("SELECT max(applied_at) AS last FROM inbox WHERE connection_id = ?", connection.id);
      result.push({
        connectionId: connection.id,
        name: connection.name,
        state: connection.state,
        twins: Number(count("SELECT count(*) AS n FROM twins WHERE connection_id = ?", connection.id).n),
        outgoing,
        incoming,
        openErrors: Number(count("SELECT count(*) AS n FROM errors WHERE connection_id = ? AND status = 'open'", connection.id).n),
        sentLastMinute: Number(sent.n),
        appliedLastMinute: Number(applied.n),
        lastSentAt: lastSent.last === null ? null : Number(lastSent.last),
        lastAppliedAt: lastApplied.last === null ? null : Number(lastApplied.last),
      });
    }
    return result;
  }
}
