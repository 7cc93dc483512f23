/**
 * Which values Groovy cannot convert to a declared type. Only definite
 * failures count: a `dynamic` value, null or a map (which Groovy coerces to
 * model objects) is never reported.
 */

import { isScalar, type Type } from "../types.ts";

/**
 * Whether `actual` can never become `expected`. In `assignment` mode Groovy
 * converts anything to a String (`issue.summary = 5` stores "5"); an
 * `argument` to a String parameter must already be text or a number.
 */
export function incompatible(expected: Type, actual: Type, mode: "assignment" | "argument"): boolean {
  if (actual.kind === "dynamic" || actual.kind === "null" || actual.kind === "void" || expected.kind === "dynamic") return false;
  switch (expected.kind) {
    case "string":
      return mode === "argument" && (actual.kind === "list" || actual.kind === "map" || actual.kind === "entity" || actual.kind === "object" || actual.kind === "closure");
    case "number":
      return actual.kind !== "number";
    case "date":
      return isScalar(actual) || actual.kind === "list" || actual.kind === "map";
    case "list":
      return isScalar(actual) || actual.kind === "map" || actual.kind === "date" || actual.kind === "object" || actual.kind === "entity";
    case "map":
      return isScalar(actual) || actual.kind === "list" || actual.kind === "date";
    case "object":
      return isScalar(actual) || actual.kind === "list" || actual.kind === "date";
    case "entity":
      return isScalar(actual) || actual.kind === "list" || actual.kind === "map" || actual.kind === "object";
    default:
      return false;
  }
}

/** A fix to suggest when a text value is assigned to a model object field. */
export function conversionHint(expected: Type, actual: Type): string {
  if (expected.kind !== "object" || actual.kind !== "string") return "";
  switch (expected.name) {
    case "User":
      return "; look the user up with nodeHelper.getUserByEmail or nodeHelper.getUserByUsername";
    case "Status":
      return "; use issue.setStatus(name) to change the status";
    case "Priority":
      return "; look it up with nodeHelper.getPriority(name)";
    case "IssueType":
      return "; set issue.typeName, or look it up with nodeHelper.getIssueType(name)";
    case "Project":
      return "; set issue.projectKey instead";
    case "Resolution":
      return "; look it up with nodeHelper.getResolution(name)";
    default:
      return "; assign a map such as [name: value]";
  }
}
