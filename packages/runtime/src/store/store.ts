/**
 * The sync store interface. A node keeps all of its durable state here:
 * connections, twins, the outbox and inbox, errors and triggers.
 *
 * Each method is one atomic unit of work, so the interface does not leak
 * transactions and a store for a server database (PostgreSQL for several
 * workers) can implement it with one transaction per call. Methods are
 * asynchronous for the same reason, although the SQLite store is not.
 */

import type {
  ConnectionRecord,
  ConnectionState,
  ErrorStatus,
  IncomingEvent,
  IncomingStatus,
  ItemKind,
  ItemMapping,
  NewSyncError,
  OutgoingEvent,
  OutgoingKind,
  OutgoingStatus,
  PeerInfo,
  RulePaths,
  SyncErrorRecord,
  TriggerRecord,
  TwinRecord,
} from "./types.ts";

export interface NewOutgoingEvent {
  id: string;
  connectionId: string;
  kind: OutgoingKind;
  localIssueId: string;
  localKey: string | null;
  /** Null for `pending` and `blocked` events. */
  payload: unknown;
  status: "pending" | "queued" | "blocked";
  /** Required for `blocked` events: why the event cannot be sent. */
  error?: NewSyncError;
}

/** Marks an issue as synced on a connection before the other side reports its twin. */
export interface NewTwin {
  connectionId: string;
  localIssueId: string;
  localKey: string | null;
}

export interface EnqueueRequest {
  events: NewOutgoingEvent[];
  /** Twins to create when missing; existing twins stay as they are. */
  twins?: NewTwin[];
  /** A change-feed position stored in the same transaction, so a change is captured exactly once. */
  cursor?: { name: string; value: string };
}

export interface ReceivedEvent {
  id: string;
  kind: OutgoingKind;
  remoteIssueId: string;
  remoteKey: string | null;
  remoteSeq: number;
  payload: unknown;
}

export type OutgoingBuild = { payload: unknown } | { error: NewSyncError } | { drop: string };

export interface TwinUpdate {
  localIssueId: string;
  localKey: string | null;
  remoteIssueId: string;
  remoteKey: string | null;
  /** Stored when given; undefined keeps the stored replica. */
  remoteReplica?: unknown;
  localReplica?: unknown;
}

/** Everything that changes when one incoming event has been applied, committed together. */
export interface IncomingCompletion {
  seq: number;
  twin?: TwinUpdate;
  addMappings?: ItemMapping[];
  removeMappings?: { kind: ItemKind; localId: string }[];
  enqueue?: EnqueueRequest;
}

export type InvitationOutcome = "activated" | "not-found" | "already-used" | "expired";

export interface ConnectionPatch {
  state?: ConnectionState;
  peer?: PeerInfo;
  rules?: RulePaths;
  name?: string;
}

export interface ErrorFilter {
  status?: ErrorStatus;
  connectionId?: string;
}

/** Queue counts and recent throughput of one connection. */
export interface ConnectionStats {
  connectionId: string;
  name: string;
  state: ConnectionState;
  twins: number;
  outgoing: Record<OutgoingStatus, number>;
  incoming: Record<IncomingStatus, number>;
  openErrors: number;
  /** Events acknowledged by the peer in the last minute. */
  sentLastMinute: number;
  /** Events applied in the last minute. */
  appliedLastMinute: number;
  lastSentAt: number | null;
  lastAppliedAt: number | null;
}

export interface SyncStore {
  close(): Promise<void>;

  getSetting(name: string): Promise<string | null>;
  setSetting(name: string, value: string): Promise<void>;
  /** Stores `value` unless the setting exists; returns the stored value, so concurrent callers agree on one. */
  initSetting(name: string, value: string): Promise<string>;

