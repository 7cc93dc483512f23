/** Hover: the inferred type of the name, member or call under the cursor, with its documentation. */

import { formatType, type AST } from "@twinsync/compiler";
import * as R from "@twinsync/runtime";
import { MarkupKind, type Hover } from "vscode-languageserver";
import { rangeOf, type DocumentAnalysis } from "./analysis.ts";
import { describeType, findMember, formatSignatureType } from "./members.ts";
import { nameRange } from "./scopes.ts";
import { nodePath } from "./tree.ts";

function hoverOf(doc: DocumentAnalysis, start: number, end: number, signature: string, text?: string): Hover {
  const value = "```groovy\n" + signature + "\n```" + (text === undefined || text === "" ? "" : "\n\n" + text);
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(doc, start, end) };
}

const within = (offset: number, start: number, end: number) => start <= offset && offset <= end;

function identifierHover(doc: DocumentAnalysis, node: AST.Identifier): Hover | null {
  const resolution = doc.analysis.facts.names.get(node);
  const type = describeType(doc.analysis.typeOf(node));
  switch (resolution?.kind) {
    case "local":
      return hoverOf(doc, node.start, node.end, `(${resolution.symbol.kind.replace("-", " ")}) ${node.name}: ${type}`);
    case "rule-variable": {
      const decl = R.RULE_VARIABLES.find((v) => v.name === node.name);
      return hoverOf(doc, node.start, node.end, `(rule variable) ${node.name}: ${decl === undefined ? type : formatSignatureType(decl.type)}`, decl?.doc);
    }
    case "binding":
      return hoverOf(doc, node.start, node.end, `(binding variable) ${node.name}: ${type}`, "A variable the rule creates by assigning it without `def`.");
    case "class":
      return hoverOf(doc, node.start, node.end, `class ${resolution.name}`);
    case "other-direction":
      return hoverOf(doc, node.start, node.end, `(rule variable) ${node.name}`, `Only available in ${resolution.direction} rules.`);
    default:
      return null;
  }
}

function methodSignature(method: AST.MethodDeclaration): string {
  const params = method.params.map((p) => `${p.type === null ? "def" : p.type.name} ${p.name}`).join(", ");
  return `${method.returnType === null ? "def" : method.returnType.name} ${method.name}(${params})`;
}

function memberHover(doc: DocumentAnalysis, node: AST.PropertyExpression | AST.MethodCallExpression, name: string, start: number, end: number): Hover {
  const { direction, config } = doc.settings;
  const receiver = node.object === null ? null : doc.analysis.typeOf(node.object);
  const member = receiver === null ? undefined : findMember(node.operator === "*." && receiver.kind === "list" ? receiver.element : receiver, name, direction, config);
  const owner = receiver === null ? "" : formatType(receiver) + ".";
  const result = describeType(doc.analysis.typeOf(node));
  if (member?.kind === "method" && member.params !== undefined) return hoverOf(doc, start, end, `${owner}${member.detail}`, member.doc);
  const label = node.kind === "MethodCallExpression" ? `(method) ${owner}${name}(...): ${result}` : `(property) ${owner}${name}: ${result}`;
  return hoverOf(doc, start, end, label, member?.doc);
}

/** Returns the hover for `offset`, or null where there is nothing to show. */
export function hover(doc: DocumentAnalysis, offset: number): Hover | null {
  const path = nodePath(doc.compiled.script, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    switch (node.kind) {
      case "Identifier":
        return identifierHover(doc, node);
      case "PropertyExpression":
        if (typeof node.property === "string" && within(offset, node.propertyStart, node.propertyEnd)) return memberHover(doc, node, node.property, node.propertyStart, node.propertyEnd);
        break;
      case "MethodCallExpression": {
        if (typeof node.name !== "string" || !within(offset, node.nameStart, node.nameEnd)) break;
        if (node.object !== null) return memberHover(doc, node, node.name, node.nameStart, node.nameEnd);
        const call = doc.analysis.facts.calls.get(node);
        if (call?.kind === "script-method") return hoverOf(doc, node.nameStart, node.nameEnd, methodSignature(call.overloads[0]!), `Returns ${describeType(doc.analysis.typeOf(node))}.`);
        return null;
      }
      case "MethodDeclaration":
        if (within(offset, node.nameStart, node.nameEnd)) return hoverOf(doc, node.nameStart, node.nameEnd, methodSignature(node), "A method of this rule.");
        break;
      case "VariableDeclaration":
        for (const declarator of node.declarators) {
          if (!within(offset, declarator.nameStart, declarator.nameEnd)) continue;
          const symbol = doc.analysis.facts.declarators.get(declarator);
          const type = symbol?.declaredType ?? (declarator.init === null ? null : doc.analysis.typeOf(declarator.init));
          return hoverOf(doc, declarator.nameStart, declarator.nameEnd, `(variable) ${declarator.name}: ${type === null ? "Object" : describeType(type)}`);
        }
        break;
    }
  }
  // Parameters are not tree nodes; their symbols carry the ranges.
  for (const symbol of doc.analysis.facts.symbols) {
    const name = nameRange(doc, symbol);
    if (symbol.kind !== "it" && within(offset, name.start, name.end)) {
      return hoverOf(doc, name.start, name.end, `(${symbol.kind.replace("-", " ")}) ${symbol.name}${symbol.declaredType === null ? "" : ": " + describeType(symbol.declaredType)}`);
    }
  }
  return null;
}
