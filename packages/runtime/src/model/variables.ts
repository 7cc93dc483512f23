/**
 * The variables in a rule's scope, per direction. `createRuleBindings`
 * binds exactly these names, and the static checker reads this list.
 */

import type { SignatureType } from "../helpers/declarations.ts";
import { T } from "./schema.ts";
import type { Direction } from "./state.ts";

/** Access a rule has to a variable in one direction; null when the variable is not in scope. */
export type VariableAccess = "read" | "write" | null;

export interface RuleVariableDecl {
  name: string;
  type: SignatureType;
  access: Record<Direction, VariableAccess>;
  doc: string;
}

const issueType: SignatureType = { kind: "Entity", role: "issue" };
const both = { outgoing: "read", incoming: "read" } as const;
const helper = (name: string, doc: string): RuleVariableDecl => ({ name, type: { kind: "Helper", name }, access: both, doc });
const localRecord = (name: string, tracker: string): RuleVariableDecl => ({
  name,
  type: issueType,
  access: { outgoing: "read", incoming: "write" },
  doc: `The local record (the usual name for ${tracker}); \`issue\`, \`workItem\` and \`entity\` are the same object.`,
});

export const RULE_VARIABLES: readonly RuleVariableDecl[] = [
  localRecord("issue", "Jira, GitHub and Zendesk"),
  localRecord("workItem", "Azure DevOps"),
  localRecord("entity", "ServiceNow and Salesforce"),
  {
    name: "replica",
    type: { kind: "Entity", role: "replica" },
    access: { outgoing: "write", incoming: "read" },
    doc: "The payload: outgoing rules fill it (it starts empty), incoming rules read what the other side sent.",
  },
  {
    name: "previous",
    type: { kind: "Entity", role: "replica" },
    access: { outgoing: null, incoming: "read" },
    doc: "The replica received last time; null on first sync.",
  },
  {
    name: "firstSync",
    type: T.boolean,
    access: { outgoing: null, incoming: "read" },
    doc: "True when no local twin exists yet, so the incoming rule creates one.",
  },
  {
    name: "issueBeforeScript",
    type: issueType,
    access: { outgoing: null, incoming: "read" },
    doc: "A copy of the local record as it was before the rule ran.",
  },
  { name: "issueKey", type: T.object("IssueKey"), access: both, doc: "The `id` and `key` of the local record." },
  { name: "connection", type: T.object("Connection"), access: both, doc: "The connection: `name` and `remoteInstance.name`." },
  helper("nodeHelper", "Lookups in the local instance (users, priorities, projects...)."),
  helper("commentHelper", "Comment merging and filtering."),
  helper("attachmentHelper", "Attachment merging."),
  helper("syncHelper", "Sync requests: sync back after processing, sync another record."),
  helper("workLogHelper", "Work log merging."),
  helper("workflowHelper", "Workflow transitions."),
  helper("httpClient", "REST calls to the local tracker; off unless the node configures it."),
  helper("debug", "`debug.error(message)` fails the sync event with the message."),
  helper("log", "The rule log: `log.info`, `log.warn`, `log.error`, `log.debug`."),
  {
    name: "store",
    type: { kind: "Closure" },
    access: { outgoing: null, incoming: "read" },
    doc: "`store(issue)` writes the changes made so far, then the rule continues.",
  },
];

/** Returns the variable names in scope for one direction. */
export function ruleVariableNames(direction: Direction): string[] {
  return RULE_VARIABLES.filter((variable) => variable.access[direction] !== null).map((variable) => variable.name);
}
