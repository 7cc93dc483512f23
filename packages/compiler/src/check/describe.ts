/** Short source-like renderings of expressions for diagnostic messages: `replica.assignee`, `nodeHelper.getUser(...)`. */

import type * as A from "../syntax/ast.ts";

const MAX_LENGTH = 60;

/** Whether a property name was written in quotes (`a."Story Points"`), judged from its source range. */
export function isQuotedProperty(node: A.PropertyExpression): boolean {
  return typeof node.property === "string" && node.propertyEnd - node.propertyStart !== node.property.length;
}

function render(node: A.Expression): string {
  switch (node.kind) {
    case "Identifier":
      return node.name;
    case "ThisExpression":
      return "this";
    case "StringLiteral":
      return JSON.stringify(node.value);
    case "NumberLiteral":
      return node.text;
    case "PropertyExpression": {
      const name = typeof node.property !== "string" ? "(...)" : isQuotedProperty(node) || !/^[A-Za-z_$][\w$]*$/.test(node.property) ? JSON.stringify(node.property) : node.property;
      return `${render(node.object)}${node.operator}${name}`;
    }
    case "MethodCallExpression": {
      const name = typeof node.name === "string" ? node.name : "(...)";
      const args = node.args.positional.length + node.args.named.length === 0 ? "()" : "(...)";
      return node.object === null ? `${name}${args}` : `${render(node.object)}${node.operator}${name}${args}`;
    }
    case "IndexExpression":
      return `${render(node.object)}${node.safe ? "?[" : "["}${node.index.kind === "StringLiteral" || node.index.kind === "NumberLiteral" ? render(node.index) : "..."}]`;
    case "ParenthesizedExpression":
      return `(${render(node.expression)})`;
    default:
      return "the value";
  }
}

/** Renders an expression for a message, shortened in the middle when long. */
export function describeExpression(node: A.Expression): string {
  const text = render(node);
  return text.length <= MAX_LENGTH ? text : `${text.slice(0, 28)}...${text.slice(-28)}`;
}

/** The innermost receiver of a member chain: `replica` for `replica.assignee.email`. */
export function rootOf(node: A.Expression): A.Expression {
  let current = node;
  for (;;) {
    if (current.kind === "PropertyExpression" || current.kind === "IndexExpression") current = current.object;
    else if (current.kind === "MethodCallExpression" && current.object !== null) current = current.object;
    else if (current.kind === "ParenthesizedExpression") current = current.expression;
    else return current;
  }
}
