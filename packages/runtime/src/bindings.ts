/**
 * Rule contexts: the variables in a sync rule's scope, built from a rule state,
 * and the result state collected after the run.
 *
 * Two entry points:
 * - `createRuleBindings(ctx, state, direction)` takes a {@link RuleState}
 *   whose parts are already runtime values (hub issues as field maps).
 * - `bindingsFromJson(ctx, json, direction)` takes a state file's parsed
 *   JSON and returns every problem as `{path, message}` instead of bindings.
 */

import type { ExecutionContext } from "./context.ts";
import { RuleException } from "./errors.ts";
import { newMap, mapGet } from "./map.ts";
import { AttachmentHelper, WorkLogHelper } from "./helpers/attachment-worklog-helpers.ts";
import { CommentHelper } from "./helpers/comment-helper.ts";
import { emptyEffects, type HelperEnvironment, type RuleEffects } from "./helpers/environment.ts";
import { typeNameOf } from "./helpers/helper-object.ts";
import { NodeHelper } from "./helpers/node-helper.ts";
import { DebugHelper, DisabledHttpClient, LogHelper, SyncHelper, WorkflowHelper } from "./helpers/run-helpers.ts";
import { Entity, statusFinder, type EntityOptions } from "./model/entity.ts";
import type { StateError } from "./model/json-in.ts";
import { toPlainJson } from "./model/json-out.ts";
import { firstSyncOf, parseRuleState, type Direction, type RuleState } from "./model/state.ts";
import { deepCopy, mapOf } from "./model/values-util.ts";
import { ruleVariableNames } from "./model/variables.ts";
import { GClosure, GMap, type Value } from "./values.ts";

export interface BindingOptions {
  /** Class name of the local record in messages: `Issue` (the default), `WorkItem`, `Entity`. */
  entityClassName?: string;
}

/** The state after a run, as plain JSON with dates as epoch milliseconds. */
export interface RuleResult {
  issue: unknown;
  replica: unknown;
  /** The previous replica as given (incoming); null for outgoing rules and first syncs. */
  previous: unknown;
  /** Null for outgoing rules. */
  firstSync: boolean | null;
  /** The catalogue with versions the rule created; null when the state had none and nothing was created. */
  instance: unknown;
  effects: RuleEffects;
}

export interface RuleBindings {
  direction: Direction;
  /** Variable name to value, exactly the names `ruleVariableNames(direction)` lists. */
  variables: Map<string, Value>;
  /** The local record (`issue`, `workItem` and `entity`). */
  issue: Entity;
  replica: Entity;
  previous: Entity | null;
  effects: RuleEffects;
  /**
   * Converts the current issue, replica and catalogue to plain JSON. Throws
   * `StateOutputError` (with the JSON path) when the rule stored a value that
   * JSON cannot hold, such as a closure.
   */
  collectResult(): RuleResult;
}

/** Builds the variables of one rule run from a state of runtime values. */
export function createRuleBindings(
  _ctx: ExecutionContext,
  state: RuleState,
  direction: Direction,
  options: BindingOptions = {},
): RuleBindings {
  const env: HelperEnvironment = {
    direction,
    firstSync: direction === "incoming" && firstSyncOf(state),
    catalogue: state.instance ?? null,
    effects: emptyEffects(),
  };
  const findStatus = statusFinder(env.catalogue === null ? null : mapGet(env.catalogue, "statuses"));
  const entity = (fields: GMap | null | undefined, className: string, extra: EntityOptions = {}): Entity =>
    new Entity(fields ?? newMap(), { className, findStatus, ...extra });

  const issue = entity(state.issue, options.entityClassName ?? "Issue");
  const previous = direction === "incoming" && state.previous != null ? entity(state.previous, "Replica") : null;
  const replica =
    direction === "incoming"
      ? entity(state.replica, "Replica", { previous: () => previous })
      : entity(null, "Replica");

  const variables = new Map<string, Value>();
  for (const name of ["issue", "workItem", "entity"]) variables.set(name, issue);
  variables.set("replica", replica);
  variables.set("issueKey", state.issueKey ?? mapOf({ id: issue.get("id"), key: issue.get("key") }));
  variables.set("connection", state.connection ?? mapOf({ name: "default", remoteInstance: mapOf({ name: "remote" }) }));
  variables.set("nodeHelper", new NodeHelper(env));
  variables.set("commentHelper", new CommentHelper());
  variables.set("attachmentHelper", new AttachmentHelper());
  variables.set("syncHelper", new SyncHelper(env));
  variables.set("workLogHelper", new WorkLogHelper());
  variables.set("workflowHelper", new WorkflowHelper(env));
  variables.set("httpClient", new DisabledHttpClient());
  variables.set("debug", new DebugHelper());
  variables.set("log", new LogHelper());

  if (direction === "incoming") {
    variables.set("previous", previous);
    variables.set("firstSync", env.firstSync);
    variables.set("issueBeforeScript", deepCopy(issue));
    variables.set("store", storeClosure(issue, env.effects));
  }
  checkVariableNames(variables, direction);

  return {
    direction,
    variables,
    issue,
    replica,
    previous,
    effects: env.effects,
    collectResult: () => ({
      issue: toPlainJson(issue, "$.issue"),
      replica: toPlainJson(replica, "$.replica"),
      previous: previous === null ? null : toPlainJson(previous, "$.previous"),
      firstSync: direction === "incoming" ? env.firstSync : null,
      instance: env.catalogue === null ? null : toPlainJson(env.catalogue, "$.instance"),
      effects: env.effects,
    }),
  };
}

/**
 * `store(issue)`: records the issue as it is now. A real node writes these
 * changes to the tracker at this point.
 */
function storeClosure(issue: Entity, effects: RuleEffects): GClosure {
  return new GClosure(
    1,
    false,
    (_ctx, args) => {
      const target = args[0] ?? issue;
      if (!(target instanceof Entity)) {
        throw new RuleException("IllegalArgumentException", `store expects the issue, got ${typeNameOf(target)}`);
      }
      effects.stores.push(toPlainJson(target, "$.issue"));
      return null;
    },
    "store",
  );
}

/** Keeps the bound names and the declared variable list in step. */
function checkVariableNames(variables: Map<string, Value>, direction: Direction): void {
  const declared = ruleVariableNames(direction);
  if (declared.length !== variables.size || declared.some((name) => !variables.has(name))) {
    throw new Error(`bindings for ${direction} rules differ from the declared variables: ${declared.join(", ")}`);
  }
}

export type BindingsFromJson = { ok: true; bindings: RuleBindings } | { ok: false; errors: StateError[] };

/** Checks a state file's parsed JSON and builds the bindings, or returns every problem with its JSON path. */
export function bindingsFromJson(
  ctx: ExecutionContext,
  json: unknown,
  direction: Direction,
  options: BindingOptions = {},
): BindingsFromJson {
  const parsed = parseRuleState(json, direction);
  if (!parsed.ok) return parsed;
  return { ok: true, bindings: createRuleBindings(ctx, parsed.state, direction, options) };
}
