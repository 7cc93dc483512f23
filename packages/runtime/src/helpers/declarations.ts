/**
 * Signatures of the helper objects in a rule's scope (`commentHelper`,
 * `nodeHelper`, ...). The helper implementations check calls against these
 * declarations, and the static checker reads them, so both agree.
 */

import { T, type FieldType } from "../model/schema.ts";

/**
 * A parameter, return or variable type: a model field type, the Entity model
 * (an issue or a replica), a closure, a helper object or no value.
 */
export type SignatureType =
  | FieldType
  | { kind: "Entity"; role?: "issue" | "replica" }
  | { kind: "Closure" }
  | { kind: "Helper"; name: string }
  | { kind: "Void" };

export interface ParamDecl {
  name: string;
  type: SignatureType;
  /** Optional parameters come last; a closure parameter is always optional. */
  optional?: boolean;
}

export interface MethodDecl {
  name: string;
  params: ParamDecl[];
  returns: SignatureType;
  doc: string;
}

const entity: SignatureType = { kind: "Entity" };
const closure: SignatureType = { kind: "Closure" };
const none: SignatureType = { kind: "Void" };
const obj = T.object;

const p = (name: string, type: SignatureType, optional = false): ParamDecl => ({ name, type, optional });
const m = (name: string, params: ParamDecl[], returns: SignatureType, doc: string): MethodDecl => ({ name, params, returns, doc });

const logMethods = (["debug", "info", "warn", "error", "trace"] as const).map((level) =>
  m(level, [p("message", T.any)], none, `Writes the message to the rule log at ${level === "trace" ? "debug" : level} level.`),
);

/** Methods of each helper variable, by variable name. */
export const HELPER_METHODS: ReadonlyMap<string, readonly MethodDecl[]> = new Map<string, MethodDecl[]>([
  [
    "commentHelper",
    [
      m(
        "mergeComments",
        [p("issue", entity), p("replica", entity), p("edit", closure, true)],
        T.list(obj("Comment")),
        "Returns the local comments with new remote comments added, edited ones updated and deleted ones removed. " +
          "Without a closure each new body starts with the remote author's name; with one, the closure edits each comment and no name is added.",
      ),
      m("filterLocal", [p("comments", T.list(obj("Comment")))], T.list(obj("Comment")), "Returns the comments without internal or restricted ones."),
      m("addComment", [p("body", T.string), p("comments", T.list(obj("Comment")))], T.list(obj("Comment")), "Returns the comments plus a new one with this body."),
    ],
  ],
  [
    "attachmentHelper",
    [
      m(
        "mergeAttachments",
        [p("issue", entity), p("replica", entity), p("edit", closure, true)],
        T.list(obj("Attachment")),
        "Returns the local attachments with new remote attachments added and those whose remote original was deleted removed.",
      ),
    ],
  ],
  [
    "nodeHelper",
    [
      m("getUserByEmail", [p("email", T.string)], obj("User"), "Finds a local user by email, ignoring case; null when not found."),
      m("getUserByUsername", [p("username", T.string)], obj("User"), "Finds a local user by login name; null when not found."),
      m("getUser", [p("key", T.string)], obj("User"), "Finds a local user by account id or key; null when not found."),
      m("getPriority", [p("name", T.string)], obj("Priority"), "Finds a priority by name; null when not found."),
      m("getIssueType", [p("name", T.string), p("projectKey", T.string, true)], obj("IssueType"), "Finds an issue type by name, optionally one that the project has; null when not found."),
      m("getResolution", [p("name", T.string)], obj("Resolution"), "Finds a resolution by name; null when not found."),
      m("getProject", [p("key", T.string)], obj("Project"), "Finds a project by key; null when not found."),
      m("getVersion", [p("name", T.string), p("project", T.any, true)], obj("Version"), "Finds a version by name in a project (key or project object); null when not found."),
      m("createVersion", [p("issue", entity), p("name", T.string), p("description", T.string, true)], obj("Version"), "Creates a version in the issue's project, or returns the existing one of that name."),
      m("getComponent", [p("name", T.string), p("project", T.any, true)], obj("Component"), "Finds a component by name in a project (key or project object); null when not found."),
      m("getLabel", [p("name", T.string)], obj("Label"), "Returns the label of that name; null when the catalogue lists labels and this one is not among them."),
      m("getOption", [p("issue", entity), p("fieldName", T.string), p("value", T.string)], obj("Option"), "Finds an option of a select-list custom field by its text; null when not found."),
      m("getLocalIssueFromRemoteId", [p("remoteId", T.any)], obj("LinkedIssue"), "Finds the local twin of a remote record by the remote id; null when there is none."),
      m("stripHtml", [p("text", T.string)], T.string, "Returns the text without HTML tags, with entities decoded."),
      m("toMarkDownFromHtml", [p("html", T.string)], T.string, "Converts HTML to Markdown."),
    ],
  ],
  [
    "syncHelper",
    [
      m("syncBackAfterProcessing", [], none, "Requests one sync back to the sender after this incoming sync; use it only inside `if (firstSync)`."),
      m("exalate", [p("issueKey", T.any)], none, "Requests a sync of another local record, by key or id."),
    ],
  ],
  [
    "workLogHelper",
    [
      m(
        "mergeWorkLogs",
        [p("issue", entity), p("replica", entity), p("edit", closure, true)],
        T.list(obj("WorkLog")),
        "Returns the local work logs with new remote entries added, edited ones updated and deleted ones removed.",
      ),
    ],
  ],
  ["workflowHelper", [m("transition", [p("issue", entity), p("transitionName", T.string)], none, "Applies one workflow transition to the issue.")]],
  ["debug", [m("error", [p("message", T.any)], none, "Fails the sync event with this message. The rule cannot catch it.")]],
  ["log", logMethods],
  [
    "httpClient",
    (["get", "delete"] as const)
      .map((name) => m(name, [p("path", T.string)], T.any, `Sends a ${name.toUpperCase()} request to the local tracker's REST API (off unless configured).`))
      .concat(
        (["post", "put", "patch"] as const).map((name) =>
          m(name, [p("path", T.string), p("body", T.any)], T.any, `Sends a ${name.toUpperCase()} request to the local tracker's REST API (off unless configured).`),
        ),
      ),
  ],
]);

/**
 * Methods of the Entity model (`issue`, `workItem`, `entity`, `replica`)
 * beyond property access. Every declared hub-issue field also has a bean
 * getter and setter (`getSummary()`, `setSummary(text)`).
 */
export const ENTITY_METHODS: readonly MethodDecl[] = [
  m(
    "setStatus",
    [p("status", T.any)],
    none,
    "Moves the record to the status with this name (or a `{name}` object). With a catalogue that lists statuses, an unknown name fails the sync.",
  ),
];

/** Returns the declaration of one helper method, or undefined. */
export function findHelperMethod(helper: string, method: string): MethodDecl | undefined {
  return HELPER_METHODS.get(helper)?.find((decl) => decl.name === method);
}

/** Renders a signature for messages: `mergeComments(issue, replica[, edit])`. */
export function formatSignature(decl: MethodDecl): string {
  let text = "";
  decl.params.forEach((param, index) => {
    const separator = index === 0 ? "" : ", ";
    text += param.optional ? `[${separator}${param.name}]` : `${separator}${param.name}`;
  });
  return `${decl.name}(${text})`;
}
