/**
 * Declarations of the hub issue: the tracker-neutral record that `issue`,
 * `replica` and `previous` hold. Dates travel as epoch milliseconds in JSON
 * and are `Date` values inside a rule.
 */

import { T, field, member, type FieldDecl, type TypeDecl } from "./schema.ts";

const named = (what: string): FieldDecl[] => [
  member("name", T.string, `Name of the ${what} as the tracker shows it.`, { nullable: false }),
  member("id", T.string, `Tracker id of the ${what}.`),
];

/** Nested object types, by name. */
export const HUB_TYPES: ReadonlyMap<string, TypeDecl> = new Map(
  [
    { name: "Status", doc: "A workflow status.", fields: named("status") },
    { name: "Priority", doc: "A priority.", fields: named("priority") },
    { name: "IssueType", doc: "An issue type (Bug, Task, Story...).", fields: named("issue type") },
    { name: "Resolution", doc: "A resolution (Done, Won't Do...).", fields: named("resolution") },
    { name: "Component", doc: "A project component.", fields: named("component") },
    {
      name: "Version",
      doc: "A project version (fix version or affected version).",
      fields: [
        ...named("version"),
        member("description", T.string, "Description of the version."),
        member("projectKey", T.string, "Key of the project that owns the version."),
      ],
    },
    {
      name: "Project",
      doc: "A project, or a repository for GitHub.",
      fields: [
        member("key", T.string, "Project key, such as `SUP`.", { nullable: false }),
        member("name", T.string, "Display name of the project."),
        member("id", T.string, "Tracker id of the project."),
      ],
    },
    {
      name: "User",
      doc: "A user of the tracker.",
      fields: [
        member("key", T.string, "Account id (Jira Cloud), login id or other stable user key.", { nullable: false }),
        member("username", T.string, "Login name, where the tracker has one."),
        member("email", T.string, "Email address; null when the tracker hides it."),
        member("displayName", T.string, "Full name as shown in the tracker."),
        member("active", T.boolean, "Whether the account is active."),
      ],
    },
    { name: "Label", doc: "A label or tag.", fields: [member("label", T.string, "The label text.", { nullable: false })] },
    {
      name: "Visibility",
      doc: "A restriction of who can see a comment.",
      fields: [
        member("type", T.string, "`role` or `group`.", { nullable: false }),
        member("value", T.string, "Name of the role or group.", { nullable: false }),
      ],
    },
    {
      name: "Comment",
      doc: "A comment. Local comments created from remote ones store the remote id in `remoteId`.",
      fields: [
        member("id", T.string, "Tracker id; null for a comment that is not created yet."),
        member("body", T.string, "Comment text in the tracker's rich-text format.", { nullable: false }),
        member("author", T.object("User"), "Who wrote the comment."),
        member("created", T.date, "When the comment was created."),
        member("updated", T.date, "When the comment was last edited."),
        member("internal", T.boolean, "Whether the comment is internal (not shown to customers).", { nullable: false }),
        member("visibility", T.object("Visibility"), "Role or group restriction; null when everyone can see it."),
        member("executor", T.object("User"), "The user the comment is written as, when not the integration user."),
        member("remoteId", T.string, "Id of the remote comment this local comment mirrors."),
      ],
    },
    {
      name: "Attachment",
      doc: "An attachment. Content travels separately from the replica.",
      fields: [
        member("id", T.string, "Tracker id; null for an attachment that is not created yet."),
        member("filename", T.string, "File name.", { nullable: false }),
        member("mimetype", T.string, "MIME type, such as `image/png`."),
        member("filesize", T.number, "Size in bytes."),
        member("created", T.date, "When the file was attached."),
        member("author", T.object("User"), "Who attached the file."),
        member("hash", T.string, "Content hash, used to check the transferred content."),
        member("remoteId", T.string, "Id of the remote attachment this local attachment mirrors."),
      ],
    },
    {
      name: "WorkLog",
      doc: "A work log entry.",
      fields: [
        member("id", T.string, "Tracker id; null for an entry that is not created yet."),
        member("author", T.object("User"), "Who logged the work."),
        member("startDate", T.date, "When the work started."),
        member("timeSpent", T.number, "Time spent, in seconds.", { nullable: false }),
        member("comment", T.string, "Work description."),
        member("remoteId", T.string, "Id of the remote entry this local entry mirrors."),
      ],
    },
    {
      name: "IssueLink",
      doc: "A link to another record.",
      fields: [
        member("otherIssueId", T.string, "Id of the linked record.", { nullable: false }),
        member("linkName", T.string, "Name of the link direction, such as `blocks`."),
        member("linkTypeName", T.string, "Name of the link type, such as `Blocks`."),
      ],
    },
    {
      name: "CustomField",
      doc: "A custom field value. Dates are converted when `type` is `date` or `datetime`.",
      fields: [
        member("value", T.any, "Text, number, date, option `{id, value}`, list of options, cascading `{parent, child}`, user or list of users."),
        member("type", T.string, "Kind of value, such as `text`, `number`, `date`, `option`, `user`."),
      ],
    },
  ].map((type) => [type.name, type]),
);

