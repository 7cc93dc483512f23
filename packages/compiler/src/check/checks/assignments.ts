/**
 * Checks on writes: direction (an outgoing rule cannot change the local
 * record), fields the tracker sets, values of the wrong type, copies that
 * can erase local data, and assignments written where a comparison was meant.
 */

import type * as A from "../../syntax/ast.ts";
import { describeExpression, rootOf } from "../describe.ts";
import { hubField, isLocalRecordName } from "../model.ts";
import { defineCheck, type CheckContext } from "../registry.ts";
import { formatType, withNullable } from "../types.ts";
import { conversionHint, incompatible } from "./compatibility.ts";

/** Whether an expression names the local record as a rule variable. */
function isLocalRecord(node: A.Expression, context: CheckContext): boolean {
  if (node.kind !== "Identifier" || !isLocalRecordName(node.name)) return false;
  return context.facts.names.get(node)?.kind === "rule-variable";
}

function isRuleVariable(node: A.Expression, name: string, context: CheckContext): boolean {
  return node.kind === "Identifier" && node.name === name && context.facts.names.get(node)?.kind === "rule-variable";
}

/** Setter calls on the local record that change it, like a field write. */
function isRecordWriteCall(name: string): boolean {
  return name === "setStatus" || (name.length > 3 && name.startsWith("set") && hubField(name.charAt(3).toLowerCase() + name.slice(4)) !== undefined);
}

defineCheck("AssignmentExpression", (node, context) => {
  const target = node.target;
  if (target.kind !== "PropertyExpression" || typeof target.property !== "string") return;
  const name = target.property;
  const at = { start: target.propertyStart, end: target.propertyEnd };
  if (isLocalRecord(target.object, context)) {
    if (context.settings.direction === "outgoing") {
      context.report("write-has-no-effect", at, { name });
      return;
    }
    if (hubField(name)?.readOnly.incoming === true) context.report("read-only-field", at, { name });
  }
  if (node.operator !== "=") return;
  const expected = context.typeOf(target);
  const actual = context.typeOf(node.value);
  const receiver = context.typeOf(target.object);
  // A select-list custom field also accepts the option's text, so `CustomField.value` is not type-checked.
  const declared = context.facts.members.get(target)?.status === "found" && (receiver.kind === "entity" || (receiver.kind === "object" && receiver.name !== "CustomField"));
  if (declared && incompatible(withNullable(expected, false), withNullable(actual, false), "assignment")) {
    context.report("field-type-mismatch", node.value, { name, expected: formatType(expected), actual: formatType(actual), hint: conversionHint(expected, actual) });
    return;
  }
  checkWipe(node, name, context);
});

/** `issue.description = replica.description`: a nullable copy into the local record without a guard. */
function checkWipe(node: A.AssignmentExpression, name: string, context: CheckContext): void {
  const target = node.target as A.PropertyExpression;
  if (context.settings.direction !== "incoming" || !isLocalRecord(target.object, context)) return;
  if (hubField(name) === undefined || context.typeOf(node.value).nullable !== true) return;
  const value = node.value;
  const fromReplica = isRuleVariable(rootOf(value), "replica", context) && value.kind === "PropertyExpression";
  const fromLookup = value.kind === "MethodCallExpression" && value.object !== null && context.typeOf(value.object).kind === "helper";
  if (!fromReplica && !fromLookup) return;
  context.report("copy-may-wipe", value, { expression: describeExpression(value), name });
}

defineCheck("MethodCallExpression", (node, context) => {
  if (node.object === null || typeof node.name !== "string" || context.settings.direction !== "outgoing") return;
  if (isLocalRecord(node.object, context) && isRecordWriteCall(node.name)) {
    context.report("write-has-no-effect", { start: node.nameStart, end: node.nameEnd }, { name: node.name + "()" });
  }
});

defineCheck("VariableDeclaration", (node, context) => {
  if (node.type === null) return;
  for (const d of node.declarators) {
    if (d.init === null) continue;
    const actual = context.typeOf(d.init);
    const expected = context.facts.declarators.get(d)?.declaredType;
    if (expected != null && incompatible(expected, actual, "assignment")) {
      context.report("type-mismatch", d.init, { target: `variable '${d.name}'`, expected: formatType(expected), actual: formatType(actual) });
    }
  }
});

/** Reports `if (a = b)`; an assignment wrapped in its own parentheses, `if ((a = b))`, is taken as meant. */
function checkCondition(test: A.Expression | null, context: CheckContext): void {
  if (test?.kind === "AssignmentExpression" && test.operator === "=") context.report("assignment-in-condition", test);
}

defineCheck("IfStatement", (node, context) => checkCondition(node.test, context));
defineCheck("WhileStatement", (node, context) => checkCondition(node.test, context));
defineCheck("DoWhileStatement", (node, context) => checkCondition(node.test, context));
defineCheck("ForStatement", (node, context) => checkCondition(node.test, context));
// A ternary has no parentheses of its own, so `(a = b) ? x : y` still reads as a mistyped comparison.
defineCheck("ConditionalExpression", (node, context) => checkCondition(node.test.kind === "ParenthesizedExpression" ? node.test.expression : node.test, context));