  createConnection(connection: ConnectionRecord): Promise<void>;
  /** Finds a connection by id or by name. */
  getConnection(idOrName: string): Promise<ConnectionRecord | null>;
  listConnections(): Promise<ConnectionRecord[]>;
  updateConnection(id: string, patch: ConnectionPatch, now: number): Promise<ConnectionRecord>;
  /** Activates a pending connection for the accepting peer, once per invitation (initiator side). */
  activateInvitation(connectionId: string, invitationId: string, peer: PeerInfo, now: number): Promise<InvitationOutcome>;
  /** Records an accepted invitation id; returns false when it was accepted before (acceptor side). */
  rememberInvitation(invitationId: string, now: number): Promise<boolean>;
  /** Records a message id; returns false when it was seen within the last `windowMs`. */
  rememberMessage(messageId: string, now: number, windowMs: number): Promise<boolean>;

  getTwinByLocal(connectionId: string, localIssueId: string): Promise<TwinRecord | null>;
  getTwinByRemote(connectionId: string, remoteIssueId: string): Promise<TwinRecord | null>;
  /** Every twin of a local issue, matched by id or key, across connections. */
  findTwins(localIssueIdOrKey: string): Promise<TwinRecord[]>;
  listTwins(connectionId: string): Promise<TwinRecord[]>;
  itemMappings(connectionId: string, localIssueId: string): Promise<ItemMapping[]>;
  /** Tells whether an attachment of a twinned issue may be served to this connection's peer. */
  isSharedIssue(connectionId: string, localIssueId: string): Promise<boolean>;

  /** Adds outgoing events (and twins, and a cursor) in one transaction; returns their outbox positions. */
  enqueue(request: EnqueueRequest, now: number): Promise<number[]>;
  /** Queued events of a connection in outbox order, stopping at each issue's first blocked or pending event. */
  nextOutgoing(connectionId: string, limit: number): Promise<OutgoingEvent[]>;
  /** Tells whether an issue has an outgoing event on the connection that is blocked or waiting to be rebuilt. */
  isIssueBlocked(connectionId: string, localIssueId: string): Promise<boolean>;
  /** Pending events (retried after an error) that need their payload built again. */
  pendingOutgoing(limit: number): Promise<OutgoingEvent[]>;
  /** Stores the payload of a pending event (it becomes queued), blocks it with an error, or drops it (`resolved`). */
  buildOutgoing(seq: number, result: OutgoingBuild, now: number): Promise<void>;
  markSent(seqs: number[], now: number): Promise<void>;
  getOutgoing(seq: number): Promise<OutgoingEvent | null>;
  /** The last replica event sent or queued for an issue on a connection. */
  lastReplicaSent(connectionId: string, localIssueId: string): Promise<OutgoingEvent | null>;

  /** Stores received events, dropping those whose id is already in the inbox. */
  receive(connectionId: string, events: ReceivedEvent[], now: number): Promise<{ accepted: string[]; duplicates: string[] }>;
  /** Pending events of active connections in inbox order, skipping remote issues that have a blocked event. */
  nextIncoming(limit: number): Promise<IncomingEvent[]>;
  completeIncoming(completion: IncomingCompletion, now: number): Promise<void>;
  blockIncoming(seq: number, error: NewSyncError, now: number): Promise<number>;
  /** Records that applying these events starts now, before their tracker writes. */
  markAttempted(seqs: number[], now: number): Promise<void>;
  /** Pending or blocked events whose apply was started, so their tracker write may have happened without the store commit. */
  unfinishedIncoming(): Promise<IncomingEvent[]>;
  getIncoming(seq: number): Promise<IncomingEvent | null>;

  listErrors(filter?: ErrorFilter): Promise<SyncErrorRecord[]>;
  getError(id: number): Promise<SyncErrorRecord | null>;
  /** Puts the blocked event back in its queue; returns false when the error is not open. */
  retryError(id: number, now: number): Promise<boolean>;
  /** Drops the blocked event so the twin's later events proceed; returns false when the error is not open. */
  resolveError(id: number, now: number): Promise<boolean>;

  addTrigger(connectionId: string, entityType: string, query: string, now: number): Promise<TriggerRecord>;
  listTriggers(connectionId?: string): Promise<TriggerRecord[]>;
  removeTrigger(id: number): Promise<boolean>;

  stats(now: number): Promise<ConnectionStats[]>;
}
