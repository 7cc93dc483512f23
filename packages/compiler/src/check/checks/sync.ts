/**
 * Checks on the sync itself: sync-back loops, the first sync that creates
 * nothing, and names that must exist in the local instance (statuses,
 * priorities, issue types, projects, custom fields and their options).
 * Instance names are only checked where `twinsync.config.json` lists them.
 */

import type { RelatedLocation } from "../../diagnostics.ts";
import type * as A from "../../syntax/ast.ts";
import { findCustomField, type InstanceSchema } from "../config.ts";
import { LINKS_RECORD, SETS_PROJECT, SETS_TYPE } from "../flow.ts";
import { creationBit } from "../infer-calls.ts";
import { isLocalRecordName } from "../model.ts";
import { defineCheck, defineRuleCheck, type CheckContext, type RuleCheckContext } from "../registry.ts";
import { closestName, didYouMean } from "../suggest.ts";
import type { StringValue, Type } from "../types.ts";
import { walk } from "../walk.ts";

function isRuleVariable(node: A.Expression | null, name: string, context: CheckContext): boolean {
  return node !== null && node.kind === "Identifier" && node.name === name && context.facts.names.get(node)?.kind === "rule-variable";
}

function constants(type: Type): readonly StringValue[] {
  return type.kind === "string" ? (type.values ?? []) : [];
}

type InstanceList = "statuses" | "priorities" | "issueTypes" | "projects" | "resolutions";

const LIST_WORDS: Record<InstanceList, { what: string; plural: string }> = {
  statuses: { what: "status", plural: "statuses" },
  priorities: { what: "priority", plural: "priorities" },
  issueTypes: { what: "issue type", plural: "issue types" },
  projects: { what: "project", plural: "projects" },
  resolutions: { what: "resolution", plural: "resolutions" },
};

/** Reports each constant of `type` that the instance's list does not contain. */
function checkNames(type: Type, list: InstanceList, context: CheckContext): void {
  const instance = context.settings.instance;
  const known = instance?.[list];
  if (instance === undefined || known === undefined) return;
  for (const value of constants(type)) {
    if (known.includes(value.text)) continue;
    const suggestion = closestName(value.text, known);
    const values = { name: value.text, instance: `instance '${instance.name}'`, hint: didYouMean(suggestion), ...LIST_WORDS[list] };
    if (list === "statuses") context.report("unknown-status", value, values, suggestion === undefined ? undefined : JSON.stringify(suggestion));
    else context.report("unknown-instance-value", value, values, suggestion === undefined ? undefined : JSON.stringify(suggestion));
  }
}

/** Reports option values that the custom field does not allow. */
function checkOptions(instance: InstanceSchema, fieldName: string, type: Type, context: CheckContext): void {
  const options = findCustomField(instance, fieldName)?.options;
  if (options === undefined) return;
  for (const value of constants(type)) {
    if (options.includes(value.text)) continue;
    const suggestion = closestName(value.text, options);
    context.report("unknown-option", value, { name: value.text, field: fieldName, hint: didYouMean(suggestion) }, suggestion === undefined ? undefined : JSON.stringify(suggestion));
  }
}

const LOOKUP_LISTS = new Map<string, InstanceList>([
  ["getPriority", "priorities"],
  ["getIssueType", "issueTypes"],
  ["getProject", "projects"],
  ["getResolution", "resolutions"],
]);

defineCheck("MethodCallExpression", (node, context) => {
  if (node.object === null || typeof node.name !== "string") return;
  const first = node.args.positional[0];
  if (isRuleVariable(node.object, "syncHelper", context) && node.name === "syncBackAfterProcessing" && context.flow.firstSync !== true) {
    const block = firstSyncIf(context.script);
    const related = block === undefined ? [] : [{ start: block.start, end: block.end, message: "the first-sync block, where the call runs only once" }];
    context.report("sync-back-outside-first-sync", { start: node.nameStart, end: node.nameEnd }, {}, undefined, related);
    return;
  }
  const receiver = context.typeOf(node.object);
  if (receiver.kind === "entity" && node.name === "setStatus" && first !== undefined) {
    checkNames(context.typeOf(first), "statuses", context);
    return;
  }
  if (!isRuleVariable(node.object, "nodeHelper", context) || first === undefined) return;
  const list = LOOKUP_LISTS.get(node.name);
  if (list !== undefined) checkNames(context.typeOf(first), list, context);
  const instance = context.settings.instance;
  if (node.name === "getOption" && instance?.customFields !== undefined && node.args.positional.length >= 3) {
    const fieldArg = node.args.positional[1]!;
    for (const field of constants(context.typeOf(fieldArg))) {
      if (findCustomField(instance, field.text) === undefined) {
        const suggestion = closestName(field.text, instance.customFields.map((f) => f.name));
        context.report("unknown-custom-field", field, { name: field.text, hint: didYouMean(suggestion) });
      } else {
        checkOptions(instance, field.text, context.typeOf(node.args.positional[2]!), context);
      }
    }
  }
});

