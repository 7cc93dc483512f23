/**
 * The statement pass: scopes, branches, loops and jumps, with the flow
 * facts joined where paths meet. A loop body is analyzed twice: a silent
 * first pass finds what one iteration changes, and the second pass starts
 * from the loop entry joined with that, so facts that an iteration breaks
 * are not trusted.
 */

import type * as A from "../syntax/ast.ts";
import { CREATES_ALL, Flow, joinAll, joinFlows } from "./flow.ts";
import { elementType } from "./gdk.ts";
import { functionResult } from "./infer-calls.ts";
import { ExpressionAnalyzer } from "./infer-expressions.ts";
import { narrow } from "./narrow.ts";
import { runNodeChecks, runUnreachableChecks } from "./registry.ts";
import { Scope } from "./scope.ts";
import { DYNAMIC, NULL, withNullable, type Type } from "./types.ts";

/** Where `break` and `continue` go: a loop or a switch, with the flows that jump to it. */
interface JumpTarget {
  label: string | null;
  loop: boolean;
  breaks: Flow[];
  continues: Flow[];
}

export class Analyzer extends ExpressionAnalyzer {
  private targets: JumpTarget[] = [];
  private pendingLabel: string | null = null;
  private readonly returnTypes = new Map<A.MethodDeclaration, Type>();
  private readonly started = new Set<A.MethodDeclaration>();

  /** Analyzes the script body, then every script method not reached from it. Returns the flow at the body's end. */
  analyzeScript(script: A.Script): Flow {
    if (this.settings.direction === "outgoing") this.flow.created = CREATES_ALL;
    this.walkList(script.body, false);
    const end = this.flow;
    for (const overloads of this.methods.values()) for (const decl of overloads) this.methodReturnType(decl);
    return end;
  }

  walkFunctionBody(body: A.Statement[]): void {
    this.walkList(body, true);
  }

  methodReturnType(decl: A.MethodDeclaration): Type {
    const known = this.returnTypes.get(decl);
    if (known !== undefined) return known;
    if (this.started.has(decl)) return DYNAMIC;
    this.started.add(decl);
    const saved = { scope: this.scope, flow: this.flow, frame: this.frame, inMethod: this.inMethod, muted: this.muted, targets: this.targets };
    this.scope = new Scope(null, true, false);
    this.flow = new Flow();
    this.flow.created = CREATES_ALL;
    this.frame = { kind: "method", returns: [], methodName: decl.name };
    this.inMethod = true;
    this.muted = 0;
    this.targets = [];
    for (const param of decl.params) {
      if (param.defaultValue !== null) this.expr(param.defaultValue);
      const declared = param.type === null ? null : this.typeRef(param.type);
      this.declare(param.name, "parameter", param.start, param.end, declared ?? DYNAMIC, declared);
    }
    this.walkFunctionBody(decl.body.body);
    const result = decl.returnType === null ? functionResult(this.frame) : this.typeRef(decl.returnType);
    Object.assign(this, saved);
    this.returnTypes.set(decl, result);
    return result;
  }

  private walkList(body: A.Statement[], implicitReturn: boolean): void {
    let reported = false;
    let previous: A.Statement | null = null;
    body.forEach((statement, i) => {
      if (statement.kind === "MethodDeclaration" || statement.kind === "ImportDeclaration") return;
      const unreachable = !this.flow.reachable;
      if (unreachable && !reported) {
        reported = true;
        if (this.muted === 0) runUnreachableChecks(statement, this.flow.endedBy ?? "return", previous, this);
      }
      previous = statement;
      if (unreachable) this.muted++;
      this.statement(statement, implicitReturn && i === body.length - 1);
      if (unreachable) this.muted--;
    });
  }

  /** Runs `body` in a nested block scope. */
  private scoped(body: () => void): void {
    const outer = this.scope;
    this.scope = new Scope(outer, false, outer.scriptLevel);
    body();
    this.scope = outer;
  }

  private statement(node: A.Statement, tail: boolean): void {
    const label = this.pendingLabel;
    this.pendingLabel = null;
    this.statementBody(node, tail, label);
    if (this.muted === 0) runNodeChecks(node, this);
  }

