/**
 * The pre-pass: facts about the whole rule that the analysis needs before it
 * reaches them in order. Script methods can be called before they are
 * declared, a binding variable can be assigned below its first read, and
 * imports apply to the whole file.
 */

import type * as A from "../syntax/ast.ts";
import type { AnalyzerBase, ScriptLocalDeclaration } from "./analyzer-base.ts";
import { creationBit } from "./infer-calls.ts";
import { isLocalRecordName } from "./model.ts";
import { forEachChild, walk } from "./walk.ts";

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

/** Flags of the tree pass in `summarize`: where a node sits. */
const IN_SCRIPT_BODY = 1;
const IN_METHOD = 2;

/** The facts `prepare` needs from one top-level statement, with names in the order the tree lists them. */
interface StatementSummary {
  /** Declarations of the script body, outside methods and closures. */
  scriptLocals: ScriptLocalDeclaration[];
  /** Names that assignments write without a receiver. */
  assignedNames: string[];
  /** Properties that assignments write. */
  writtenProperties: string[];
  /** Names assigned without a declaration inside script methods. */
  assignedInMethods: string[];
}

/**
 * Summaries of top-level statements, by node. An editor's incremental
 * reparse keeps the nodes of the statements an edit did not touch, so their
 * summaries are reused instead of walking them again.
 */
const summaries = new WeakMap<A.Statement, StatementSummary>();

function summarize(statement: A.Statement): StatementSummary {
  const summary: StatementSummary = { scriptLocals: [], assignedNames: [], writtenProperties: [], assignedInMethods: [] };
  const visit = (node: A.Node, flags: number): void => {
    if (flags & IN_SCRIPT_BODY) {
      if (node.kind === "VariableDeclaration") for (const d of node.declarators) summary.scriptLocals.push(d);
      if (node.kind === "MultipleDeclaration") for (const t of node.targets) summary.scriptLocals.push(t);
    }
    if (node.kind === "AssignmentExpression") {
      const targets = node.target.kind === "ListExpression" ? node.target.elements : [node.target];
      for (const target of targets) {
        if (target.kind === "Identifier") summary.assignedNames.push(target.name);
        if (target.kind === "PropertyExpression" && typeof target.property === "string") summary.writtenProperties.push(target.property);
      }
      if (flags & IN_METHOD && node.target.kind === "Identifier") summary.assignedInMethods.push(node.target.name);
    }
    let childFlags = flags;
    if (node.kind === "MethodDeclaration" || node.kind === "ClosureExpression") childFlags &= ~IN_SCRIPT_BODY;
    if (node.kind === "MethodDeclaration") childFlags |= IN_METHOD;
    forEachChild(node, steps[childFlags]!);
  };
  // One visitor per combination of flags, so the pass allocates no function per node.
  const steps = [0, 1, 2, 3].map((flags) => (child: A.Node) => visit(child, flags));
  visit(statement, IN_SCRIPT_BODY);
  return summary;
}

/**
 * Collects what `prepare` needs from the whole tree: the declarations of the
 * script body, the names and properties that assignments write, and the names
 * assigned inside script methods, which it returns.
 */
function scanTree(analyzer: AnalyzerBase, script: A.Script): Set<string> {
  const assignedInMethods = new Set<string>();
  for (const statement of script.body) {
    let summary = summaries.get(statement);
    if (summary === undefined) {
      summary = summarize(statement);
      summaries.set(statement, summary);
    }
    for (const declaration of summary.scriptLocals) {
      analyzer.scriptLocalNames.add(declaration.name);
      if (!analyzer.scriptLocalDeclarations.has(declaration.name)) analyzer.scriptLocalDeclarations.set(declaration.name, declaration);
    }
    for (const name of summary.assignedNames) analyzer.bindingNames.add(name);
    for (const name of summary.writtenProperties) analyzer.facts.writtenProperties.add(name);
    for (const name of summary.assignedInMethods) assignedInMethods.add(name);
  }
  return assignedInMethods;
}

export function prepare(analyzer: AnalyzerBase & { methodCreates: Map<string, number> }, script: A.Script): void {
  analyzer.script = script;
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
  const assignedInMethods = scanTree(analyzer, script);
  // A script-body local assigned elsewhere is still a local. Only an assignment inside a script method, where the local is not visible, creates a binding variable.
  for (const name of analyzer.scriptLocalNames) if (!assignedInMethods.has(name)) analyzer.bindingNames.delete(name);
}
