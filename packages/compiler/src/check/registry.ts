/**
 * The registry of checks. A node check is a small function registered for
 * one syntax node kind. The analysis calls it once per node, after the
 * node's type is known and with the flow facts at that point. A rule check
 * runs once per rule after the analysis, for findings that need the whole
 * rule (unused variables, the first-sync path, the source text).
 */

import type { DiagnosticCode, RelatedLocation } from "../diagnostics.ts";
import type * as A from "../syntax/ast.ts";
import type { LineMap } from "../line-map.ts";
import type { Comment } from "../syntax/lexer.ts";
import type { InstanceSchema, Connector } from "./config.ts";
import type { Flow } from "./flow.ts";
import type { Direction } from "./model.ts";
import type { Facts } from "./scope.ts";
import type { Type } from "./types.ts";

/** A range to report: a node or explicit offsets. */
export type Anchor = A.NodeBase | { start: number; end: number };

/** The settings of one check run. */
export interface CheckSettings {
  direction: Direction;
  connector?: Connector;
  instance?: InstanceSchema;
  /**
   * Whether the tree came from text with syntax errors. Parts of such a rule
   * are missing, so checks that reason about whole paths (first sync,
   * unused declarations) stay quiet.
   */
  partialTree?: boolean;
}

export interface CheckContext {
  readonly settings: CheckSettings;
  /** The whole rule, for checks that point at another place in it. */
  readonly script: A.Script;
  readonly facts: Facts;
  /** The flow facts where the node is evaluated. */
  readonly flow: Flow;
  /** Whether the node is inside a script method (not the script body or a closure in it). */
  readonly inMethod: boolean;
  typeOf(node: A.Expression): Type;
  /** The 1-based line and column of an offset, for messages that point at another place. */
  position(offset: number): { line: number; column: number };
  /** The expression that last gave the local variable read by `identifier` its value, in analysis order, or null. */
  valueSource(identifier: A.Identifier): A.Expression | null;
  /** The declaration of a variable of the script body, for a script method that reads it. */
  scriptLocalDeclaration(name: string): Anchor | null;
  report(code: DiagnosticCode, at: Anchor, values?: Record<string, string | number>, replacement?: string, related?: RelatedLocation[]): void;
}

/** Everything a rule check can read. */
export interface RuleCheckContext {
  readonly settings: CheckSettings;
  readonly facts: Facts;
  readonly script: A.Script;
  readonly source: string | undefined;
  readonly comments: Comment[];
  readonly lineMap: LineMap;
  /** The flow at the normal end of the script body. */
  readonly endFlow: Flow;
  /** Script methods that set the new record's project, type or link, as `Flow.created` bits. */
  readonly methodCreates: ReadonlyMap<string, number>;
  report(code: DiagnosticCode, at: Anchor, values?: Record<string, string | number>, replacement?: string, related?: RelatedLocation[]): void;
}

type KindOf<K extends A.Node["kind"]> = Extract<A.Node, { kind: K }>;
export type NodeCheck<K extends A.Node["kind"]> = (node: KindOf<K>, context: CheckContext) => void;
export type RuleCheck = (context: RuleCheckContext) => void;

/**
 * A flow event that is not a node: a statement that cannot run. `after` is
 * the statement before it in the same list, after which no path continues,
 * or null when the list starts unreachable.
 */
export type UnreachableCheck = (statement: A.Statement, endedBy: string, after: A.Statement | null, context: CheckContext) => void;

type AnyNodeCheck = (node: A.Node, context: CheckContext) => void;

const nodeChecks = new Map<string, AnyNodeCheck[]>();
const ruleChecks: RuleCheck[] = [];
const unreachableChecks: UnreachableCheck[] = [];

export function defineCheck<K extends A.Node["kind"]>(kind: K, check: NodeCheck<K>): void {
  const list = nodeChecks.get(kind) ?? [];
  list.push(check as unknown as AnyNodeCheck);
  nodeChecks.set(kind, list);
}

export function defineRuleCheck(check: RuleCheck): void {
  ruleChecks.push(check);
}

export function defineUnreachableCheck(check: UnreachableCheck): void {
  unreachableChecks.push(check);
}

/** Runs the checks registered for the node's kind. */
export function runNodeChecks(node: A.Node, context: CheckContext): void {
  const list = nodeChecks.get(node.kind);
  if (list === undefined) return;
  for (const check of list) check(node, context);
}

export function runUnreachableChecks(statement: A.Statement, endedBy: string, after: A.Statement | null, context: CheckContext): void {
  for (const check of unreachableChecks) check(statement, endedBy, after, context);
}

export function runRuleChecks(context: RuleCheckContext): void {
  for (const check of ruleChecks) check(context);
}
