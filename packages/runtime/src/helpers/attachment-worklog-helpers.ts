/**
 * `attachmentHelper` and `workLogHelper`: the same remote-id merge as
 * comments, without an author prefix.
 */

import type { Entity } from "../model/entity.ts";
import type { GClosure } from "../values.ts";
import { HelperObject, type HelperMethod } from "./helper-object.ts";
import { mergeByRemoteId, pickFields, type MergeSpec } from "./merge.ts";

/**
 * Attachments are never edited in place: a changed file arrives as a new
 * attachment, so a merge only adds and removes.
 */
const ATTACHMENT_SPEC: MergeSpec = {
  list: "attachments",
  toLocal: (remote) => pickFields(remote, ["filename", "mimetype", "filesize", "created", "author", "hash"]),
  updatedFields: [],
};

const WORK_LOG_SPEC: MergeSpec = {
  list: "workLogs",
  toLocal: (remote) => pickFields(remote, ["author", "startDate", "timeSpent", "comment"]),
  updatedFields: ["startDate", "timeSpent", "comment"],
};

export class AttachmentHelper extends HelperObject {
  readonly className = "AttachmentHelper";

  constructor() {
    const methods = new Map<string, HelperMethod>([
      [
        "mergeAttachments",
        (ctx, [issue, replica, edit]) => mergeByRemoteId(ctx, ATTACHMENT_SPEC, issue as Entity, replica as Entity, edit as GClosure | null),
      ],
    ]);
    super("attachmentHelper", methods);
  }
}

export class WorkLogHelper extends HelperObject {
  readonly className = "WorkLogHelper";

  constructor() {
    const methods = new Map<string, HelperMethod>([
      [
        "mergeWorkLogs",
        (ctx, [issue, replica, edit]) => mergeByRemoteId(ctx, WORK_LOG_SPEC, issue as Entity, replica as Entity, edit as GClosure | null),
      ],
    ]);
    super("workLogHelper", methods);
  }
}