/** The top-level fields of the hub issue, in the order they are documented. */
export const HUB_ISSUE_FIELDS: readonly FieldDecl[] = [
  field("key", T.string, "Human-readable key, such as `SUP-12`. Setting it on first sync links to an existing record.", {}),
  field("id", T.string, "Tracker id. Setting it on first sync links to an existing record.", {}),
  field("summary", T.string, "One-line title."),
  field("description", T.string, "Long description in the tracker's rich-text format."),
  field("environment", T.string, "Environment text (Jira)."),
  field("status", T.object("Status"), "Workflow status; prefer `issue.setStatus(name)` to change it."),
  field("priority", T.object("Priority"), "Priority."),
  field("type", T.object("IssueType"), "Issue type."),
  field("resolution", T.object("Resolution"), "Resolution; null while unresolved."),
  field("project", T.object("Project"), "Project (Jira, Azure DevOps) or repository (GitHub)."),
  field("projectKey", T.string, "Key of the project to create the record in; set it inside `if (firstSync)`."),
  field("typeName", T.string, "Name of the issue type to create the record with; set it inside `if (firstSync)`."),
  field("assignee", T.object("User"), "Assigned user."),
  field("assignees", T.list(T.object("User")), "Assigned users, for trackers with several (GitHub).", { nullable: false }),
  field("reporter", T.object("User"), "Reporter."),
  field("creator", T.object("User"), "Creator; set by the tracker.", { readOnlyIncoming: true }),
  field("labels", T.list(T.object("Label")), "Labels.", { nullable: false }),
  field("components", T.list(T.object("Component")), "Components.", { nullable: false }),
  field("fixVersions", T.list(T.object("Version")), "Fix versions (GitHub: the milestone).", { nullable: false }),
  field("affectedVersions", T.list(T.object("Version")), "Affected versions.", { nullable: false }),
  field("comments", T.list(T.object("Comment")), "Comments, oldest first.", { nullable: false }),
  field("attachments", T.list(T.object("Attachment")), "Attachments.", { nullable: false }),
  field("workLogs", T.list(T.object("WorkLog")), "Work log entries.", { nullable: false }),
  field("due", T.date, "Due date."),
  field("created", T.date, "Creation time; set by the tracker.", { readOnlyIncoming: true }),
  field("updated", T.date, "Time of the last change; set by the tracker.", { readOnlyIncoming: true }),
  field("resolutionDate", T.date, "Time the record was resolved; set by the tracker.", { readOnlyIncoming: true }),
  field("parentId", T.string, "Remote id of the parent record."),
  field("issueLinks", T.list(T.object("IssueLink")), "Links to other records.", { nullable: false }),
  field("customFields", T.map(T.object("CustomField")), "Custom fields by name or id.", { nullable: false }),
  field("customKeys", T.map(T.any), "Free-form values for anything else.", { nullable: false }),
];

/**
 * Change lists that the incoming `replica` computes against `previous`.
 * With no previous replica every comment and attachment counts as added.
 */
export const REPLICA_COMPUTED_FIELDS: readonly FieldDecl[] = [
  member("addedComments", T.list(T.object("Comment")), "Comments that are new since the previous replica.", { readOnly: true }),
  member("changedComments", T.list(T.object("Comment")), "Comments whose body or update time changed since the previous replica.", { readOnly: true }),
  member("removedComments", T.list(T.object("Comment")), "Comments of the previous replica that this replica no longer has.", { readOnly: true }),
  member("addedAttachments", T.list(T.object("Attachment")), "Attachments that are new since the previous replica.", { readOnly: true }),
  member("removedAttachments", T.list(T.object("Attachment")), "Attachments of the previous replica that this replica no longer has.", { readOnly: true }),
];

/** The hub issue itself as a type, so the generic converter can treat it like any other object type. */
export const HUB_ISSUE_TYPE: TypeDecl = { name: "HubIssue", doc: "The hub issue.", fields: [...HUB_ISSUE_FIELDS] };

const fieldsByName = new Map(HUB_ISSUE_FIELDS.map((decl) => [decl.name, decl]));

/** Returns the declaration of a top-level hub-issue field, or undefined for a dynamic property. */
export function hubIssueField(name: string): FieldDecl | undefined {
  return fieldsByName.get(name);
}

