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

function forEachArgument(args: A.Arguments, visit: (child: A.Node) => void): void {
  for (const entry of args.named) {
    if (entry.key !== null) visit(entry.key);
    visit(entry.value);
  }
  for (const argument of args.positional) visit(argument);
}

function forEachDefault(params: readonly A.Parameter[], visit: (child: A.Node) => void): void {
  for (const param of params) if (param.defaultValue !== null) visit(param.defaultValue);
}

/**
 * Calls `visit` with each child that `childrenOf` lists, in the same order,
 * without building the list. The checker's whole-tree passes use it, because
 * the lists were a large share of their allocations.
 */
export function forEachChild(node: A.Node, visit: (child: A.Node) => void): void {
  switch (node.kind) {
    case "Script":
    case "Block":
      for (const statement of node.body) visit(statement);
      return;
    case "ExpressionStatement":
      visit(node.expression);
      return;
    case "VariableDeclaration":
      for (const declarator of node.declarators) if (declarator.init !== null) visit(declarator.init);
      return;
    case "MultipleDeclaration":
      visit(node.init);
      return;
    case "IfStatement":
      visit(node.test);
      visit(node.consequent);
      if (node.alternate !== null) visit(node.alternate);
      return;
    case "ForInStatement":
      visit(node.iterable);
      visit(node.body);
      return;
    case "ForStatement":
      for (const statement of node.init) visit(statement);
      if (node.test !== null) visit(node.test);
      for (const update of node.update) visit(update);
      visit(node.body);
      return;
    case "WhileStatement":
      visit(node.test);
      visit(node.body);
      return;
    case "DoWhileStatement":
      visit(node.body);
      visit(node.test);
      return;
    case "SwitchStatement":
      visit(node.discriminant);
      for (const c of node.cases) {
        for (const test of c.tests) visit(test);
        for (const statement of c.body) visit(statement);
      }
      return;
    case "ReturnStatement":
      if (node.argument !== null) visit(node.argument);
      return;
    case "TryStatement":
      visit(node.block);
      for (const handler of node.handlers) visit(handler.body);
      if (node.finalizer !== null) visit(node.finalizer);
      return;
    case "ThrowStatement":
      visit(node.argument);
      return;
    case "AssertStatement":
      visit(node.test);
      if (node.message !== null) visit(node.message);
      return;
    case "LabeledStatement":
      if (node.body !== null) visit(node.body);
      return;
    case "MethodDeclaration":
      forEachDefault(node.params, visit);
      visit(node.body);
      return;
    case "GStringExpression":
      for (const expression of node.expressions) visit(expression);
      return;
    case "ListExpression":
      for (const element of node.elements) visit(element);
      return;
    case "MapExpression":
      for (const entry of node.entries) {
        if (entry.key !== null) visit(entry.key);
        visit(entry.value);
      }
      return;
    case "ClosureExpression":
      if (node.params !== null) forEachDefault(node.params, visit);
      for (const statement of node.body) visit(statement);
      return;
    case "PropertyExpression":
      visit(node.object);
      if (typeof node.property !== "string") visit(node.property);
      return;
    case "MethodPointerExpression":
      visit(node.object);
      return;
    case "MethodCallExpression":
      if (node.object !== null) visit(node.object);
      if (typeof node.name !== "string") visit(node.name);
      forEachArgument(node.args, visit);
      return;
    case "CallExpression":
      visit(node.callee);
      forEachArgument(node.args, visit);
      return;
    case "IndexExpression":
      visit(node.object);
      visit(node.index);
      return;
    case "BinaryExpression":
    case "LogicalExpression":
    case "ElvisExpression":
      visit(node.left);
      visit(node.right);
      return;
    case "UnaryExpression":
    case "UpdateExpression":
    case "SpreadExpression":
      visit(node.argument);
      return;
    case "AssignmentExpression":
      visit(node.target);
      visit(node.value);
      return;
    case "ConditionalExpression":
      visit(node.test);
      visit(node.consequent);
      visit(node.alternate);
      return;
    case "CastExpression":
    case "InstanceofExpression":
    case "ParenthesizedExpression":
      visit(node.expression);
      return;
    case "NewExpression":
      forEachArgument(node.args, visit);
      return;
    default:
      return;
  }
}

/** Visits a node and its descendants depth first; `visit` returns false to skip a node's children. */
export function walk(root: A.Node, visit: (node: A.Node) => boolean | void): void {
  const step = (node: A.Node): void => {
    if (visit(node) !== false) forEachChild(node, step);
  };
  step(root);
}
