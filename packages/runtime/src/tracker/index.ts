/** Tracker adapters and the embedded tracker. */

export * from "./adapter.ts";
export { EmbeddedTracker, TRACKER_VERSION, type CreateTrackerOptions, type IssueRow } from "./embedded-tracker.ts";
export { EmbeddedAdapter } from "./embedded-adapter.ts";
export { addComment, attachFile, createIssue, deleteComment, editComment, removeAttachment, updateIssue, type EditOptions } from "./embedded-edits.ts";
export { FLAVORS, PROXY_USER, isFlavorName, type Flavor, type FlavorName } from "./flavors.ts";
export * from "./jql.ts";
export { jsonEqual, getOwn, setOwn, isObject } from "./json-util.ts";
