/**
 * The static checker's entry points. `checkRule` takes a parse result and
 * returns the checker's diagnostics (not the parser's); `analyzeRule` also
 * returns the inferred types and resolved names, for editor features.
 * Neither throws for any tree the parser produces.
 */

import type { Diagnostic } from "../diagnostics.ts";
import type { ParseResult } from "../syntax/parse.ts";
import type * as A from "../syntax/ast.ts";
import "./checks/index.ts";
import type { Connector, RuleConfig } from "./config.ts";
import { Analyzer } from "./infer-statements.ts";
import type { Direction } from "./model.ts";
import { prepare } from "./prepare.ts";
import { runRuleChecks, type CheckSettings } from "./registry.ts";
import type { Facts } from "./scope.ts";
import { applySeverities, isSuppressed, readSuppressions } from "./suppress.ts";
import { DYNAMIC, type Type } from "./types.ts";

/** Lexer and parser codes after which the tree is incomplete. */
const SYNTAX_CODES = new Set<string>(["syntax-error", "unterminated-string", "unterminated-comment", "invalid-character"]);

export interface CheckOptions {
  direction: Direction;
  /** The tracker the rule runs on; defaults to the configured instance's connector. */
  connector?: Connector;
  /** The instance schema and severities that apply to this rule (see `resolveRuleConfig`). */
  config?: RuleConfig;
  /**
   * The rule text. Suppression comments and the Trojan Source checks need it;
   * without it they are skipped.
   */
  source?: string;
}

/** The result of checking one rule. */
export interface RuleAnalysis {
  diagnostics: Diagnostic[];
  facts: Facts;
  /** The inferred type of an expression node, `dynamic` when it was not analyzed. */
  typeOf(node: A.Expression): Type;
}

/** The parts of a parse result the checker reads. With `diagnostics`, the checker can tell whether the tree is partial. */
export type CheckInput = Pick<ParseResult, "script" | "comments" | "lineMap"> & { diagnostics?: readonly Diagnostic[] };

export function analyzeRule(parsed: CheckInput, options: CheckOptions): RuleAnalysis {
  const instance = options.config?.instance;
  const partialTree = parsed.diagnostics?.some((d) => d.severity === "error" && SYNTAX_CODES.has(d.code)) ?? false;
  const settings: CheckSettings = { direction: options.direction, connector: options.connector ?? instance?.connector, instance, partialTree };
  const analyzer = new Analyzer(settings, parsed.lineMap);
  prepare(analyzer, parsed.script);
  const endFlow = analyzer.analyzeScript(parsed.script);
  const source = options.source ?? (parsed as { text?: string }).text;
  runRuleChecks({
    settings,
    facts: analyzer.facts,
    script: parsed.script,
    source,
    comments: parsed.comments,
    lineMap: parsed.lineMap,
    endFlow,
    methodCreates: analyzer.methodCreates,
    report: (code, at, values, replacement, related) => analyzer.report(code, at, values, replacement, related),
  });

  let diagnostics = analyzer.diagnostics;
  if (source !== undefined) {
    const suppressions = readSuppressions(source, parsed.comments, parsed.lineMap);
    diagnostics = [...diagnostics.filter((d) => !isSuppressed(d, suppressions, parsed.lineMap)), ...suppressions.problems];
  }
  diagnostics = applySeverities(dedupe(diagnostics), options.config?.severity);
  return { diagnostics, facts: analyzer.facts, typeOf: typeLookup(analyzer.facts.types) };
}

/**
 * Returns a lookup in the type map. It is made here, outside `analyzeRule`,
 * because a closure made there would share that function's context with the
 * closures that refer to the analyzer, and keep the analyzer's scopes, flows
 * and bookkeeping alive as long as the result.
 */
function typeLookup(types: ReadonlyMap<A.Expression, Type>): (node: A.Expression) => Type {
  return (node) => types.get(node) ?? DYNAMIC;
}

/** Checks one parsed rule and returns the checker's diagnostics, sorted by position. */
export function checkRule(parsed: CheckInput, options: CheckOptions): Diagnostic[] {
  return analyzeRule(parsed, options).diagnostics;
}

/** Drops repeats (the same code, start and message) and sorts by position. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${String(d.code)}\u0000${d.start}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
