/**
 * The pre-pass: facts about the whole rule that the analysis needs before it
 * reaches them in order. Script methods can be called before they are
 * declared, a binding variable can be assigned below its first read, and
 * imports apply to the whole file.
 */

import type * as A from "../syntax/ast.ts";
import type { AnalyzerBase } from "./analyzer-base.ts";
import { creationBit } from "./infer-calls.ts";
import { isLocalRecordName } from "./model.ts";
import { walk } from "./walk.ts";

/** Tells whether a call target is the local record under one of its names. */
function isRecordIdentifier(node: A.Expression): boolean {
  return node.kind === "Identifier" && isLocalRecordName(node.name);
}

/** The `Flow.created` bits a method body sets on the local record, read from its assignments and setter calls. */
function creationBits(body: A.Node): number {
  let bits = 0;
  walk(body, (node) => {
    if (node.kind === "AssignmentExpression" && node.target.kind === "PropertyExpression" && typeof node.target.property === "string" && isRecordIdentifier(node.target.object)) {
      bits |= creationBit(node.target.property);
    }
    if (node.kind === "MethodCallExpression" && node.object !== null && isRecordIdentifier(node.object) && typeof node.name === "string" && node.name.startsWith("set")) {
      bits |= creationBit(node.name.charAt(3).toLowerCase() + node.name.slice(4));
    }
  });
  return bits;
}

/** Collects declarations of the script body (outside methods and closures) into `names`. */
function collectScriptLocals(body: A.Statement[], names: Set<string>): void {
  for (const statement of body) {
    walk(statement, (node) => {
      if (node.kind === "MethodDeclaration" || node.kind === "ClosureExpression") return false;
      if (node.kind === "VariableDeclaration") for (const d of node.declarators) names.add(d.name);
      if (node.kind === "MultipleDeclaration") for (const t of node.targets) names.add(t.name);
      return true;
    });
  }
}

export function prepare(analyzer: AnalyzerBase & { methodCreates: Map<string, number> }, script: A.Script): void {
  for (const statement of script.body) {
    if (statement.kind === "ImportDeclaration") {
      if (statement.isStatic) {
        const member = statement.path.slice(statement.path.lastIndexOf(".") + 1);
        if (!statement.star) analyzer.staticImports.add(statement.alias ?? member);
      } else if (!statement.star) {
        const simple = statement.path.slice(statement.path.lastIndexOf(".") + 1);
        analyzer.importAliases.set(statement.alias ?? simple, statement.path);
      }
    }
    if (statement.kind === "MethodDeclaration") {
      const overloads = analyzer.methods.get(statement.name) ?? [];
      overloads.push(statement);
      analyzer.methods.set(statement.name, overloads);
      analyzer.methodCreates.set(statement.name, (analyzer.methodCreates.get(statement.name) ?? 0) | creationBits(statement.body));
    }
  }
  collectScriptLocals(script.body, analyzer.scriptLocalNames);
  walk(script, (node) => {
    if (node.kind === "AssignmentExpression") {
      const targets = node.target.kind === "ListExpression" ? node.target.elements : [node.target];
      for (const target of targets) {
        if (target.kind === "Identifier") analyzer.bindingNames.add(target.name);
        if (target.kind === "PropertyExpression" && typeof target.property === "string") analyzer.facts.writtenProperties.add(target.property);
      }
    }
    return true;
  });
  // A script-body local assigned elsewhere is still a local. Only an assignment inside a script method, where the local is not visible, creates a binding variable.
  const assignedInMethods = namesAssignedInMethods(script);
  for (const name of analyzer.scriptLocalNames) if (!assignedInMethods.has(name)) analyzer.bindingNames.delete(name);
}

/** Names assigned without a declaration inside script methods. */
function namesAssignedInMethods(script: A.Script): Set<string> {
  const names = new Set<string>();
  for (const statement of script.body) {
    if (statement.kind !== "MethodDeclaration") continue;
    walk(statement, (node) => {
      if (node.kind === "AssignmentExpression" && node.target.kind === "Identifier") names.add(node.target.name);
    });
  }
  return names;
}
