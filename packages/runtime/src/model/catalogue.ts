/**
 * The instance catalogue: the part of a state file that lists what exists in
 * the local tracker. `nodeHelper` lookups, `issue.setStatus` and
 * `workflowHelper.transition` read it, because Twinsync runs rules without a
 * live tracker.
 *
 * JSON shape (every key optional):
 *
 * ```json
 * {
 *   "users":       [{"key": "557058:1", "username": "jdoe", "email": "j@x.org", "displayName": "Jane Doe"}],
 *   "priorities":  [{"name": "High", "id": "2"}],
 *   "issueTypes":  [{"name": "Bug", "id": "1", "projects": ["SUP"]}],
 *   "statuses":    [{"name": "In Progress", "id": "3"}],
 *   "resolutions": [{"name": "Done", "id": "1"}],
 *   "projects":    [{"key": "SUP", "name": "Support", "id": "10000"}],
 *   "versions":    [{"name": "1.0", "id": "100", "projectKey": "SUP"}],
 *   "components":  [{"name": "Backend", "id": "200", "projectKey": "SUP"}],
 *   "options":     {"Severity": [{"id": "300", "value": "Critical"}]},
 *   "labels":      ["customer", "urgent"],
 *   "issues":      [{"id": "10042", "key": "SUP-42", "remoteId": "1000"}],
 *   "transitions": [{"name": "Start Progress", "from": ["To Do"], "to": "In Progress"}]
 * }
 * ```
 *
 * An issue type without `projects` exists in every project. A transition
 * without `from` can start from any status. `issues` lists local records
 * that are already twins, with the id of their remote twin.
 */

import { T, member, type FieldDecl, type TypeDecl } from "./schema.ts";

const CATALOGUE_TYPES: TypeDecl[] = [
  {
    name: "CatalogueIssueType",
    doc: "An issue type of the local instance.",
    fields: [
      member("name", T.string, "Name of the issue type.", { nullable: false }),
      member("id", T.string, "Tracker id of the issue type."),
      member("projects", T.list(T.string), "Keys of the projects that have this type; missing means every project."),
    ],
  },
  {
    name: "CatalogueComponent",
    doc: "A component of a project in the local instance.",
    fields: [
      member("name", T.string, "Name of the component.", { nullable: false }),
      member("id", T.string, "Tracker id of the component."),
      member("projectKey", T.string, "Key of the project that owns the component."),
    ],
  },
  {
    name: "Option",
    doc: "An option of a select-list custom field.",
    fields: [
      member("id", T.string, "Tracker id of the option."),
      member("value", T.string, "Text of the option.", { nullable: false }),
    ],
  },
  {
    name: "LinkedIssue",
    doc: "A local record that already has a remote twin.",
    fields: [
      member("id", T.string, "Local tracker id.", { nullable: false }),
      member("key", T.string, "Local key."),
      member("remoteId", T.string, "Id of the remote twin.", { nullable: false }),
    ],
  },
  {
    name: "Transition",
    doc: "A workflow transition of the local instance.",
    fields: [
      member("name", T.string, "Name of the transition.", { nullable: false }),
      member("from", T.list(T.string), "Statuses the transition starts from; missing means any status."),
      member("to", T.string, "Status the transition ends in.", { nullable: false }),
    ],
  },
];

/** Top-level keys of the catalogue. Unknown keys are reported as errors, because they are usually typos. */
export const CATALOGUE_FIELDS: readonly FieldDecl[] = [
  member("users", T.list(T.object("User")), "Users of the local instance."),
  member("priorities", T.list(T.object("Priority")), "Priorities."),
  member("issueTypes", T.list(T.object("CatalogueIssueType")), "Issue types."),
  member("statuses", T.list(T.object("Status")), "Workflow statuses; with this list, `setStatus` rejects unknown names."),
  member("resolutions", T.list(T.object("Resolution")), "Resolutions."),
  member("projects", T.list(T.object("Project")), "Projects."),
  member("versions", T.list(T.object("Version")), "Versions; `createVersion` adds to this list."),
  member("components", T.list(T.object("CatalogueComponent")), "Components."),
  member("options", T.map(T.list(T.object("Option"))), "Options of select-list custom fields, by field name."),
  member("labels", T.list(T.string), "Existing labels; without this list every label name exists."),
  member("issues", T.list(T.object("LinkedIssue")), "Local records that already have a remote twin."),
  member("transitions", T.list(T.object("Transition")), "Workflow transitions; `workflowHelper.transition` uses them."),
];

export const CATALOGUE_TYPE: TypeDecl = {
  name: "InstanceCatalogue",
  doc: "What exists in the local tracker.",
  fields: [...CATALOGUE_FIELDS],
};

/** The catalogue's own entry types, by name. */
export const CATALOGUE_ENTRY_TYPES: ReadonlyMap<string, TypeDecl> = new Map(CATALOGUE_TYPES.map((type) => [type.name, type]));