defineCheck("AssignmentExpression", (node, context) => {
  const target = node.target;
  if (node.operator !== "=" || target.kind !== "PropertyExpression" || typeof target.property !== "string") return;
  const value = context.typeOf(node.value);
  if (target.object.kind === "Identifier" && isLocalRecordName(target.object.name) && context.facts.names.get(target.object)?.kind === "rule-variable") {
    if (target.property === "projectKey") checkNames(value, "projects", context);
    if (target.property === "typeName") checkNames(value, "issueTypes", context);
    return;
  }
  const receiver = context.typeOf(target.object);
  const instance = context.settings.instance;
  if (target.property === "value" && receiver.kind === "object" && receiver.customField !== undefined && instance !== undefined) {
    checkOptions(instance, receiver.customField, value, context);
  }
});

/** Returns what a connector needs to create a record: Jira and Azure DevOps a project and a type, GitHub a repository. */
function requiredBits(connector: string | undefined): number {
  switch (connector) {
    case "github":
      return SETS_PROJECT;
    case "zendesk":
    case "servicenow":
    case "salesforce":
      return 0;
    default:
      return SETS_PROJECT | SETS_TYPE;
  }
}

/** Finds the first `if` statement of the script body that tests `firstSync`. */
function firstSyncIf(script: A.Script): A.IfStatement | undefined {
  let found: A.IfStatement | undefined;
  walk(script, (node) => {
    if (found !== undefined) return false;
    if (node.kind === "IfStatement" && mentionsFirstSync(node.test)) found = node;
    return node.kind !== "MethodDeclaration" && node.kind !== "ClosureExpression";
  });
  return found;
}

/** Finds the `if (firstSync)` test to point at, or the first statement of the rule. */
function firstSyncAnchor(script: A.Script): A.NodeBase | undefined {
  return firstSyncIf(script)?.test ?? script.body.find((s) => s.kind !== "ImportDeclaration" && s.kind !== "MethodDeclaration");
}

/**
 * Lists the writes of the local record that set one of the `bits` (the
 * project, the type), as related places for a first sync that can miss them.
 */
function creationWrites(script: A.Script, bits: number): RelatedLocation[] {
  const found: RelatedLocation[] = [];
  walk(script, (node) => {
    let name: string | null = null;
    if (node.kind === "AssignmentExpression" && node.target.kind === "PropertyExpression" && typeof node.target.property === "string" && isRecordName(node.target.object)) {
      name = node.target.property;
    } else if (node.kind === "MethodCallExpression" && node.object !== null && isRecordName(node.object) && typeof node.name === "string" && node.name.startsWith("set")) {
      name = node.name.charAt(3).toLowerCase() + node.name.slice(4);
    }
    if (name !== null && (creationBit(name) & bits) !== 0) {
      found.push({ start: node.start, end: node.end, message: `'${name}' is set here, but a first sync can reach the end of the rule without running this line` });
    }
  });
  return found;
}

function isRecordName(node: A.Expression): boolean {
  return node.kind === "Identifier" && isLocalRecordName(node.name);
}

function mentionsFirstSync(test: A.Expression): boolean {
  let found = false;
  walk(test, (node) => {
    if (node.kind === "Identifier" && node.name === "firstSync") found = true;
    return !found;
  });
  return found;
}

defineRuleCheck((context: RuleCheckContext) => {
  const { settings, endFlow } = context;
  if (settings.direction !== "incoming" || settings.partialTree === true || !endFlow.reachable || endFlow.firstSync === false) return;
  if ((endFlow.created & LINKS_RECORD) !== 0) return;
  const missing = requiredBits(settings.connector ?? settings.instance?.connector) & ~endFlow.created;
  if (missing === 0) return;
  const parts: string[] = [];
  if (missing & SETS_PROJECT) parts.push("the project (issue.projectKey)");
  if (missing & SETS_TYPE) parts.push("the issue type (issue.typeName)");
  const anchor = firstSyncAnchor(context.script);
  if (anchor === undefined) return;
  const connector = settings.connector ?? settings.instance?.connector ?? "local";
  context.report("first-sync-missing-project", anchor, { missing: parts.join(" and "), connector }, undefined, creationWrites(context.script, missing));
});
