import { runRule, type RunOutcome } from "../../packages/cli/src/run-rule.ts";

/** Runs an outgoing rule on an empty or given issue and returns the outcome. */
export function runOutgoing(source: string, issue: Record<string, unknown> = {}, limits?: Record<string, number>): RunOutcome {
  return runRule({ source, fileName: "test.outgoing.groovy", direction: "outgoing", state: { issue }, timeZone: "UTC", limits });
}

/** The replica a successful outgoing run produced; fails with the rule error otherwise. */
export function replicaOf(source: string, issue: Record<string, unknown> = {}): Record<string, unknown> {
  const outcome = runOutgoing(source, issue);
  if (outcome.error !== null) throw new Error(`rule failed: ${outcome.error.javaClass}: ${outcome.error.message} at ${outcome.error.line}:${outcome.error.column}`);
  return outcome.output!.replica as Record<string, unknown>;
}
