/**
 * Records the sync store keeps: connections, twins, the outbox and inbox of
 * sync events, blocking errors and triggers. Every payload is plain JSON.
 */

export type ConnectionState = "pending" | "active" | "deactivated";

/** `remote` joins two instances; `local` joins two projects of one instance. */
export type ConnectionType = "remote" | "local";

/** The description of the node on the other side of a connection, as that node reported it. */
export interface PeerInfo {
  nodeId: string;
  nodeName: string;
  /** Base URL of the peer's sync endpoint, such as `http://127.0.0.1:7101`; empty for in-memory peers. */
  nodeUrl: string;
  instanceId: string;
  instanceName: string;
  trackerType: string;
  trackerVersion: string;
  trackerUrl: string;
  productVersion: string;
}

/** Paths of the two rules a connection runs on this side. */
export interface RulePaths {
  outgoing: string;
  incoming: string;
}

export interface ConnectionRecord {
  /** Shared by both sides: chosen by the initiator and carried in the invitation code. */
  id: string;
  name: string;
  type: ConnectionType;
  state: ConnectionState;
  role: "initiator" | "acceptor";
  /** The shared secret (32 random bytes) that message signing keys derive from. */
  secret: Buffer;
  peer: PeerInfo | null;
  /** The invitation this side issued (initiator) or accepted (acceptor). */
  invitationId: string | null;
  /** Epoch milliseconds after which an unaccepted invitation is no longer valid. */
  invitationExpiresAt: number | null;
  rules: RulePaths;
  createdAt: number;
  updatedAt: number;
}

/** The link between a local issue and its twin on the other side of one connection. */
export interface TwinRecord {
  connectionId: string;
  localIssueId: string;
  localKey: string | null;
  /** Null until the other side reports the twin it created or linked. */
  remoteIssueId: string | null;
  remoteKey: string | null;
  /** The replica this side queued last for the peer. */
  localReplica: unknown;
  /** The replica received last; the next incoming run gets it as `previous`. */
  remoteReplica: unknown;
  createdAt: number;
  updatedAt: number;
}

/** Comments, attachments and work logs that mirror an item on the other side. */
export type ItemKind = "comment" | "attachment" | "workLog";

export interface ItemMapping {
  connectionId: string;
  kind: ItemKind;
  localId: string;
  remoteId: string;
  localIssueId: string;
}

export type OutgoingKind = "replica" | "link";

/**
 * Outgoing event states: `pending` waits for the outgoing rule to build its
 * payload (a retried event), `queued` waits to be sent, `sent` was
 * acknowledged by the peer, `blocked` failed and waits for an admin, and
 * `resolved` was dropped by an admin.
 */
export type OutgoingStatus = "pending" | "queued" | "sent" | "blocked" | "resolved";

export interface OutgoingEvent {
  /** Position in this node's outbox; events leave in this order. */
  seq: number;
  id: string;
  connectionId: string;
  kind: OutgoingKind;
  localIssueId: string;
  localKey: string | null;
  /** The message body for the peer; null while the event is pending or blocked. */
  payload: unknown;
  status: OutgoingStatus;
  errorId: number | null;
  createdAt: number;
  sentAt: number | null;
}

/** `pending` waits to be applied, `applied` is done, `blocked` failed, `resolved` was dropped by an admin. */
export type IncomingStatus = "pending" | "applied" | "blocked" | "resolved";

export interface IncomingEvent {
  /** Position in this node's inbox; events of one twin are applied in this order. */
  seq: number;
  /** The id the sender gave the event; a second copy with the same id is dropped. */
  id: string;
  connectionId: string;
  kind: OutgoingKind;
  /** The sender's issue id; events are ordered and blocked per remote issue. */
  remoteIssueId: string;
  remoteKey: string | null;
  /** The sender's outbox position, kept for diagnostics. */
  remoteSeq: number;
  payload: unknown;
  status: IncomingStatus;
  errorId: number | null;
  receivedAt: number;
  /** When an apply of the event started; an event that is still pending or blocked may have written to the tracker. */
  attemptedAt: number | null;
  appliedAt: number | null;
}

export type ErrorPhase = "outgoing-rule" | "incoming-rule" | "compile" | "apply";
export type ErrorStatus = "open" | "retried" | "resolved";

/** A failure that blocks the events of one twin until an admin retries or resolves it. */
export interface SyncErrorRecord {
  id: number;
  connectionId: string;
  direction: "outgoing" | "incoming";
  eventSeq: number;
  eventId: string;
  /** The local issue's key when known, else the remote key or id. */
  issue: string;
  phase: ErrorPhase;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  /** Rule frames, one `at name (file:line:column)` per line; empty when there are none. */
  stack: string;
  status: ErrorStatus;
  createdAt: number;
  updatedAt: number;
}

export type NewSyncError = Omit<SyncErrorRecord, "id" | "connectionId" | "direction" | "eventSeq" | "eventId" | "status" | "createdAt" | "updatedAt">;

export interface TriggerRecord {
  id: number;
  connectionId: string;
  /** The kind of record the query selects, such as `issue`. */
  entityType: string;
  /** The query in the tracker's own search language (a JQL subset for the embedded tracker). */
  query: string;
  createdAt: number;
}