  private statementBody(node: A.Statement, tail: boolean, label: string | null): void {
    switch (node.kind) {
      case "ExpressionStatement": {
        const type = this.expr(node.expression);
        if (tail && this.frame.kind !== "script") this.frame.returns.push(type);
        return;
      }
      case "VariableDeclaration":
        for (const d of node.declarators) {
          const init = d.init === null ? NULL : this.expr(d.init);
          const declared = node.type === null ? null : this.typeRef(node.type);
          const symbol = this.declare(d.name, "variable", d.nameStart, d.nameEnd, init, declared);
          this.facts.declarators.set(d, symbol);
          if (d.init !== null) this.recordValueSource(symbol, d.init);
        }
        return;
      case "MultipleDeclaration": {
        const init = this.expr(node.init);
        const elements = node.init.kind === "ListExpression" ? node.init.elements.map((e) => this.typeOf(e)) : [];
        node.targets.forEach((target, i) => {
          const declared = target.type === null ? null : this.typeRef(target.type);
          this.declare(target.name, "variable", target.start, target.end, elements[i] ?? (init.kind === "list" ? init.element : DYNAMIC), declared);
        });
        return;
      }
      case "Block":
        this.scoped(() => this.walkList(node.body, tail));
        return;
      case "IfStatement":
        this.ifStatement(node, tail);
        return;
      case "ForInStatement":
        this.scoped(() => {
          const iterable = withNullable(this.expr(node.iterable), false);
          const element = iterable.kind === "map" ? { kind: "object" as const, name: "MapEntry", valueType: iterable.value } : elementType(iterable) ?? DYNAMIC;
          const declared = node.variableType === null ? null : this.typeRef(node.variableType);
          this.declare(node.variable, "loop-variable", node.variableStart, node.variableEnd, element, declared);
          this.loop(label, null, () => this.statement(node.body, false));
        });
        return;
      case "ForStatement":
        this.scoped(() => {
          for (const init of node.init) this.statement(init, false);
          this.loop(label, node.test, () => {
            if (node.test !== null) {
              this.expr(node.test);
              this.flow = narrow(node.test, this.flow, true, this.keyOf);
            }
            this.scoped(() => this.statement(node.body, false));
            for (const update of node.update) this.expr(update);
          });
        });
        return;
      case "WhileStatement":
        this.loop(label, node.test, () => {
          this.expr(node.test);
          this.flow = narrow(node.test, this.flow, true, this.keyOf);
          this.scoped(() => this.statement(node.body, false));
        });
        return;
      case "DoWhileStatement":
        this.loop(label, node.test, () => {
          this.scoped(() => this.statement(node.body, false));
          this.expr(node.test);
        });
        return;
      case "SwitchStatement":
        this.switchStatement(node, label);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        this.jump(node);
        return;
      case "ReturnStatement": {
        const type = node.argument === null ? NULL : this.expr(node.argument);
        this.frame.returns.push(type);
        this.flow.end("return");
        return;
      }
      case "ThrowStatement":
        this.expr(node.argument);
        this.flow.end("throw");
        return;
      case "TryStatement":
        this.tryStatement(node, tail);
        return;
      case "AssertStatement":
        this.expr(node.test);
        if (node.message !== null) this.expr(node.message);
        this.flow = narrow(node.test, this.flow, true, this.keyOf);
        return;
      case "LabeledStatement":
        if (node.body !== null) {
          this.pendingLabel = node.label;
          this.statement(node.body, tail);
        }
        return;
      default:
        return;
    }
  }

  private ifStatement(node: A.IfStatement, tail: boolean): void {
    this.expr(node.test);
    const entry = this.flow;
    this.flow = narrow(node.test, entry, true, this.keyOf);
    this.scoped(() => this.statement(node.consequent, tail));
    const whenTrue = this.flow;
    this.flow = narrow(node.test, entry, false, this.keyOf);
    if (node.alternate !== null) this.scoped(() => this.statement(node.alternate!, tail));
    this.flow = joinFlows(whenTrue, this.flow);
  }

  private loop(label: string | null, test: A.Expression | null, runBody: () => void): void {
    const entry = this.flow;
    const target: JumpTarget = { label, loop: true, breaks: [], continues: [] };
    this.targets.push(target);
    this.muted++;
    this.flow = entry.clone();
    runBody();
    const once = joinAll([this.flow, ...target.continues]);
    this.muted--;
    target.breaks = [];
    target.continues = [];
    this.flow = joinFlows(entry, once);
    this.flow.reachable = entry.reachable;
    runBody();
    const bodyEnd = joinAll([this.flow, ...target.continues]);
    this.targets.pop();
    let after = joinFlows(entry, bodyEnd);
    if (test !== null) after = narrow(test, after, false, this.keyOf);
    this.flow = joinAll([after, ...target.breaks]);
  }

  private jump(node: A.BreakStatement | A.ContinueStatement): void {
    const isBreak = node.kind === "BreakStatement";
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const target = this.targets[i]!;
      if (node.label !== null ? target.label !== node.label : !isBreak && !target.loop) continue;
      (isBreak ? target.breaks : target.continues).push(this.flow.clone());
      break;
    }
    this.flow.end(isBreak ? "break" : "continue");
  }

  private switchStatement(node: A.SwitchStatement, label: string | null): void {
    this.expr(node.discriminant);
    const entry = this.flow;
    const target: JumpTarget = { label, loop: false, breaks: [], continues: [] };
    this.targets.push(target);
    let fallthrough: Flow | null = null;
    let hasDefault = false;
    for (const c of node.cases) {
      this.flow = entry.clone();
      for (const test of c.tests) this.expr(test);
      this.flow = fallthrough === null ? entry.clone() : joinFlows(entry, fallthrough);
      this.scoped(() => this.walkList(c.body, false));
      fallthrough = this.flow;
      hasDefault ||= c.isDefault;
    }
    this.targets.pop();
    const ends = [...target.breaks];
    if (fallthrough !== null) ends.push(fallthrough);
    if (!hasDefault) ends.push(entry);
    this.flow = joinAll(ends);
  }

  private tryStatement(node: A.TryStatement, tail: boolean): void {
    const entry = this.flow.clone();
    this.scoped(() => this.walkList(node.block.body, tail));
    const tryEnd = this.flow;
    // An exception can leave the try block anywhere, so a handler starts from what held on every path.
    const handlerStart = joinFlows(entry, tryEnd);
    handlerStart.reachable = entry.reachable;
    const ends = [tryEnd];
    for (const handler of node.handlers) {
      this.flow = handlerStart.clone();
      this.scoped(() => {
        const caught = handler.types.length === 1 ? this.typeRef(handler.types[0]!) : { kind: "instance" as const, className: "Exception" };
        this.declare(handler.param, "catch-parameter", handler.paramStart, handler.paramEnd, caught.kind === "dynamic" ? { kind: "instance", className: "Exception" } : caught);
        this.walkList(handler.body.body, tail);
      });
      ends.push(this.flow);
    }
    const after = joinAll(ends);
    if (node.finalizer === null) {
      this.flow = after;
      return;
    }
    this.flow = after.reachable ? after : handlerStart.clone();
    this.scoped(() => this.walkList(node.finalizer!.body, false));
    if (!after.reachable) this.flow.end(after.endedBy ?? "return");
  }
}
