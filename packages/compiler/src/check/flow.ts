/**
 * The facts the checker has at one point of a rule: whether the point is
 * reachable, which paths (`replica.assignee`, a local) are known not to be
 * null, the current type of each local, whether this path runs on a first
 * sync, and what a first-sync path has set on the new record so far.
 *
 * A branch works on a copy; where paths meet, `joinFlows` keeps only what
 * holds on every reachable path.
 */

import { PathSet, TypeTable } from "./layers.ts";
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
  /** The value of `firstSync` on this path, when a condition fixed it. */
  firstSync: boolean | undefined = undefined;
  /** Bits of what this path set on a record it creates; a path that is not a first sync counts as having set everything. */
  created = 0;
  /**
   * Declared types of locals, by symbol id, shared by every flow of one
   * function. `changed` contains the types that assignments changed since.
   */
  initial = new Map<number, Type>();
  /** Paths known not to be null. Copies share it; the first write after a copy stacks a layer of its own. */
  private nonNull = PathSet.empty();
  private changed = TypeTable.empty<Type>();
  private ownsNonNull = true;
  private ownsChanged = true;

  /** Returns a copy. A branch works on a copy while the original stays as it was; each side writes to a layer of its own. */
  clone(): Flow {
    const copy = new Flow();
    copy.reachable = this.reachable;
    copy.endedBy = this.endedBy;
    copy.firstSync = this.firstSync;
    copy.created = this.created;
    copy.initial = this.initial;
    copy.nonNull = this.nonNull;
    copy.changed = this.changed;
    copy.ownsNonNull = this.ownsNonNull = false;
    copy.ownsChanged = this.ownsChanged = false;
    return copy;
  }

  /** Replaces the facts of this flow with those of `other`. */
  assign(other: Flow): void {
    const copy = other.clone();
    this.reachable = copy.reachable;
    this.endedBy = copy.endedBy;
    this.firstSync = copy.firstSync;
    this.created = copy.created;
    this.initial = copy.initial;
    this.nonNull = copy.nonNull;
    this.changed = copy.changed;
    this.ownsNonNull = this.ownsChanged = false;
  }

  isNonNull(key: string): boolean {
    return this.nonNull.has(key);
  }

  addNonNull(key: string): void {
    if (this.nonNull.has(key)) return;
    this.writableNonNull().add(key);
  }

  /** Drops the facts about a path and everything below it (`a.b` drops `a.b.c` too). */
  forget(key: string): void {
    this.writableNonNull().forget(key);
  }

  /** The current type of a local, or undefined for a symbol this function does not declare. */
  typeOf(id: number): Type | undefined {
    return this.changed.get(id) ?? this.initial.get(id);
  }

  setType(id: number, type: Type): void {
    this.writableChanged().set(id, type);
  }

  /** Records a local's type at its declaration. */
  declareType(id: number, type: Type): void {
    this.initial.set(id, type);
    if (this.changed.has(id)) this.writableChanged().delete(id);
  }

  /** Marks the rest of this path as unreachable. */
  end(by: string): void {
    if (this.reachable) this.endedBy = by;
    this.reachable = false;
  }

  setFirstSync(value: boolean): void {
    this.firstSync = value;
    if (!value) this.created = CREATES_ALL;
  }

  private writableNonNull(): PathSet {
    if (!this.ownsNonNull) {
      this.nonNull = this.nonNull.extend();
      this.ownsNonNull = true;
    }
    return this.nonNull;
  }

  private writableChanged(): TypeTable<Type> {
    if (!this.ownsChanged) {
      this.changed = this.changed.extend();
      this.ownsChanged = true;
    }
    return this.changed;
  }

  /** Joins the facts of two reachable paths. */
  static joinReachable(a: Flow, b: Flow): Flow {
    // The join stacks its layers on layers of `a` and `b` (of one of them when both are the same flow), so those become read-only.
    a.ownsNonNull = a.ownsChanged = b.ownsNonNull = b.ownsChanged = false;
    const out = new Flow();
    out.initial = a.initial;
    out.nonNull = PathSet.intersect(a.nonNull, b.nonNull);
    const { table, ids } = TypeTable.joinStart(a.changed, b.changed);
    for (const id of ids) {
      const left = a.typeOf(id);
      const right = b.typeOf(id);
      // An id that neither path changed keeps following its declared type.
      const changed = a.changed.has(id) || b.changed.has(id);
      if (changed && left !== undefined && right !== undefined) table.set(id, left === right ? left : join(left, right));
      else table.delete(id);
    }
    out.changed = table;
    out.firstSync = a.firstSync === b.firstSync ? a.firstSync : undefined;
    out.created = a.created & b.created;
    return out;
  }
}

/** Joins the flows of two paths where they meet. An unreachable path contributes nothing. */
export function joinFlows(a: Flow, b: Flow): Flow {
  if (!a.reachable && !b.reachable) {
    const ended = a.clone();
    ended.endedBy = a.endedBy ?? b.endedBy;
    return ended;
  }
  if (!a.reachable) return b.clone();
  if (!b.reachable) return a.clone();
  return Flow.joinReachable(a, b);
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
