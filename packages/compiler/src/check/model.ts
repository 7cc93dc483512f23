/**
 * The rule environment as checker types, read from the runtime's own
 * declarations: the hub-issue fields, the nested model types, the rule
 * variables per direction and the helper signatures. Nothing here repeats a
 * field or method list. The few checker-only facts are marked: which fields
 * a local record always has, and which helper lookups can return null.
 */

import * as R from "@twinsync/runtime";
import type { FieldDecl, FieldType, MethodDecl, RuleVariableDecl, SignatureType, TypeDecl } from "@twinsync/runtime";
import { BOOLEAN, DATE, DYNAMIC, listOf, numberOf, STRING, VOID, withNullable, type EntityRole, type Type } from "./types.ts";

export type Direction = "outgoing" | "incoming";

/**
 * Fields that every existing local record has, although the hub-issue
 * declarations allow null (a replica can lack them, because the other side
 * chooses what to send).
 */
const ALWAYS_ON_LOCAL_RECORD = new Set(["key", "id", "summary", "status", "project", "type", "created", "updated", "creator"]);

/**
 * Helper methods that return null when the lookup finds nothing. A test
 * checks this list against the helper declarations' documentation.
 */
export const NULLABLE_HELPER_RESULTS: ReadonlySet<string> = new Set([
  "nodeHelper.getUserByEmail",
  "nodeHelper.getUserByUsername",
  "nodeHelper.getUser",
  "nodeHelper.getPriority",
  "nodeHelper.getIssueType",
  "nodeHelper.getResolution",
  "nodeHelper.getProject",
  "nodeHelper.getVersion",
  "nodeHelper.getComponent",
  "nodeHelper.getLabel",
  "nodeHelper.getOption",
  "nodeHelper.getLocalIssueFromRemoteId",
]);

/** Converts a model field type; `Any` becomes `dynamic`. */
export function fromFieldType(type: FieldType): Type {
  switch (type.kind) {
    case "String":
      return STRING;
    case "Number":
      return numberOf("Number");
    case "Boolean":
      return BOOLEAN;
    case "Date":
      return DATE;
    case "Any":
      return DYNAMIC;
    case "Object":
      return { kind: "object", name: type.name };
    case "List":
      return listOf(fromFieldType(type.element));
    case "Map":
      return { kind: "map", value: fromFieldType(type.value) };
  }
}

/** Converts a helper or variable signature type. */
export function fromSignatureType(type: SignatureType): Type {
  switch (type.kind) {
    case "Entity":
      return { kind: "entity", role: type.role ?? "issue" };
    case "Closure":
      return { kind: "closure", returns: DYNAMIC, params: null };
    case "Helper":
      return { kind: "helper", name: type.name };
    case "Void":
      return VOID;
    default:
      return fromFieldType(type);
  }
}

const hubFields = new Map(R.HUB_ISSUE_FIELDS.map((decl) => [decl.name, decl]));
const computedFields = new Map(R.REPLICA_COMPUTED_FIELDS.map((decl) => [decl.name, decl]));

/** Every named object type the model declares: hub types, state types and catalogue entries. */
const objectTypes = new Map<string, TypeDecl>([...R.HUB_TYPES, ...R.STATE_TYPES, ...R.CATALOGUE_ENTRY_TYPES]);

export function hubField(name: string): FieldDecl | undefined {
  return hubFields.get(name);
}

export function computedField(name: string): FieldDecl | undefined {
  return computedFields.get(name);
}

/** Names of the declared hub-issue fields, for did-you-mean suggestions. */
export function hubFieldNames(): string[] {
  return [...hubFields.keys()];
}

export function objectType(name: string): TypeDecl | undefined {
  return objectTypes.get(name);
}

/** Returns the checker type of a declared entity field, with the nullability that applies to this role. */
export function entityFieldType(role: EntityRole, decl: FieldDecl): Type {
  const type = decl.name === "customFields" ? { kind: "map" as const, value: { kind: "object" as const, name: "CustomField" }, customFields: true } : fromFieldType(decl.type);
  const nullable = decl.nullable && !(role === "issue" && ALWAYS_ON_LOCAL_RECORD.has(decl.name));
  return withNullable(type, nullable);
}

/**
 * Members of nested model objects that are often null in real data. Other
 * nested members are declared nullable too, but are set on every existing
 * comment, user or attachment (a comment's author, its id), so the null
 * check does not warn about them.
 */
const OFTEN_NULL_MEMBERS = new Set([
  "User.email",
  "User.username",
  "User.displayName",
  "Comment.updated",
  "Comment.visibility",
  "Comment.executor",
  "Comment.remoteId",
  "Attachment.remoteId",
  "WorkLog.comment",
  "WorkLog.remoteId",
  "Version.description",
]);

/** Returns the checker type of a declared field of the nested object type `owner`. */
export function memberType(decl: FieldDecl, owner: string): Type {
  return withNullable(fromFieldType(decl.type), decl.nullable && OFTEN_NULL_MEMBERS.has(`${owner}.${decl.name}`));
}

/** Returns the rule variables in scope in one direction, by name. */
export function ruleVariables(direction: Direction): Map<string, RuleVariableDecl> {
  const found = new Map<string, RuleVariableDecl>();
  for (const variable of R.RULE_VARIABLES) if (variable.access[direction] !== null) found.set(variable.name, variable);
  return found;
}

/** Finds a rule variable in any direction, for messages such as "only available in incoming rules". */
export function anyRuleVariable(name: string): RuleVariableDecl | undefined {
  return R.RULE_VARIABLES.find((variable) => variable.name === name);
}

/** Returns the type of a rule variable. `previous` is nullable because it is null on a first sync. */
export function ruleVariableType(variable: RuleVariableDecl): Type {
  const type = fromSignatureType(variable.type);
  return variable.name === "previous" ? withNullable(type, true) : type;
}

/** Tells whether a name is the local record under one of its aliases. */
export function isLocalRecordName(name: string): boolean {
  return name === "issue" || name === "workItem" || name === "entity";
}

export function helperMethods(helper: string): readonly MethodDecl[] {
  return R.HELPER_METHODS.get(helper) ?? [];
}

export function helperMethod(helper: string, method: string): MethodDecl | undefined {
  return R.findHelperMethod(helper, method);
}

/** The result type of a helper method, nullable where the lookup can find nothing. */
export function helperResultType(helper: string, decl: MethodDecl): Type {
  return withNullable(fromSignatureType(decl.returns), NULLABLE_HELPER_RESULTS.has(`${helper}.${decl.name}`));
}

export function entityMethod(name: string): MethodDecl | undefined {
  return R.ENTITY_METHODS.find((decl) => decl.name === name);
}

/** Returns the property a bean accessor name refers to (`getSummary` → `summary`), or null. */
export function accessorProperty(methodName: string, prefix: "get" | "set" | "is"): string | null {
  if (methodName.length <= prefix.length || !methodName.startsWith(prefix)) return null;
  const rest = methodName.slice(prefix.length);
  if (rest[0] !== rest[0]!.toUpperCase() || rest[0] === rest[0]!.toLowerCase()) return null;
  return rest[0]!.toLowerCase() + rest.slice(1);
}
