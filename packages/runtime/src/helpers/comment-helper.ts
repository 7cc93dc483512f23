/**
 * `commentHelper`: merging remote comments into the local issue and
 * filtering the comments that leave it.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { mapGet, mapPut } from "../map.ts";
import type { Entity } from "../model/entity.ts";
import { fieldOf, listItems, mapOf, stringFieldOf } from "../model/values-util.ts";
import { GClosure, GDate, GMap, type Value } from "../values.ts";
import { HelperObject, textArgument, typeNameOf, type HelperMethod } from "./helper-object.ts";
import { mergeByRemoteId, pickFields, type MergeSpec } from "./merge.ts";

/** Returns the name shown in an author prefix: display name, then username, then key. */
export function authorName(author: Value): string {
  return (
    stringFieldOf(author, "displayName") ??
    stringFieldOf(author, "username") ??
    stringFieldOf(author, "key") ??
    "Unknown user"
  );
}

/** Builds the body of a local comment made from a remote one without a closure: the author's name comes first. */
export function prefixedBody(author: Value, body: Value): string {
  return `${authorName(author)} commented:\n${typeof body === "string" ? body : ""}`;
}

const COMMENT_SPEC: MergeSpec = {
  list: "comments",
  toLocal(remote, withClosure) {
    const local = pickFields(remote, ["body", "author", "created", "updated", "internal"]);
    if (mapGet(local, "internal") !== true) mapPut(local, "internal", false);
    mapPut(local, "executor", null);
    if (!withClosure) mapPut(local, "body", prefixedBody(mapGet(remote, "author"), mapGet(remote, "body")));
    return local;
  },
  updatedFields: ["body", "updated", "internal", "executor"],
};

/** Tells whether a comment is internal or limited to a role or group. */
function isRestricted(comment: Value): boolean {
  return fieldOf(comment, "internal") === true || fieldOf(comment, "visibility") !== null;
}

function commentList(method: string, value: Value): Value[] {
  if (value === null || Array.isArray(value)) return listItems(value);
  throw new RuleException("IllegalArgumentException", `commentHelper.${method}: the argument "comments" must be a List, got ${typeNameOf(value)}`);
}

export class CommentHelper extends HelperObject {
  readonly className = "CommentHelper";

  constructor() {
    const methods = new Map<string, HelperMethod>([
      ["mergeComments", (ctx, [issue, replica, edit]) => mergeByRemoteId(ctx, COMMENT_SPEC, issue as Entity, replica as Entity, edit as GClosure | null)],
      ["filterLocal", (_ctx, [comments]) => commentList("filterLocal", comments!).filter((comment) => !isRestricted(comment))],
      ["addComment", (ctx, [body, comments]) => addComment(ctx, body!, commentList("addComment", comments!))],
    ]);
    super("commentHelper", methods);
  }
}

function addComment(ctx: ExecutionContext, body: Value, comments: Value[]): Value[] {
  const text = textArgument("commentHelper", "addComment", "body", body);
  const comment: GMap = mapOf({
    id: null,
    body: text ?? "",
    author: null,
    created: new GDate(ctx.clock()),
    internal: false,
  });
  ctx.checkCollection(comments.length + 1);
  return [...comments, comment];
}
