/**
 * The tracker adapter: how a node reads and writes the instance it serves.
 * Issues cross this boundary as hub-issue JSON (dates as epoch
 * milliseconds), so an adapter for Jira, GitHub or Azure DevOps maps its
 * own REST shapes to the same records.
 */

/** A hub issue as plain JSON: `{id, key, summary, status: {name}, comments: [...], ...}`. */
export type HubIssueJson = Record<string, unknown>;

export interface TrackerInfo {
  /** Stable unique id of the instance. */
  instanceId: string;
  name: string;
  /** The kind of tracker, such as `embedded-jira` or `jira-cloud`. */
  type: string;
  version: string;
  url: string;
}

/** One entry of the tracker's change feed: an issue that changed, and who changed it. */
export interface TrackerChange {
  /** Opaque feed position; `changesSince(position)` returns the changes after it. */
  position: string;
  issueId: string;
  /** Key of the user who made the change; null when the tracker does not record it. */
  author: string | null;
  at: number;
}

export interface ChangeBatch {
  changes: TrackerChange[];
  /** The position to continue from; unchanged when there were no changes. */
  position: string | null;
}

/** A comment to create from a remote one; `ref` is the remote comment's id, echoed back in the result. */
export interface NewComment {
  ref: string | null;
  body: string;
  internal: boolean;
  /** The local user to write the comment as; null writes it as the proxy user. */
  executor: HubIssueJson | null;
  created: number | null;
}

export interface NewAttachment {
  ref: string | null;
  filename: string;
  mimetype: string | null;
  content: Buffer;
  created: number | null;
}

export interface NewWorkLog {
  ref: string | null;
  timeSpent: number;
  startDate: number | null;
  comment: string | null;
}

/**
 * The writes that apply one incoming sync event. Only fields the incoming
 * rule changed are present in `fields`. Adapters must make `apply`
 * idempotent by `key`: a second call with a key that was applied returns the
 * first result and writes nothing, so a node that crashed after writing can
 * apply the same event again without creating a second issue or comment.
 */
export interface ApplyRequest {
  key: string;
  /** The local issue to update; null creates one (project and type come from `fields`). */
  issueId: string | null;
  /** Changed top-level hub fields, with the new values. */
  fields: HubIssueJson;
  comments: { add: NewComment[]; update: { id: string; body: string; internal: boolean }[]; remove: string[] };
  attachments: { add: NewAttachment[]; remove: string[] };
  workLogs: { add: NewWorkLog[]; update: { id: string; timeSpent: number; startDate: number | null; comment: string | null }[]; remove: string[] };
}

export interface ApplyResult {
  issueId: string;
  issueKey: string;
  created: boolean;
  /** Created items, paired with the `ref` of the request item they came from. */
  comments: { id: string; ref: string | null }[];
  attachments: { id: string; ref: string | null }[];
  workLogs: { id: string; ref: string | null }[];
}

export interface AttachmentContent {
  id: string;
  issueId: string;
  filename: string;
  mimetype: string | null;
  /** Hex SHA-256 of the content. */
  hash: string;
  content: Buffer;
}

/** A write the tracker rejected because of its data (unknown status, missing project...); retrying the same write fails again. */
export class TrackerDataError extends Error {
  override readonly name = "TrackerDataError";
}

export interface TrackerAdapter {
  info(): Promise<TrackerInfo>;
  /** Key of the user the node writes as; the node ignores changes made by this user. */
  readonly proxyUser: string;
  changesSince(position: string | null, limit: number): Promise<ChangeBatch>;
  /** Returns the issue with this id, or null when it does not exist. */
  readIssue(id: string): Promise<HubIssueJson | null>;
  /** Finds an issue by id or key. */
  findIssue(idOrKey: string): Promise<HubIssueJson | null>;
  /** Runs a query in the tracker's own search language; returns matching issue ids in result order. */
  search(query: string, options?: { issueIds?: string[] }): Promise<string[]>;
  /**
   * Tells whether an issue, as `readIssue` returned it, matches a query, when
   * the adapter can decide that without a search; returns undefined otherwise.
   */
  matchesIssue?(query: string, issue: HubIssueJson): boolean | undefined;
  /** Checks a query without running it; throws with a message that points at the problem. */
  validateQuery(query: string): void;
  /** The empty record a new issue starts from (its custom fields with null values). */
  createForm(): Promise<HubIssueJson>;
  /** Returns the catalogue of the instance (users, statuses, ...) in the shape of a rule state's `instance`. */
  catalogue(): Promise<HubIssueJson>;
  apply(request: ApplyRequest): Promise<ApplyResult>;
  /** Returns the result of the `apply` with this key, or null when no such apply was committed. */
  appliedResult(key: string): Promise<ApplyResult | null>;
  readAttachment(id: string): Promise<AttachmentContent | null>;
  close(): Promise<void>;
}
