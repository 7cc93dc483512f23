/**
 * Writes to the embedded tracker: creating and updating issues, comments and
 * attachments. Each function runs in one transaction and records a
 * change-feed entry with the acting user. A node uses that user to separate
 * its own writes (made as the proxy user) from everyone else's.
 */

import { TrackerDataError, type HubIssueJson } from "./adapter.ts";
import { emptyFields, ITEM_FIELDS, READ_ONLY_FIELDS, writeHubField, type StoredFields } from "./embedded-fields.ts";
import type { EmbeddedTracker } from "./embedded-tracker.ts";
import { getOwn, textField } from "./json-util.ts";

export interface EditOptions {
  /** Key, username or email of the acting user. */
  actor: string;
  now?: number;
}

function actorKey(tracker: EmbeddedTracker, actor: string): string {
  const user = tracker.findUser(actor);
  if (user === null) throw new TrackerDataError(`user "${actor}" does not exist in tracker ${tracker.trackerName}`);
  return user.key;
}

/** Returns the project key a new issue goes to: `project.key`, `projectKey`, or the only project. */
export function projectKeyOf(tracker: EmbeddedTracker, fields: HubIssueJson): string {
  const key = textField(getOwn(fields, "project"), "key") ?? textField(fields, "projectKey");
  if (key !== null) return key;
  const projects = tracker.listProjects();
  if (projects.length === 1) return projects[0]!.key;
  throw new TrackerDataError("no project given for the new issue; set issue.projectKey (inside if (firstSync) in an incoming rule)");
}

/**
 * Builds the stored fields of a new issue from hub fields. Missing status,
 * type and priority take the tracker's first entry, as a new issue in a real
 * tracker starts in its workflow's first status.
 */
export function newIssueFields(tracker: EmbeddedTracker, fields: HubIssueJson, requireType: boolean): StoredFields {
  const stored = emptyFields();
  for (const name of Object.keys(fields)) {
    if (READ_ONLY_FIELDS.has(name) || ITEM_FIELDS.has(name)) continue;
    writeHubField(tracker, stored, name, fields[name]);
  }
  const typeName = textField(fields, "typeName");
  if (typeName !== null) writeHubField(tracker, stored, "type", { name: typeName });
  if (stored.type === null) {
    if (requireType) throw new TrackerDataError("no issue type given for the new issue; set issue.typeName (inside if (firstSync) in an incoming rule)");
    stored.type = tracker.catalogueEntries("issueType")[0]?.name ?? null;
  }
  stored.status ??= tracker.catalogueEntries("status")[0]?.name ?? null;
  if (stored.summary === null || stored.summary.trim() === "") {
    throw new TrackerDataError("summary is missing: a new issue needs issue.summary");
  }
  return stored;
}

/** Creates an issue from hub fields and returns it as hub JSON. */
export function createIssue(tracker: EmbeddedTracker, fields: HubIssueJson, options: EditOptions): HubIssueJson {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  const id = tracker.transaction(() => {
    const stored = newIssueFields(tracker, fields, false);
    stored.reporter ??= author;
    const created = tracker.insertIssue(projectKeyOf(tracker, fields), stored, author, now);
    tracker.recordChange(created.id, author, "create", now);
    return created.id;
  });
  return tracker.readIssue(id)!;
}

function requireIssue(tracker: EmbeddedTracker, idOrKey: string) {
  const row = tracker.issueRow(idOrKey);
  if (row === null) throw new TrackerDataError(`issue "${idOrKey}" not found in tracker ${tracker.trackerName}`);
  return row;
}

/** Changes hub fields of an issue; read-only fields such as `key` are rejected. */
export function updateIssue(tracker: EmbeddedTracker, idOrKey: string, changes: HubIssueJson, options: EditOptions): HubIssueJson {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  const id = tracker.transaction(() => {
    const row = requireIssue(tracker, idOrKey);
    for (const name of Object.keys(changes)) {
      if (READ_ONLY_FIELDS.has(name) || ITEM_FIELDS.has(name)) {
        throw new TrackerDataError(`field "${name}" cannot be changed with an update; use the comment and attachment commands for items`);
      }
      writeHubField(tracker, row.fields, name, changes[name]);
    }
    tracker.saveFields(row.id, row.fields, now);
    tracker.recordChange(row.id, author, "update", now);
    return row.id;
  });
  return tracker.readIssue(id)!;
}

export function addComment(tracker: EmbeddedTracker, idOrKey: string, body: string, options: EditOptions & { internal?: boolean }): string {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  return tracker.transaction(() => {
    const row = requireIssue(tracker, idOrKey);
    const id = tracker.insertComment(row.id, body, author, options.internal ?? false, now);
    tracker.touch(row.id, now);
    tracker.recordChange(row.id, author, "comment", now);
    return id;
  });
}

export function editComment(tracker: EmbeddedTracker, commentId: string, body: string, options: EditOptions): void {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  tracker.transaction(() => {
    const issueId = tracker.commentIssue(commentId);
    if (issueId === null) throw new TrackerDataError(`comment ${commentId} not found in tracker ${tracker.trackerName}`);
    tracker.sql("UPDATE comments SET body = ?, updated = ? WHERE id = ?").run(body, now, commentId);
    tracker.touch(issueId, now);
    tracker.recordChange(issueId, author, "comment", now);
  });
}

export function deleteComment(tracker: EmbeddedTracker, commentId: string, options: EditOptions): void {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  tracker.transaction(() => {
    const issueId = tracker.commentIssue(commentId);
    if (issueId === null) throw new TrackerDataError(`comment ${commentId} not found in tracker ${tracker.trackerName}`);
    tracker.sql("DELETE FROM comments WHERE id = ?").run(commentId);
    tracker.touch(issueId, now);
    tracker.recordChange(issueId, author, "comment", now);
  });
}

export function attachFile(
  tracker: EmbeddedTracker,
  idOrKey: string,
  file: { filename: string; mimetype: string | null; content: Buffer },
  options: EditOptions,
): string {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  return tracker.transaction(() => {
    const row = requireIssue(tracker, idOrKey);
    const id = tracker.insertAttachment(row.id, file.filename, file.mimetype, file.content, author, now);
    tracker.touch(row.id, now);
    tracker.recordChange(row.id, author, "attachment", now);
    return id;
  });
}

export function removeAttachment(tracker: EmbeddedTracker, attachmentId: string, options: EditOptions): void {
  const now = options.now ?? Date.now();
  const author = actorKey(tracker, options.actor);
  tracker.transaction(() => {
    const attachment = tracker.attachmentRow(attachmentId);
    if (attachment === null) throw new TrackerDataError(`attachment ${attachmentId} not found in tracker ${tracker.trackerName}`);
    tracker.sql("DELETE FROM attachments WHERE id = ?").run(attachmentId);
    tracker.touch(attachment.issueId, now);
    tracker.recordChange(attachment.issueId, author, "attachment", now);
  });
}
