/**
 * Inference for calls, closures and assignments: the expressions that bind
 * closure parameters, change what is known about a variable or path, or
 * depend on another function's result.
 */

import type * as A from "../syntax/ast.ts";
import { AnalyzerBase, type FunctionFrame } from "./analyzer-base.ts";
import { LINKS_RECORD, SETS_PROJECT, SETS_TYPE } from "./flow.ts";
import { closureParameters, elementType, NULL_SAFE_METHODS, staticResult } from "./gdk.ts";
import { methodOf, propertyOf } from "./members.ts";
import { isLocalRecordName } from "./model.ts";
import { markNonNull } from "./narrow.ts";
import { runNodeChecks } from "./registry.ts";
import { Scope, type CallResolution } from "./scope.ts";
import { closestName } from "./suggest.ts";
import { DYNAMIC, join, listOf, VOID, withNullable, type Type } from "./types.ts";

const BUILTINS = new Set(["println", "print", "sleep"]);

/** Methods whose closure runs with the receiver as its delegate, so bare names inside may be the receiver's members. */
const DELEGATE_METHODS = new Set(["with", "tap", "identity", "use", "configure"]);

/** `Flow.created` bits by local-record field: what writing the field on a first sync contributes to creating the record. */
const CREATION_FIELDS = new Map<string, number>([
  ["projectKey", SETS_PROJECT],
  ["project", SETS_PROJECT],
  ["typeName", SETS_TYPE],
  ["type", SETS_TYPE],
  ["id", LINKS_RECORD],
  ["key", LINKS_RECORD],
]);

/** Returns the `Flow.created` bit that writing `name` on the local record sets, or 0. */
export function creationBit(name: string): number {
  return CREATION_FIELDS.get(name) ?? 0;
}

export abstract class CallAnalyzer extends AnalyzerBase {
  abstract walkFunctionBody(body: A.Statement[]): void;
  abstract methodReturnType(decl: A.MethodDeclaration): Type;

  /** Tells whether an expression is the local record (`issue`, `workItem`, `entity` as rule variables). */
  isLocalRecord(expression: A.Expression): boolean {
    return expression.kind === "Identifier" && isLocalRecordName(expression.name) && this.keyOf(expression) === "issue";
  }

  /** `a.b.C` written as a class name, when `a` is not a variable; returns the class's simple name. */
  qualifiedClass(node: A.Expression): string | null {
    const parts: string[] = [];
    let current = node;
    while (current.kind === "PropertyExpression" && current.operator === "." && typeof current.property === "string") {
      parts.unshift(current.property);
      current = current.object;
    }
    if (current.kind !== "Identifier" || parts.length === 0) return null;
    const resolution = this.resolveName(current.name);
    if (resolution.kind !== "unknown" && resolution.kind !== "class") return null;
    return this.resolveClass([current.name, ...parts].join("."));
  }

  /** Analyzes a closure whose parameters have the given types (`null`: unknown). */
  closure(node: A.ClosureExpression, parameterTypes: Type[] | null): Type {
    const outerScope = this.scope;
    const outerFlow = this.flow;
    const outerFrame = this.frame;
    this.scope = new Scope(outerScope, false, false);
    this.flow = outerFlow.clone();
    this.frame = { kind: "closure", returns: [], outerWrites: new Set() };
    if (node.params === null) {
      this.declare("it", "it", node.start, node.start, parameterTypes?.[0] ?? DYNAMIC);
    } else {
      node.params.forEach((param, i) => {
        if (param.defaultValue !== null) this.expr(param.defaultValue);
        const declared = param.type === null ? null : this.typeRef(param.type);
        this.declare(param.name, "closure-parameter", param.start, param.end, declared ?? parameterTypes?.[i] ?? DYNAMIC, declared);
      });
    }
    this.closureDepth++;
    this.walkFunctionBody(node.body);
    this.closureDepth--;
    const frame = this.frame;
    this.scope = outerScope;
    this.flow = outerFlow;
    this.frame = outerFrame;
    // The closure may run any number of times, so the enclosing flow drops its facts about what the closure assigns.
    for (const symbol of frame.outerWrites!) {
      this.flow.forget(`#${symbol.id}`);
      this.flow.setType(symbol.id, DYNAMIC);
      outerFrame.outerWrites?.add(symbol);
    }
    return { kind: "closure", returns: functionResult(frame), params: node.params === null ? null : node.params.length };
  }

