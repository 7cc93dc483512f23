/**
 * The helpers that act on the run rather than on data: `syncHelper`,
 * `workflowHelper`, `debug`, `log` and the disabled `httpClient`.
 */

import type { ExecutionContext, LogEntry } from "../context.ts";
import { RuleAbort, RuleException } from "../errors.ts";
import { toGroovyString } from "../ops.ts";
import { Entity, nameOf } from "../model/entity.ts";
import { fieldOf, idKey, listItems, mapOf, stringFieldOf } from "../model/values-util.ts";
import { NOT_FOUND, type Value } from "../values.ts";
import { catalogueList, type HelperEnvironment } from "./environment.ts";
import { HelperObject, textArgument, type HelperMethod } from "./helper-object.ts";

/** Rule values as log text: strings as they are, anything else as Groovy's `toString()`. */
function messageText(value: Value): string {
  return typeof value === "string" ? value : toGroovyString(value);
}

export class SyncHelper extends HelperObject {
  readonly className = "SyncHelper";

  constructor(env: HelperEnvironment) {
    const methods = new Map<string, HelperMethod>([
      [
        "syncBackAfterProcessing",
        (ctx) => {
          if (!env.firstSync && !env.effects.syncBackAfterProcessing) {
            ctx.log("warn", "syncHelper.syncBackAfterProcessing() was called outside a first sync; every update will then sync back and forth without end");
          }
          env.effects.syncBackAfterProcessing = true;
          return null;
        },
      ],
      [
        "exalate",
        (_ctx, [key]) => {
          const text = key instanceof Entity ? stringFieldOf(key.fields, "key") ?? stringFieldOf(key.fields, "id") : idKey(key!) ?? stringFieldOf(key!, "key");
          if (text === null) throw new RuleException("IllegalArgumentException", "syncHelper.exalate: the argument \"issueKey\" must be a key or id, got null");
          env.effects.exalate.push(text);
          return null;
        },
      ],
    ]);
    super("syncHelper", methods);
  }
}

export class WorkflowHelper extends HelperObject {
  readonly className = "WorkflowHelper";

  constructor(env: HelperEnvironment) {
    const methods = new Map<string, HelperMethod>([
      ["transition", (_ctx, [issue, name]) => applyTransition(env, issue as Entity, textArgument("workflowHelper", "transition", "transitionName", name!))],
    ]);
    super("workflowHelper", methods);
  }
}

/**
 * Applies a transition from the catalogue's `transitions` list. Without that
 * list the target status is unknown, so only the request is recorded and the
 * status stays as it is.
 */
function applyTransition(env: HelperEnvironment, issue: Entity, name: string | null): Value {
  if (name === null) throw new RuleException("IllegalArgumentException", "workflowHelper.transition: the transition name is null");
  const from = nameOf(issue.get("status"));
  const issueLabel = stringFieldOf(issue.fields, "key") ?? stringFieldOf(issue.fields, "id");
  const transitions = catalogueList(env, "transitions");
  if (transitions === null) {
    env.effects.transitions.push({ issue: issueLabel, transition: name, from, to: null });
    return null;
  }

  const named = transitions.filter((transition) => stringFieldOf(transition, "name") === name);
  if (named.length === 0) {
    const known = [...new Set(transitions.map((transition) => stringFieldOf(transition, "name")).filter((n) => n !== null))];
    throw new RuleException("IssueTrackerException", `transition "${name}" does not exist in the local workflow; known transitions: ${known.join(", ") || "none"}`);
  }
  const usable = named.find((transition) => {
    const starts = fieldOf(transition, "from");
    return !Array.isArray(starts) || listItems(starts).some((status) => status === from);
  });
  if (usable === undefined) {
    const starts = named.flatMap((transition) => listItems(fieldOf(transition, "from")));
    throw new RuleException(
      "IssueTrackerException",
      `transition "${name}" cannot start from status "${from ?? "none"}"; it starts from ${starts.map((s) => `"${String(s)}"`).join(", ")}`,
    );
  }
  const to = stringFieldOf(usable, "to")!;
  const statuses = catalogueList(env, "statuses");
  const status = statuses?.find((entry) => stringFieldOf(entry, "name") === to);
  issue.set("status", status === undefined ? mapOf({ name: to }) : mapOf({ name: to, id: fieldOf(status, "id") }));
  env.effects.transitions.push({ issue: issueLabel, transition: name, from, to });
  return null;
}

export class DebugHelper extends HelperObject {
  readonly className = "Debug";

  constructor() {
    const methods = new Map<string, HelperMethod>([
      [
        "error",
        (_ctx, [message]) => {
          throw new RuleAbort(messageText(message!));
        },
      ],
    ]);
    super("debug", methods);
  }
}

const LOG_LEVELS: ReadonlyMap<string, LogEntry["level"]> = new Map([
  ["debug", "debug"],
  ["trace", "debug"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
]);

export class LogHelper extends HelperObject {
  readonly className = "Logger";

  constructor() {
    const methods = new Map<string, HelperMethod>();
    for (const [name, level] of LOG_LEVELS) {
      methods.set(name, (ctx: ExecutionContext, [message]) => {
        ctx.log(level, messageText(message!));
        return null;
      });
    }
    super("log", methods);
  }
}

/** `httpClient` while no HTTP access is configured: every call raises the same clear error. */
export class DisabledHttpClient extends HelperObject {
  readonly className = "HttpClient";

  constructor() {
    super("httpClient", new Map());
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, _args: Value[]): Value | typeof NOT_FOUND {
    throw new RuleException(
      "IllegalStateException",
      `httpClient.${name}: HTTP calls are not configured for this run; rules cannot reach the tracker's REST API unless the node enables httpClient`,
    );
  }
}
