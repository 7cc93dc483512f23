/**
 * Compact S-expression rendering of a syntax tree, for golden-file tests and
 * debugging. Positions are left out so that the output only changes when the
 * structure does.
 */

import type * as A from "./ast.ts";

export function printTree(node: A.Script): string {
  return node.body.map((s) => printNode(s)).join("\n");
}

export function printNode(node: unknown): string {
  if (node === null || node === undefined) return "_";
  if (typeof node === "string") return JSON.stringify(node);
  if (Array.isArray(node)) return "[" + node.map(printNode).join(" ") + "]";
  const n = node as A.Node & Record<string, unknown>;
  switch (n.kind) {
    case "Identifier": return n.name;
    case "StringLiteral": return JSON.stringify(n.value);
    case "NumberLiteral": return `${n.text}${n.radix !== 10 ? "r" + n.radix : ""}:${n.numberKind}`;
    case "BooleanLiteral": return String(n.value);
    case "NullLiteral": return "null";
    case "TypeRef": return n.name + (n.typeArguments.length ? "<" + n.typeArguments.map(printNode).join(",") + ">" : "") + "[]".repeat(n.arrayDimensions);
    case "BinaryExpression": case "LogicalExpression": return `(${n.operator} ${printNode(n.left)} ${printNode(n.right)})`;
    case "UnaryExpression": return `(${n.operator} ${printNode(n.argument)})`;
    case "UpdateExpression": return n.prefix ? `(${n.operator}pre ${printNode(n.argument)})` : `(${n.operator}post ${printNode(n.argument)})`;
    case "AssignmentExpression": return `(${n.operator} ${printNode(n.target)} ${printNode(n.value)})`;
    case "PropertyExpression": return `(${n.operator} ${printNode(n.object)} ${printNode(n.property)})`;
    case "MethodCallExpression": return `(call${n.operator === "." ? "" : n.operator} ${printNode(n.object)} ${printNode(n.name)}${printArgs(n.args)})`;
    case "CallExpression": return `(invoke ${printNode(n.callee)}${printArgs(n.args)})`;
    case "IndexExpression": return `(${n.safe ? "?[]" : "[]"} ${printNode(n.object)} ${printNode(n.index)})`;
    case "ConditionalExpression": return `(? ${printNode(n.test)} ${printNode(n.consequent)} ${printNode(n.alternate)})`;
    case "ElvisExpression": return `(?: ${printNode(n.left)} ${printNode(n.right)})`;
    case "CastExpression": return `(${n.style} ${printNode(n.expression)} ${printNode(n.type)})`;
    case "InstanceofExpression": return `(${n.negated ? "!instanceof" : "instanceof"} ${printNode(n.expression)} ${printNode(n.type)})`;
    case "GStringExpression": return `(gstring ${printNode(n.strings)} ${printNode(n.expressions)})`;
    case "ListExpression": return `(list${n.elements.map((e) => " " + printNode(e)).join("")})`;
    case "MapExpression": return `(map${n.entries.map((e) => ` ${printNode(e.key)}:${printNode(e.value)}`).join("")})`;
    case "ClosureExpression": return `(closure ${n.params === null ? "it" : printParams(n.params)} ${printNode(n.body)})`;
    case "SpreadExpression": return `(* ${printNode(n.argument)})`;
    case "ParenthesizedExpression": return `(paren ${printNode(n.expression)})`;
    case "MethodPointerExpression": return `(.& ${printNode(n.object)} ${n.name})`;
    case "NewExpression": return `(new ${printNode(n.type)}${printArgs(n.args)})`;
    case "ThisExpression": return "this";
    case "ErrorExpression": return "<error>";
    case "ExpressionStatement": return printNode(n.expression);
    case "VariableDeclaration": return `(var ${printNode(n.type)}${n.declarators.map((d) => ` ${d.name}=${printNode(d.init)}`).join("")})`;
    case "MultipleDeclaration": return `(var-multi [${n.targets.map((t) => t.name + typeSuffix(t.type)).join(" ")}] ${printNode(n.init)})`;
    case "Block": return `(block ${printNode(n.body)})`;
    case "IfStatement": return `(if ${printNode(n.test)} ${printNode(n.consequent)} ${printNode(n.alternate)})`;
    case "ForInStatement": return `(for-in ${n.variable}${typeSuffix(n.variableType)} ${printNode(n.iterable)} ${printNode(n.body)})`;
    case "ForStatement": return `(for ${printNode(n.init)} ${printNode(n.test)} ${printNode(n.update)} ${printNode(n.body)})`;
    case "WhileStatement": return `(while ${printNode(n.test)} ${printNode(n.body)})`;
    case "DoWhileStatement": return `(do ${printNode(n.body)} ${printNode(n.test)})`;
    case "SwitchStatement": return `(switch ${printNode(n.discriminant)}${n.cases.map((c) => ` (${c.isDefault ? "default " : ""}case ${printNode(c.tests)} ${printNode(c.body)})`).join("")})`;
    case "BreakStatement": return n.label ? `(break ${n.label})` : "(break)";
    case "ContinueStatement": return n.label ? `(continue ${n.label})` : "(continue)";
    case "ReturnStatement": return `(return ${printNode(n.argument)})`;
    case "ThrowStatement": return `(throw ${printNode(n.argument)})`;
    case "AssertStatement": return `(assert ${printNode(n.test)} ${printNode(n.message)})`;
    case "LabeledStatement": return `(label ${n.label} ${printNode(n.body)})`;
    case "TryStatement": return `(try ${printNode(n.block)}${n.handlers.map((h) => ` (catch [${h.types.map(printNode).join(" ")}] ${h.param} ${printNode(h.body)})`).join("")} ${printNode(n.finalizer)})`;
    case "MethodDeclaration": return `(method ${n.name}${typeSuffix(n.returnType)} ${printParams(n.params)} ${printNode(n.body)})`;
    case "ImportDeclaration": return `(import ${n.isStatic ? "static " : ""}${n.path}${n.star ? ".*" : ""}${n.alias ? " as " + n.alias : ""})`;
    case "UnsupportedStatement": return `(unsupported ${n.what})`;
    default: return `<${String(n.kind)}>`;
  }
}

/** `:Type` after a declared name, or nothing for `def` and untyped names. */
function typeSuffix(type: A.TypeRef | null): string {
  return type ? ":" + printNode(type) : "";
}

function printArgs(args: A.Arguments): string {
  const named = args.named.map((e) => ` ${printNode(e.key)}:${printNode(e.value)}`).join("");
  const positional = args.positional.map((e) => " " + printNode(e)).join("");
  return (named ? ` {${named.trim()}}` : "") + positional;
}

function printParams(params: A.Parameter[]): string {
  return "(" + params.map(printParam).join(" ") + ")";
}

function printParam(p: A.Parameter): string {
  const type = (p.type ? printNode(p.type) : "") + (p.varargs ? "..." : "");
  return (type ? type + " " : "") + p.name + (p.defaultValue ? "=" + printNode(p.defaultValue) : "");
}
