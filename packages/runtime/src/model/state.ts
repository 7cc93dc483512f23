/**
 * Rule states: the input a rule runs against (local issue, received replica,
 * catalogue...) and the plain-JSON file format they are read from.
 */

import type { GMap } from "../values.ts";
import { CATALOGUE_FIELDS } from "./catalogue.ts";
import { childPath, describeJson, isJsonObject, valueFromJson, type StateError } from "./json-in.ts";
import { STATE_FIELDS } from "./state-types.ts";

export type Direction = "outgoing" | "incoming";

/**
 * The input of one rule run as runtime values. Hub issues are field maps
 * (dates as GDate values); `createRuleBindings` wraps them in Entity objects.
 */
export interface RuleState {
  issue?: GMap | null;
  replica?: GMap | null;
  previous?: GMap | null;
  firstSync?: boolean | null;
  instance?: GMap | null;
  connection?: GMap | null;
  issueKey?: GMap | null;
}

export type ParsedState = { ok: true; state: RuleState } | { ok: false; errors: StateError[] };

const STATE_KEYS = STATE_FIELDS.map((f) => f.name);
const CATALOGUE_KEYS = CATALOGUE_FIELDS.map((f) => f.name);

/**
 * Checks and converts a state file's parsed JSON. All problems are returned
 * at once, each with the JSON path of the bad value. With a direction, also
 * checks that the parts the direction needs are present: an outgoing rule
 * needs `issue`, an incoming rule needs `replica`.
 */
export function parseRuleState(json: unknown, direction?: Direction): ParsedState {
  const errors: StateError[] = [];
  if (!isJsonObject(json)) {
    return { ok: false, errors: [{ path: "$", message: `expected a state object such as {"issue": {...}}, got ${describeJson(json)}` }] };
  }

  reportUnknownKeys(json, "$", STATE_KEYS, errors);
  if (isJsonObject(json.instance)) reportUnknownKeys(json.instance, "$.instance", CATALOGUE_KEYS, errors);

  const converted: Record<string, unknown> = {};
  for (const decl of STATE_FIELDS) {
    if (Object.hasOwn(json, decl.name)) {
      converted[decl.name] = valueFromJson(json[decl.name], decl.type, childPath("$", decl.name), errors);
    }
  }
  const state: RuleState = {
    issue: converted.issue as GMap | null | undefined,
    replica: converted.replica as GMap | null | undefined,
    previous: converted.previous as GMap | null | undefined,
    firstSync: converted.firstSync as boolean | null | undefined,
    instance: converted.instance as GMap | null | undefined,
    connection: converted.connection as GMap | null | undefined,
    issueKey: converted.issueKey as GMap | null | undefined,
  };

  if (direction !== undefined) checkDirection(state, direction, errors);
  return errors.length === 0 ? { ok: true, state } : { ok: false, errors };
}

function reportUnknownKeys(json: Record<string, unknown>, path: string, known: string[], errors: StateError[]): void {
  for (const key of Object.keys(json)) {
    if (!known.includes(key)) {
      errors.push({ path: childPath(path, key), message: `unknown key "${key}"; expected one of ${known.join(", ")}` });
    }
  }
}

function checkDirection(state: RuleState, direction: Direction, errors: StateError[]): void {
  if (direction === "outgoing") {
    if (state.issue == null) errors.push({ path: "$.issue", message: "missing: an outgoing rule reads the local issue" });
    return;
  }
  if (state.replica == null) errors.push({ path: "$.replica", message: "missing: an incoming rule reads the received replica" });
  if (state.firstSync === false && state.issue == null) {
    errors.push({ path: "$.firstSync", message: "is false, but no local issue is given; add $.issue or set firstSync to true" });
  }
}

/** Returns the `firstSync` value a run uses: the state's own, else true exactly when no local issue is given. */
export function firstSyncOf(state: RuleState): boolean {
  return state.firstSync ?? state.issue == null;
}