  /** Evaluates call arguments; closures get parameter types from `closureTypes`. Returns the last closure's result type. */
  protected callArguments(args: A.Arguments, closureTypes: (count: number) => Type[] | null): Type | null {
    for (const entry of args.named) {
      if (entry.key !== null) this.expr(entry.key);
      this.expr(entry.value);
    }
    let closureResult: Type | null = null;
    for (const arg of args.positional) {
      if (arg.kind === "ClosureExpression") {
        const type = this.closure(arg, closureTypes(arg.params === null ? 1 : arg.params.length));
        this.facts.types.set(arg, type);
        closureResult = type.kind === "closure" ? type.returns : DYNAMIC;
      } else {
        this.expr(arg);
      }
    }
    return closureResult;
  }

  call(node: A.MethodCallExpression): Type {
    if (node.object === null || node.object.kind === "ThisExpression") return this.unqualifiedCall(node);
    const name = typeof node.name === "string" ? node.name : null;
    if (name === null) {
      this.expr(node.name as A.Expression);
      this.expr(node.object);
      this.callArguments(node.args, () => null);
      return DYNAMIC;
    }
    const className = this.qualifiedClass(node.object);
    if (className !== null) {
      this.facts.types.set(node.object, { kind: "class", name: className });
      const closure = this.callArguments(node.args, () => null);
      const member = methodOf({ kind: "class", name: className }, name, argumentCount(node.args), closure, this.settings);
      this.facts.members.set(node, member);
      return member.status === "found" && member.type.kind !== "dynamic" ? member.type : staticResult(className, name);
    }
    const object = this.expr(node.object);
    // `list*.m()` calls m on every element.
    const receiver = node.operator === "*." ? (elementType(withNullable(object, false)) ?? DYNAMIC) : object;
    const delegates = DELEGATE_METHODS.has(name) || receiver.kind === "instance";
    if (delegates) this.delegateDepth++;
    const closure = this.callArguments(node.args, (count) => this.closureParametersFor(receiver, name, count));
    if (delegates) this.delegateDepth--;
    const member = methodOf(withNullable(receiver, false), name, argumentCount(node.args), closure, this.settings);
    this.facts.members.set(node, member);
    this.noteCreation(node, name);
    const result = member.status === "found" || member.status === "dynamic" ? member.type : DYNAMIC;
    this.afterDereference(node.object, node.operator, !NULL_SAFE_METHODS.has(name));
    if (node.operator === "*.") return listOf(result);
    if (node.operator === "?." && receiver.nullable === true) return withNullable(result, true);
    return result;
  }

  private closureParametersFor(receiver: Type, method: string, count: number): Type[] {
    if (receiver.kind === "helper") {
      const member = methodOf(receiver, method, 0, null, this.settings);
      // A helper's closure edits each item of the list the method returns (mergeComments: each Comment).
      if (member.status === "found" && member.type.kind === "list") return Array.from({ length: count }, () => withNullable((member.type as Type & { kind: "list" }).element, false));
      return Array.from({ length: count }, () => DYNAMIC);
    }
    return closureParameters(withNullable(receiver, false), method, count);
  }

  /** `issue.setProjectKey(...)` and the like count as setting the new record's project or type. */
  private noteCreation(node: A.MethodCallExpression, name: string): void {
    if (node.object === null || !this.isLocalRecord(node.object) || !name.startsWith("set")) return;
    const bit = creationBit(name.charAt(3).toLowerCase() + name.slice(4));
    if (bit !== 0) this.flow.created |= bit;
  }

  /** After `a.b` or `a.m()` ran without `?.`, `a` is known not to be null. */
  afterDereference(receiver: A.Expression, operator: A.MemberOperator, dereferences: boolean): void {
    if (operator !== "." || !dereferences) return;
    const key = this.keyOf(receiver);
    if (key !== null) markNonNull(this.flow, key);
  }

