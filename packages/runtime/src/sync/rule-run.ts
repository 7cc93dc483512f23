/**
 * Running one sync rule for the engine: builds the rule's variables from
 * plain JSON, runs the compiled rule, and returns the resulting records as
 * plain JSON, or a failure with the rule position and stack.
 */

import { bindingsFromJson } from "../bindings.ts";
import { ExecutionContext, type Limits, type LogEntry } from "../context.ts";
import type { RuleEffects } from "../helpers/environment.ts";
import { toPlainJson } from "../model/json-out.ts";
import type { CompiledRuleLike, RuleFailure } from "./rules.ts";

export interface RuleRunOptions {
  /** Class name of the local record in messages: `Issue` or `WorkItem`. */
  entityClassName?: string;
  timeZone?: string;
  clock?: () => number;
  limits?: Partial<Limits>;
}

/** The failure of a rule run, ready for the error table. */
export interface RunFailure {
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  /** One `at name (file:line:column)` line per rule frame. */
  stack: string;
}

export type OutgoingRun = { ok: true; replica: Record<string, unknown>; logs: LogEntry[] } | { ok: false; failure: RunFailure };

export type IncomingRun =
  | { ok: true; before: Record<string, unknown>; issue: Record<string, unknown>; effects: RuleEffects; logs: LogEntry[] }
  | { ok: false; failure: RunFailure };

export interface OutgoingState {
  issue: Record<string, unknown>;
  instance: unknown;
  connection: unknown;
  issueKey: unknown;
}

export interface IncomingState extends OutgoingState {
  replica: Record<string, unknown>;
  previous: unknown;
  firstSync: boolean;
}

function failureOf(error: RuleFailure): RunFailure {
  const prefix = error.kind === "exception" && error.javaClass !== null ? `${error.javaClass}: ` : "";
  return {
    message: prefix + error.message,
    file: error.file,
    line: error.line,
    column: error.column,
    stack: error.frames.map((f) => `at ${f.name} (${f.file}:${f.line}:${f.column})`).join("\n"),
  };
}

function plainFailure(message: string, file: string | null = null): RunFailure {
  return { message, file, line: null, column: null, stack: "" };
}

function context(options: RuleRunOptions): ExecutionContext {
  return new ExecutionContext({ timeZone: options.timeZone ?? "UTC", clock: options.clock, limits: options.limits });
}

export function runOutgoingRule(rule: CompiledRuleLike, file: string, state: OutgoingState, options: RuleRunOptions = {}): OutgoingRun {
  const ctx = context(options);
  const built = bindingsFromJson(ctx, state, "outgoing", { entityClassName: options.entityClassName });
  if (!built.ok) {
    return { ok: false, failure: plainFailure(`the local issue cannot be given to the outgoing rule: ${describeProblems(built.errors)}`, file) };
  }
  const { error } = rule.run(ctx, built.bindings.variables);
  if (error !== null) return { ok: false, failure: failureOf(error) };
  try {
    const replica = toPlainJson(built.bindings.replica, "$.replica") as Record<string, unknown>;
    return { ok: true, replica, logs: ctx.logs };
  } catch (err) {
    return { ok: false, failure: plainFailure(`the outgoing rule stored a value that cannot be sent: ${(err as Error).message}`, file) };
  }
}

export function runIncomingRule(rule: CompiledRuleLike, file: string, state: IncomingState, options: RuleRunOptions = {}): IncomingRun {
  const ctx = context(options);
  const built = bindingsFromJson(ctx, state, "incoming", { entityClassName: options.entityClassName });
  if (!built.ok) {
    return { ok: false, failure: plainFailure(`the received replica or the local issue is invalid: ${describeProblems(built.errors)}`, file) };
  }
  const bindings = built.bindings;
  const before = toPlainJson(bindings.issue, "$.issue") as Record<string, unknown>;
  const { error } = rule.run(ctx, bindings.variables);
  if (error !== null) return { ok: false, failure: failureOf(error) };
  try {
    const result = bindings.collectResult();
    return { ok: true, before, issue: result.issue as Record<string, unknown>, effects: result.effects, logs: ctx.logs };
  } catch (err) {
    return { ok: false, failure: plainFailure(`the incoming rule stored a value that cannot be written: ${(err as Error).message}`, file) };
  }
}

function describeProblems(errors: { path: string; message: string }[]): string {
  const shown = errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
  if (errors.length > shown.length) shown.push(`and ${errors.length - shown.length} more`);
  return shown.join("; ");
}
