/** Conversions between SQLite rows and store records. */

import type {
  ConnectionRecord,
  ConnectionState,
  ConnectionType,
  ErrorPhase,
  ErrorStatus,
  IncomingEvent,
  IncomingStatus,
  ItemKind,
  ItemMapping,
  OutgoingEvent,
  OutgoingKind,
  OutgoingStatus,
  SyncErrorRecord,
  TriggerRecord,
  TwinRecord,
} from "./types.ts";

export type Row = Record<string, unknown>;

/** Serializes a JSON payload; undefined and null are stored as SQL NULL. */
export function jsonText(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function parseJson(text: unknown): unknown {
  return typeof text === "string" ? JSON.parse(text) : null;
}

const str = (value: unknown): string => String(value);
const strOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function connectionFromRow(row: Row): ConnectionRecord {
  return {
    id: str(row.id),
    name: str(row.name),
    type: row.type as ConnectionType,
    state: row.state as ConnectionState,
    role: row.role as ConnectionRecord["role"],
    secret: Buffer.from(row.secret as Uint8Array),
    peer: parseJson(row.peer) as ConnectionRecord["peer"],
    invitationId: strOrNull(row.invitation_id),
    invitationExpiresAt: numOrNull(row.invitation_expires_at),
    rules: parseJson(row.rules) as ConnectionRecord["rules"],
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export function twinFromRow(row: Row): TwinRecord {
  return {
    connectionId: str(row.connection_id),
    localIssueId: str(row.local_issue_id),
    localKey: strOrNull(row.local_key),
    remoteIssueId: strOrNull(row.remote_issue_id),
    remoteKey: strOrNull(row.remote_key),
    localReplica: parseJson(row.local_replica),
    remoteReplica: parseJson(row.remote_replica),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export function mappingFromRow(row: Row): ItemMapping {
  return {
    connectionId: str(row.connection_id),
    kind: row.kind as ItemKind,
    localId: str(row.local_id),
    remoteId: str(row.remote_id),
    localIssueId: str(row.local_issue_id),
  };
}

export function outgoingFromRow(row: Row): OutgoingEvent {
  return {
    seq: Number(row.seq),
    id: str(row.id),
    connectionId: str(row.connection_id),
    kind: row.kind as OutgoingKind,
    localIssueId: str(row.local_issue_id),
    localKey: strOrNull(row.local_key),
    payload: parseJson(row.payload),
    status: row.status as OutgoingStatus,
    errorId: numOrNull(row.error_id),
    createdAt: Number(row.created_at),
    sentAt: numOrNull(row.sent_at),
  };
}

export function incomingFromRow(row: Row): IncomingEvent {
  return {
    seq: Number(row.seq),
    id: str(row.id),
    connectionId: str(row.connection_id),
    kind: row.kind as OutgoingKind,
    remoteIssueId: str(row.remote_issue_id),
    remoteKey: strOrNull(row.remote_key),
    remoteSeq: Number(row.remote_seq),
    payload: parseJson(row.payload),
    status: row.status as IncomingStatus,
    errorId: numOrNull(row.error_id),
    receivedAt: Number(row.received_at),
    attemptedAt: numOrNull(row.attempted_at),
    appliedAt: numOrNull(row.applied_at),
  };
}

export function errorFromRow(row: Row): SyncErrorRecord {
  return {
    id: Number(row.id),
    connectionId: str(row.connection_id),
    direction: row.direction as SyncErrorRecord["direction"],
    eventSeq: Number(row.event_seq),
    eventId: str(row.event_id),
    issue: str(row.issue),
    phase: row.phase as ErrorPhase,
    message: str(row.message),
    file: strOrNull(row.file),
    line: numOrNull(row.line),
    column: numOrNull(row.col),
    stack: str(row.stack),
    status: row.status as ErrorStatus,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export function triggerFromRow(row: Row): TriggerRecord {
  return {
    id: Number(row.id),
    connectionId: str(row.connection_id),
    entityType: str(row.entity_type),
    query: str(row.query),
    createdAt: Number(row.created_at),
  };
}
