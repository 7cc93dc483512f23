/**
 * Null dereferences: a property read, method call or subscript through a
 * value that the declarations say can be null, with no `?.` and no check on
 * this path. A dereference counts as a check for the rest of the path, so
 * each nullable value is reported once.
 */

import type { RelatedLocation } from "../../diagnostics.ts";
import type * as A from "../../syntax/ast.ts";
import { describeExpression, rootOf } from "../describe.ts";
import { NULL_SAFE_METHODS } from "../gdk.ts";
import { defineCheck, type CheckContext } from "../registry.ts";

/** Why the receiver can be null, in words for the message. */
function reason(receiver: A.Expression, context: CheckContext): string {
  let inner = receiver;
  while (inner.kind === "ParenthesizedExpression") inner = inner.expression;
  if (inner.kind === "MethodCallExpression" && typeof inner.name === "string") {
    return inner.name.startsWith("get") || inner.name.startsWith("find") ? ` when ${inner.name} finds nothing` : "";
  }
  if (inner.kind === "Identifier" && inner.name === "previous") return " on a first sync";
  const root = rootOf(inner);
  if (root.kind === "Identifier") {
    if (root.name === "replica" && context.settings.direction === "incoming") return " when the other side does not send it";
    if (root.name === "previous") return " on a first sync or when the previous replica lacks it";
    if (root.name === "issue" || root.name === "workItem" || root.name === "entity") return " when the field is empty";
  }
  return "";
}

/** Whether the receiver's own receiver was already reported: `a.b.c` with both `a` and `a.b` nullable is one problem. */
function innerReported(receiver: A.Expression, context: CheckContext): boolean {
  if (receiver.kind === "PropertyExpression" || (receiver.kind === "MethodCallExpression" && receiver.object !== null)) {
    return receiver.operator === "." && context.typeOf(receiver.object!).nullable === true;
  }
  return receiver.kind === "IndexExpression" && !receiver.safe && context.typeOf(receiver.object).nullable === true;
}

/** Points at the value that a local variable got and that can be null, when the receiver is such a variable. */
function nullSource(receiver: A.Expression, context: CheckContext): RelatedLocation[] {
  let inner = receiver;
  while (inner.kind === "ParenthesizedExpression") inner = inner.expression;
  if (inner.kind !== "Identifier") return [];
  const source = context.valueSource(inner);
  if (source === null) return [];
  const type = context.typeOf(source);
  if (type.nullable !== true && type.kind !== "null") return [];
  return [{ start: source.start, end: source.end, message: `'${inner.name}' gets a value here that can be null` }];
}

function check(receiver: A.Expression | null, context: CheckContext): void {
  if (receiver === null) return;
  if (context.typeOf(receiver).nullable !== true || innerReported(receiver, context)) return;
  context.report("null-dereference", receiver, { expression: describeExpression(receiver), reason: reason(receiver, context) }, undefined, nullSource(receiver, context));
}

defineCheck("PropertyExpression", (node, context) => {
  if (node.operator === ".") check(node.object, context);
});

defineCheck("MethodCallExpression", (node, context) => {
  if (node.operator === "." && typeof node.name === "string" && !NULL_SAFE_METHODS.has(node.name)) check(node.object, context);
});

defineCheck("IndexExpression", (node, context) => {
  if (!node.safe) check(node.object, context);
});
