/**
 * What the checker knows at one point of a rule: whether the point is
 * reachable, which paths (`replica.assignee`, a local) are known not to be
 * null, the current type of each local, whether this path runs on a first
 * sync, and what a first-sync path has set on the new record so far.
 *
 * A branch works on a copy; where paths meet, `joinFlows` keeps only what
 * holds on every reachable path.
 */

import { join, type Type } from "./types.ts";

/** Bits of `Flow.created`: what a first-sync path has set on the record it creates. */
export const SETS_PROJECT = 1;
export const SETS_TYPE = 2;
/** Setting `id` or `key` on a first sync links an existing record instead of creating one. */
export const LINKS_RECORD = 4;
export const CREATES_ALL = SETS_PROJECT | SETS_TYPE | LINKS_RECORD;

export class Flow {
  reachable = true;
  /** The statement that ended this path (`return`, `throw`...), when it is not reachable. */
  endedBy: string | null = null;
  nonNull = new Set<string>();
  /** Current types of locals, by symbol id. */
  types = new Map<number, Type>();
  /** The value of `firstSync` on this path, when a condition fixed it. */
  firstSync: boolean | undefined = undefined;
  /** What this path set on a record it creates; paths that are not first syncs count as having set everything. */
  created = 0;

  clone(): Flow {
    const copy = new Flow();
    copy.reachable = this.reachable;
    copy.endedBy = this.endedBy;
    copy.nonNull = new Set(this.nonNull);
    copy.types = new Map(this.types);
    copy.firstSync = this.firstSync;
    copy.created = this.created;
    return copy;
  }

  /** Marks the rest of this path as unreachable. */
  end(by: string): void {
    if (this.reachable) this.endedBy = by;
    this.reachable = false;
  }

  /** Forgets what was known about a path and everything below it (`a.b` forgets `a.b.c` too). */
  forget(key: string): void {
    const prefix = key + ".";
    for (const known of this.nonNull) if (known === key || known.startsWith(prefix)) this.nonNull.delete(known);
  }

  setFirstSync(value: boolean): void {
    this.firstSync = value;
    if (!value) this.created = CREATES_ALL;
  }
}

/** The flow after two paths meet. An unreachable path contributes nothing. */
export function joinFlows(a: Flow, b: Flow): Flow {
  if (!a.reachable && !b.reachable) {
    const ended = a.clone();
    ended.endedBy = a.endedBy ?? b.endedBy;
    return ended;
  }
  if (!a.reachable) return b.clone();
  if (!b.reachable) return a.clone();
  const out = new Flow();
  for (const key of a.nonNull) if (b.nonNull.has(key)) out.nonNull.add(key);
  for (const [id, type] of a.types) {
    const other = b.types.get(id);
    if (other !== undefined) out.types.set(id, join(type, other));
  }
  out.firstSync = a.firstSync === b.firstSync ? a.firstSync : undefined;
  out.created = a.created & b.created;
  return out;
}

/** Joins any number of flows; an empty list gives an unreachable flow. */
export function joinAll(flows: Flow[]): Flow {
  if (flows.length === 0) {
    const none = new Flow();
    none.reachable = false;
    return none;
  }
  return flows.reduce((acc, flow) => joinFlows(acc, flow));
}
