/** Generic traversal of the syntax tree, for the checker's pre-passes and whole-rule checks. */

import type * as A from "../syntax/ast.ts";

function argumentNodes(args: A.Arguments): A.Node[] {
  return [...args.named.flatMap((entry) => (entry.key === null ? [entry.value] : [entry.key, entry.value])), ...args.positional];
}

/** The direct children of a node that are statements or expressions, in source order. */
export function childrenOf(node: A.Node): A.Node[] {
  switch (node.kind) {
    case "Script":
    case "Block":
      return node.body;
    case "ExpressionStatement":
      return [node.expression];
    case "VariableDeclaration":
      return node.declarators.flatMap((d) => (d.init === null ? [] : [d.init]));
    case "MultipleDeclaration":
      return [node.init];
    case "IfStatement":
      return node.alternate === null ? [node.test, node.consequent] : [node.test, node.consequent, node.alternate];
    case "ForInStatement":
      return [node.iterable, node.body];
    case "ForStatement":
      return [...node.init, ...(node.test === null ? [] : [node.test]), ...node.update, node.body];
    case "WhileStatement":
      return [node.test, node.body];
    case "DoWhileStatement":
      return [node.body, node.test];
    case "SwitchStatement":
      return [node.discriminant, ...node.cases.flatMap((c) => [...c.tests, ...c.body])];
    case "ReturnStatement":
      return node.argument === null ? [] : [node.argument];
    case "TryStatement":
      return [node.block, ...node.handlers.map((h) => h.body), ...(node.finalizer === null ? [] : [node.finalizer])];
    case "ThrowStatement":
      return [node.argument];
    case "AssertStatement":
      return node.message === null ? [node.test] : [node.test, node.message];
    case "LabeledStatement":
      return node.body === null ? [] : [node.body];
    case "MethodDeclaration":
      return [...node.params.flatMap((p) => (p.defaultValue === null ? [] : [p.defaultValue])), node.body];
    case "GStringExpression":
      return node.expressions;
    case "ListExpression":
      return node.elements;
    case "MapExpression":
      return node.entries.flatMap((entry) => (entry.key === null ? [entry.value] : [entry.key, entry.value]));
    case "ClosureExpression":
      return [...(node.params ?? []).flatMap((p) => (p.defaultValue === null ? [] : [p.defaultValue])), ...node.body];
    case "PropertyExpression":
      return typeof node.property === "string" ? [node.object] : [node.object, node.property];
    case "MethodPointerExpression":
      return [node.object];
    case "MethodCallExpression":
      return [...(node.object === null ? [] : [node.object]), ...(typeof node.name === "string" ? [] : [node.name]), ...argumentNodes(node.args)];
    case "CallExpression":
      return [node.callee, ...argumentNodes(node.args)];
    case "IndexExpression":
      return [node.object, node.index];
    case "BinaryExpression":
    case "LogicalExpression":
      return [node.left, node.right];
    case "UnaryExpression":
    case "UpdateExpression":
    case "SpreadExpression":
      return [node.argument];
    case "AssignmentExpression":
      return [node.target, node.value];
    case "ConditionalExpression":
      return [node.test, node.consequent, node.alternate];
    case "ElvisExpression":
      return [node.left, node.right];
    case "CastExpression":
    case "InstanceofExpression":
    case "ParenthesizedExpression":
      return [node.expression];
    case "NewExpression":
      return argumentNodes(node.args);
    default:
      return [];
  }
}

/** Visits a node and its descendants depth first; `visit` returns false to skip a node's children. */
export function walk(node: A.Node, visit: (node: A.Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of childrenOf(node)) walk(child, visit);
}
