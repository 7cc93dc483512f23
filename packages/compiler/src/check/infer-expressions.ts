/**
 * Inference for expressions other than calls and assignments. `expr`
 * computes a node's type, records it, and runs the checks registered for
 * the node's kind with the flow facts at that point.
 */

import type * as A from "../syntax/ast.ts";
import { joinFlows } from "./flow.ts";
import { elementType } from "./gdk.ts";
import { propertyOf } from "./members.ts";
import { narrow } from "./narrow.ts";
import { runNodeChecks } from "./registry.ts";
import { CallAnalyzer } from "./infer-calls.ts";
import { BOOLEAN, constantText, DATE, DYNAMIC, join, listOf, NULL, numberOf, STRING, stringValues, withNullable, type NumberTag, type Type } from "./types.ts";

const NUMBER_TAGS: Record<A.NumberLiteral["numberKind"], NumberTag> = {
  int: "Integer",
  long: "Long",
  bigInteger: "BigInteger",
  bigDecimal: "BigDecimal",
  double: "Double",
  float: "Float",
};

const COMPARISONS = new Set(["<", "<=", ">", ">=", "==", "!=", "===", "!==", "in", "!in", "==~"]);

export abstract class ExpressionAnalyzer extends CallAnalyzer {
  expr(node: A.Expression): Type {
    const type = this.infer(node);
    this.facts.types.set(node, type);
    if (this.muted === 0) runNodeChecks(node, this);
    return type;
  }

  private infer(node: A.Expression): Type {
    switch (node.kind) {
      case "NumberLiteral":
        return numberOf(NUMBER_TAGS[node.numberKind]);
      case "StringLiteral":
        return stringValues([{ text: node.value, start: node.start, end: node.end }]);
      case "GStringExpression":
        for (const part of node.expressions) this.expr(part);
        return STRING;
      case "BooleanLiteral":
        return BOOLEAN;
      case "NullLiteral":
        return NULL;
      case "Identifier":
        return this.identifier(node);
      case "ThisExpression":
      case "ErrorExpression":
        return DYNAMIC;
      case "ListExpression": {
        const elements = node.elements.map((e) => this.expr(e));
        return listOf(elements.length === 0 ? DYNAMIC : elements.map((t) => withNullable(t, false)).reduce(join));
      }
      case "MapExpression":
        return this.mapLiteral(node);
      case "ClosureExpression":
        return this.closure(node, null);
      case "PropertyExpression":
        return this.property(node);
      case "MethodPointerExpression":
        if (node.object.kind === "ThisExpression") this.facts.usedMethods.add(node.name);
        else this.expr(node.object);
        return { kind: "closure", returns: DYNAMIC, params: null };
      case "MethodCallExpression":
        return this.call(node);
      case "CallExpression": {
        const callee = this.expr(node.callee);
        this.callArguments(node.args, () => null);
        return callee.kind === "closure" ? callee.returns : DYNAMIC;
      }
      case "IndexExpression":
        return this.index(node);
      case "BinaryExpression":
        return this.binary(node);
      case "LogicalExpression": {
        this.expr(node.left);
        const saved = this.flow;
        this.flow = narrow(node.left, saved, node.operator === "&&", this.keyOf);
        this.expr(node.right);
        this.flow = saved;
        return BOOLEAN;
      }
      case "UnaryExpression": {
        const argument = this.expr(node.argument);
        if (node.operator === "!") return BOOLEAN;
        // `~"pattern"` compiles a regular expression.
        if (node.operator === "~" && argument.kind === "string") return { kind: "instance", className: "Pattern" };
        return withNullable(argument, false);
      }
      case "UpdateExpression": {
        const target = node.argument.kind === "Identifier" || node.argument.kind === "PropertyExpression" || node.argument.kind === "IndexExpression" ? this.expr(node.argument) : DYNAMIC;
        this.assignTarget(node.argument, target, node);
        return target;
      }
      case "AssignmentExpression":
        return this.assignment(node);
      case "ConditionalExpression":
        return this.conditional(node);
      case "ElvisExpression": {
        const left = this.expr(node.left);
        const saved = this.flow;
        this.flow = narrow(node.left, saved, false, this.keyOf);
        const right = this.expr(node.right);
        this.flow = saved;
        return join(withNullable(left, false), right);
      }
      case "CastExpression":
        this.expr(node.expression);
        return this.typeRef(node.type);
      case "InstanceofExpression":
        this.expr(node.expression);
        return BOOLEAN;
      case "NewExpression":
        this.callArguments(node.args, () => null);
        return this.typeRef(node.type);
      case "SpreadExpression":
        return this.expr(node.argument);
      case "ParenthesizedExpression":
        return this.expr(node.expression);
    }
  }

