/**
 * The tracker adapter for the embedded tracker. Incoming writes run in one
 * SQLite transaction together with the record of their idempotency key, so
 * an event applied twice (after a crash) writes once.
 */

import {
  TrackerDataError,
  type ApplyRequest,
  type ApplyResult,
  type AttachmentContent,
  type ChangeBatch,
  type HubIssueJson,
  type TrackerAdapter,
  type TrackerInfo,
} from "./adapter.ts";
import { ITEM_FIELDS, READ_ONLY_FIELDS, userKey, writeHubField } from "./embedded-fields.ts";
import { newIssueFields, projectKeyOf } from "./embedded-edits.ts";
import type { EmbeddedTracker } from "./embedded-tracker.ts";
import { PROXY_USER } from "./flavors.ts";
import { checkJqlFields, matchesJql, parseJql, sortByJql, type JqlQuery } from "./jql.ts";
import { setOwn } from "./json-util.ts";

/** How long catalogue lookups are cached before users and fields are read again, in milliseconds. */
const CATALOGUE_TTL_MS = 5_000;

function isEmptyRequest(request: ApplyRequest): boolean {
  const lists = [request.comments.add, request.comments.update, request.comments.remove, request.attachments.add, request.attachments.remove, request.workLogs.add, request.workLogs.update, request.workLogs.remove];
  return Object.keys(request.fields).length === 0 && lists.every((list) => list.length === 0);
}

export class EmbeddedAdapter implements TrackerAdapter {
  readonly proxyUser: string;
  private readonly queries = new Map<string, JqlQuery>();
  private catalogueCache: { value: HubIssueJson; at: number } | null = null;

  constructor(
    readonly tracker: EmbeddedTracker,
    options: { proxyUser?: string } = {},
  ) {
    this.proxyUser = options.proxyUser ?? PROXY_USER.key;
    if (tracker.userByKey(this.proxyUser) === null) {
      throw new Error(`proxy user "${this.proxyUser}" does not exist in tracker ${tracker.trackerName}; add the user or choose another one`);
    }
  }

  async info(): Promise<TrackerInfo> {
    return this.tracker.info();
  }

  async changesSince(position: string | null, limit: number): Promise<ChangeBatch> {
    const after = position === null ? 0 : Number(position);
    const changes = this.tracker.changesSince(after, limit);
    return { changes, position: changes.length === 0 ? position : changes[changes.length - 1]!.position };
  }

  async readIssue(id: string): Promise<HubIssueJson | null> {
    return this.tracker.readIssue(id);
  }

  async findIssue(idOrKey: string): Promise<HubIssueJson | null> {
    return this.tracker.readIssue(idOrKey);
  }

  private parsed(query: string): JqlQuery {
    let parsed = this.queries.get(query);
    if (parsed === undefined) {
      parsed = parseJql(query);
      checkJqlFields(parsed, this.tracker.customFields().map((field) => field.name));
      this.queries.set(query, parsed);
    }
    return parsed;
  }

  matchesIssue(query: string, issue: HubIssueJson): boolean {
    return matchesJql(this.parsed(query), issue, Date.now());
  }

  validateQuery(query: string): void {
    this.parsed(query);
  }

  async search(query: string, options: { issueIds?: string[] } = {}): Promise<string[]> {
    const parsed = this.parsed(query);
    const now = Date.now();
    const issues: HubIssueJson[] = [];
    for (const id of options.issueIds ?? this.tracker.listIssueIds()) {
      const issue = this.tracker.readIssue(id);
      if (issue !== null && matchesJql(parsed, issue, now)) issues.push(issue);
    }
    return sortByJql(issues, parsed.orderBy).map((issue) => String(issue.id));
  }

  async createForm(): Promise<HubIssueJson> {
    const customFields: HubIssueJson = {};
    for (const field of this.tracker.customFields()) setOwn(customFields, field.name, { value: null, type: field.type });
    return { customFields };
  }

  async catalogue(): Promise<HubIssueJson> {
    const now = Date.now();
    if (this.catalogueCache !== null && now - this.catalogueCache.at < CATALOGUE_TTL_MS) return this.catalogueCache.value;
    this.tracker.refreshCaches();
    const t = this.tracker;
    const options: HubIssueJson = {};
    for (const field of t.customFields()) {
      if (field.type === "option") setOwn(options, field.name, field.options);
    }
    const value: HubIssueJson = {
      users: t.listUsers().map((u) => ({ key: u.key, username: u.username, email: u.email, displayName: u.displayName, active: u.active })),
      priorities: t.catalogueEntries("priority"),
      issueTypes: t.catalogueEntries("issueType"),
      statuses: t.catalogueEntries("status"),
      resolutions: t.catalogueEntries("resolution"),
      projects: t.listProjects(),
      options,
    };
    this.catalogueCache = { value, at: now };
    return value;
  }

