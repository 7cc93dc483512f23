/**
 * What the helpers of one rule run share: the direction, the catalogue and
 * the record of side effects that a real node would carry out after the run.
 */

import { mapGet } from "../map.ts";
import type { GMap, Value } from "../values.ts";
import type { Direction } from "../model/state.ts";

/** A workflow transition that `workflowHelper.transition` applied. */
export interface TransitionEffect {
  issue: string | null;
  transition: string;
  from: string | null;
  /** The status reached; null when the catalogue has no transitions, so the target is unknown. */
  to: string | null;
}

/** Side effects a rule requested. The runtime only records them, so a dry run shows them. */
export interface RuleEffects {
  /** Set by `syncHelper.syncBackAfterProcessing()`; further calls change nothing. */
  syncBackAfterProcessing: boolean;
  /** Keys or ids passed to `syncHelper.exalate(...)`, in call order. */
  exalate: string[];
  /** The issue as plain JSON at each `store(issue)` call. */
  stores: unknown[];
  transitions: TransitionEffect[];
  /** Versions created by `nodeHelper.createVersion`, as plain JSON. */
  createdVersions: unknown[];
}

export function emptyEffects(): RuleEffects {
  return { syncBackAfterProcessing: false, exalate: [], stores: [], transitions: [], createdVersions: [] };
}

export interface HelperEnvironment {
  direction: Direction;
  /** Always false for outgoing rules. */
  firstSync: boolean;
  /** The instance catalogue; null when the state has none. */
  catalogue: GMap | null;
  effects: RuleEffects;
}

/** Returns a list from the catalogue, or null when the catalogue does not have it. */
export function catalogueList(env: HelperEnvironment, name: string): Value[] | null {
  if (env.catalogue === null) return null;
  const list = mapGet(env.catalogue, name);
  return Array.isArray(list) ? list : null;
}