  private unqualifiedCall(node: A.MethodCallExpression): Type {
    const name = node.name as string;
    let resolution: CallResolution;
    let result: Type = DYNAMIC;
    const local = node.object === null ? this.scope.resolve(name) : undefined;
    const overloads = this.methods.get(name);
    if (local !== undefined) {
      local.reads++;
      const type = this.flow.typeOf(local.id);
      if (type?.kind === "closure") result = type.returns;
      resolution = { kind: "local-closure" };
    } else if (overloads !== undefined) {
      if (this.frame.methodName !== name) this.facts.usedMethods.add(name);
      const count = argumentCount(node.args);
      const matching = overloads.filter((decl) => count >= requiredParameters(decl) && count <= decl.params.length);
      result = (matching.length > 0 ? matching : overloads).map((decl) => this.methodReturnType(decl)).reduce(join);
      resolution = { kind: "script-method", overloads };
      const creates = this.methodCreates.get(name) ?? 0;
      this.flow.created |= creates;
    } else if (node.object === null && this.ruleVariables.has(name)) {
      resolution = { kind: "binding-closure" };
      result = VOID;
    } else if (node.object === null && this.resolveName(name).kind === "other-direction") {
      resolution = { kind: "other-direction", name, direction: this.settings.direction === "outgoing" ? "incoming" : "outgoing" };
    } else if (node.object === null && this.bindingNames.has(name)) {
      resolution = { kind: "binding-closure" };
    } else if (node.object === null && BUILTINS.has(name)) {
      resolution = { kind: "builtin" };
    } else if (node.object === null && this.staticImports.has(name)) {
      resolution = { kind: "static-import" };
    } else if (this.delegateDepth > 0) {
      resolution = { kind: "builtin" };
    } else {
      const candidates = [...this.methods.keys(), ...BUILTINS, ...this.scope.visibleNames()];
      resolution = { kind: "unknown", suggestion: closestName(name, candidates) };
    }
    this.facts.calls.set(node, resolution);
    this.callArguments(node.args, (count) => Array.from({ length: count }, () => DYNAMIC));
    return result;
  }

  /** Script methods that set the new record's project, type or link, filled before the body is analyzed. */
  readonly methodCreates = new Map<string, number>();

  assignment(node: A.AssignmentExpression): Type {
    const value = this.expr(node.value);
    if (node.target.kind === "ListExpression") {
      for (const element of node.target.elements) this.assignTarget(element, DYNAMIC, node);
      return value;
    }
    const written = node.operator === "=" ? value : join(this.targetType(node.target), value);
    this.assignTarget(node.target, written, node);
    return written;
  }

  /** Returns the current type of an assignment target, for compound assignments. */
  private targetType(target: A.Expression): Type {
    if (target.kind === "Identifier") {
      const local = this.scope.resolve(target.name);
      return local === undefined ? DYNAMIC : (this.flow.typeOf(local.id) ?? DYNAMIC);
    }
    return DYNAMIC;
  }

  /** Records a write: the new type of a local, what is forgotten about a path, first-sync creation. */
  assignTarget(target: A.Expression, value: Type, assignment: A.AssignmentExpression | A.UpdateExpression): void {
    switch (target.kind) {
      case "Identifier": {
        const local = this.scope.resolve(target.name);
        if (local !== undefined) {
          this.flow.setType(local.id, local.declaredType ?? value);
          this.flow.forget(`#${local.id}`);
          this.recordValueSource(local, assignment.kind === "AssignmentExpression" && assignment.operator === "=" ? assignment.value : assignment);
          if (this.frame.outerWrites !== undefined && local.frame !== this.frame) this.frame.outerWrites.add(local);
        }
        this.facts.types.set(target, value);
        return;
      }
      case "PropertyExpression": {
        const receiver = this.expr(target.object);
        if (typeof target.property !== "string") this.expr(target.property);
        else {
          const member = propertyOf(withNullable(receiver, false), target.property, this.settings);
          this.facts.members.set(target, member);
          this.facts.types.set(target, member.status === "found" ? member.type : DYNAMIC);
          if (this.isLocalRecord(target.object)) this.flow.created |= creationBit(target.property);
        }
        this.facts.writeTargets.add(target);
        if (assignment.kind === "AssignmentExpression") this.facts.assignedValues.set(target, assignment.value);
        if (this.muted === 0) runNodeChecks(target, this);
        const key = this.keyOf(target);
        if (key !== null) {
          this.flow.forget(key);
          if (value.nullable !== true && value.kind !== "null" && assignment.kind === "AssignmentExpression") markNonNull(this.flow, key);
        }
        return;
      }
      case "IndexExpression":
        this.expr(target.object);
        this.expr(target.index);
        return;
      case "ParenthesizedExpression":
        this.assignTarget(target.expression, value, assignment);
        return;
      default:
        this.expr(target);
    }
  }

}

/** Counts the arguments a call passes; named arguments travel as one map. */
export function argumentCount(args: A.Arguments): number {
  return args.positional.length + (args.named.length > 0 ? 1 : 0);
}

export function requiredParameters(decl: A.MethodDeclaration): number {
  return decl.params.filter((p) => p.defaultValue === null).length;
}

/** The type a function returns: its `return` values joined with the value of a final expression. */
export function functionResult(frame: FunctionFrame): Type {
  if (frame.returns.length === 0) return DYNAMIC;
  return frame.returns.reduce(join);
}