  async apply(request: ApplyRequest): Promise<ApplyResult> {
    const t = this.tracker;
    return t.transaction(() => {
      const previous = t.appliedWrite(request.key);
      if (previous !== null) return previous as ApplyResult;
      const now = Date.now();
      const target = request.issueId === null ? this.createTarget(request, now) : this.updateTarget(request, now);
      const result: ApplyResult = { issueId: target.id, issueKey: target.key, created: request.issueId === null, comments: [], attachments: [], workLogs: [] };
      this.applyComments(request, target.id, result, now);
      this.applyAttachments(request, target.id, result, now);
      this.applyWorkLogs(request, target.id, result, now);
      if (result.created || !isEmptyRequest(request)) {
        t.touch(target.id, now);
        t.recordChange(target.id, this.proxyUser, result.created ? "create" : "update", now);
      }
      t.recordWrite(request.key, result, now);
      return result;
    });
  }

  async appliedResult(key: string): Promise<ApplyResult | null> {
    return this.tracker.appliedWrite(key) as ApplyResult | null;
  }

  private createTarget(request: ApplyRequest, now: number): { id: string; key: string } {
    const stored = newIssueFields(this.tracker, request.fields, true);
    return this.tracker.insertIssue(projectKeyOf(this.tracker, request.fields), stored, this.proxyUser, now);
  }

  private updateTarget(request: ApplyRequest, now: number): { id: string; key: string } {
    const row = this.tracker.issueRow(request.issueId!);
    if (row === null) throw new TrackerDataError(`issue ${request.issueId} not found in tracker ${this.tracker.trackerName}; it may have been deleted`);
    for (const name of Object.keys(request.fields)) {
      if (READ_ONLY_FIELDS.has(name) || ITEM_FIELDS.has(name)) continue;
      writeHubField(this.tracker, row.fields, name, request.fields[name]);
    }
    this.tracker.saveFields(row.id, row.fields, now);
    return { id: row.id, key: row.key };
  }

  private checkOwner(kind: string, ownerIssueId: string | null, id: string, issueId: string): void {
    if (ownerIssueId !== issueId) throw new TrackerDataError(`${kind} ${id} does not belong to issue ${issueId}`);
  }

  private applyComments(request: ApplyRequest, issueId: string, result: ApplyResult, now: number): void {
    const t = this.tracker;
    for (const comment of request.comments.add) {
      const author = comment.executor === null ? this.proxyUser : userKey(t, "comment executor", comment.executor)!;
      result.comments.push({ id: t.insertComment(issueId, comment.body, author, comment.internal, now), ref: comment.ref });
    }
    for (const update of request.comments.update) {
      this.checkOwner("comment", t.commentIssue(update.id), update.id, issueId);
      t.sql("UPDATE comments SET body = ?, internal = ?, updated = ? WHERE id = ?").run(update.body, update.internal ? 1 : 0, now, update.id);
    }
    for (const id of request.comments.remove) {
      this.checkOwner("comment", t.commentIssue(id), id, issueId);
      t.sql("DELETE FROM comments WHERE id = ?").run(id);
    }
  }

  private applyAttachments(request: ApplyRequest, issueId: string, result: ApplyResult, now: number): void {
    const t = this.tracker;
    for (const file of request.attachments.add) {
      result.attachments.push({ id: t.insertAttachment(issueId, file.filename, file.mimetype, file.content, this.proxyUser, now), ref: file.ref });
    }
    for (const id of request.attachments.remove) {
      this.checkOwner("attachment", t.attachmentRow(id)?.issueId ?? null, id, issueId);
      t.sql("DELETE FROM attachments WHERE id = ?").run(id);
    }
  }

  private applyWorkLogs(request: ApplyRequest, issueId: string, result: ApplyResult, now: number): void {
    const { add, update, remove } = request.workLogs;
    if (add.length === 0 && update.length === 0 && remove.length === 0) return;
    const row = this.tracker.issueRow(issueId)!;
    const logs = row.fields.workLogs.filter((log) => !remove.includes(log.id));
    for (const change of update) {
      const log = logs.find((l) => l.id === change.id);
      if (log === undefined) throw new TrackerDataError(`work log ${change.id} does not belong to issue ${issueId}`);
      Object.assign(log, { timeSpent: change.timeSpent, startDate: change.startDate, comment: change.comment });
    }
    for (const entry of add) {
      const id = this.tracker.nextWorkLogId();
      logs.push({ id, author: this.proxyUser, startDate: entry.startDate ?? now, timeSpent: entry.timeSpent, comment: entry.comment });
      result.workLogs.push({ id, ref: entry.ref });
    }
    row.fields.workLogs = logs;
    this.tracker.saveFields(issueId, row.fields, now);
  }

  async readAttachment(id: string): Promise<AttachmentContent | null> {
    return this.tracker.attachmentRow(id);
  }

  async close(): Promise<void> {
    this.tracker.close();
  }
}