  private identifier(node: A.Identifier): Type {
    const resolution = this.resolveName(node.name);
    this.facts.names.set(node, resolution);
    if (resolution.kind === "local") resolution.symbol.reads++;
    return this.nameType(resolution);
  }

  private conditional(node: A.ConditionalExpression): Type {
    this.expr(node.test);
    const saved = this.flow;
    this.flow = narrow(node.test, saved, true, this.keyOf);
    const consequent = this.expr(node.consequent);
    const whenTrue = this.flow;
    this.flow = narrow(node.test, saved, false, this.keyOf);
    const alternate = this.expr(node.alternate);
    this.flow = joinFlows(whenTrue, this.flow);
    return join(consequent, alternate);
  }

  private mapLiteral(node: A.MapExpression): Type {
    const entries = new Map<string, Type>();
    let value: Type | null = null;
    for (const entry of node.entries) {
      if (entry.key !== null) this.expr(entry.key);
      const type = this.expr(entry.value);
      value = value === null ? type : join(value, type);
      if (entry.key?.kind === "StringLiteral") entries.set(entry.key.value, type);
    }
    return { kind: "map", value: value ?? DYNAMIC, entries };
  }

  private property(node: A.PropertyExpression): Type {
    const className = this.qualifiedClass(node);
    if (className !== null && this.qualifiedClass(node.object) === null) return { kind: "class", name: className };
    const object = this.expr(node.object);
    const receiver = node.operator === "*." ? (elementType(withNullable(object, false)) ?? DYNAMIC) : object;
    if (typeof node.property !== "string") {
      this.expr(node.property);
      return receiver.kind === "map" && receiver.customFields === true ? { kind: "object", name: "CustomField" } : DYNAMIC;
    }
    const member = propertyOf(withNullable(receiver, false), node.property, this.settings);
    this.facts.members.set(node, member);
    this.afterDereference(node.object, node.operator, true);
    let type = member.status === "found" || member.status === "dynamic" || member.status === "unknown-custom-field" ? member.type : DYNAMIC;
    if (node.operator === "*.") return listOf(type);
    const key = this.keyOf(node);
    if (key !== null && this.flow.isNonNull(key)) type = withNullable(type, false);
    else if (node.operator === "?." && receiver.nullable === true) type = withNullable(type, true);
    return type;
  }

  private index(node: A.IndexExpression): Type {
    const receiver = withNullable(this.expr(node.object), false);
    const index = this.expr(node.index);
    this.afterDereference(node.object, node.safe ? "?." : ".", true);
    const key = constantText(index);
    switch (receiver.kind) {
      case "list":
      case "range":
        return index.kind === "number" ? withNullable(elementType(receiver)!, false) : DYNAMIC;
      case "string":
        return STRING;
      case "map":
        if (receiver.customFields === true) {
          const member = key === null ? null : propertyOf(receiver, key, this.settings);
          return member !== null && member.status === "found" ? member.type : { kind: "object", name: "CustomField" };
        }
        if (key !== null && receiver.entries?.has(key)) return receiver.entries.get(key)!;
        // A lookup with any other key can also miss; a string result keeps its constants and gains no null mark.
        return receiver.value;
      case "entity": {
        if (key === null) return DYNAMIC;
        const member = propertyOf(receiver, key, this.settings);
        return member.status === "found" ? member.type : DYNAMIC;
      }
      default:
        return DYNAMIC;
    }
  }

  private binary(node: A.BinaryExpression): Type {
    const left = withNullable(this.expr(node.left), false);
    const right = withNullable(this.expr(node.right), false);
    const op = node.operator;
    if (COMPARISONS.has(op)) return BOOLEAN;
    if (op === "=~") return { kind: "instance", className: "Matcher" };
    if (op === ".." || op === "..<") return { kind: "range" };
    if (op === "<=>") return numberOf("Integer");
    if (op === "+") {
      if (left.kind === "string" || right.kind === "string") return STRING;
      if (left.kind === "list") return left;
      if (left.kind === "map") return left;
      if (left.kind === "date") return DATE;
    }
    if (op === "-" && left.kind === "date") return right.kind === "date" ? numberOf("Integer") : DATE;
    if (op === "-" && (left.kind === "list" || left.kind === "string" || left.kind === "map")) return left;
    if (op === "<<" && left.kind === "list") return left;
    if (left.kind === "number" && right.kind === "number") {
      if (op === "/") return numberOf(left.tag === "Double" || right.tag === "Double" ? "Double" : "BigDecimal");
      return numberOf(left.tag === right.tag ? left.tag : "Number");
    }
    if (op === "*" && left.kind === "string") return STRING;
    return DYNAMIC;
  }
}
