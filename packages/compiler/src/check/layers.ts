/**
 * Persistent sets and maps for the checker's flow facts. A branch copies the
 * facts of the path it starts from, and a rule of 2,000 lines has hundreds
 * of them, so copies share their parent's entries and record only their own
 * changes in a layer on top. Joining two paths then costs the size of their
 * own changes, not of everything known.
 *
 * A layer becomes read-only once another layer is stacked on it; the owner
 * of a flow writes only to the layer it created. Chains longer than
 * `MAX_DEPTH` are flattened into one layer, so a lookup walks at most that
 * many layers.
 */

const MAX_DEPTH = 12;

const NO_GROUPS: ReadonlyMap<string, Set<string>> = new Map();
const NO_PATHS: ReadonlySet<string> = new Set();
const NO_ENTRIES: ReadonlyMap<number, never> = new Map<number, never>();

/** Returns the first segment of a path key (`replica` of `replica.assignee.email`). */
function rootOf(key: string): string {
  const dot = key.indexOf(".");
  return dot < 0 ? key : key.slice(0, dot);
}

/** Tells whether `key` is `path` or below it (`a.b` is below `a`). */
function isAtOrBelow(key: string, path: string): boolean {
  return key === path || (key.length > path.length && key.charCodeAt(path.length) === 46 && key.startsWith(path));
}

/** Lists a path key and the paths above it: `a.b.c`, `a`, `a.b`. */
function pathsAbove(key: string): string[] {
  const paths = [key];
  for (let dot = key.indexOf("."); dot > 0; dot = key.indexOf(".", dot + 1)) paths.push(key.slice(0, dot));
  return paths;
}

/**
 * A set of path keys (`replica.assignee`, `#3.name`) where forgetting a path
 * forgets every path below it.
 */
export class PathSet {
  /**
   * Keys added in this layer, by their first segment, so that forgetting a
   * path scans only its own group. Like `forgotten`, it is made on the first
   * write, because most layers of a branch write nothing.
   */
  private added: Map<string, Set<string>> | null = null;
  /** Paths forgotten in this layer, with everything below them, unless this layer adds them back. */
  private forgotten: Set<string> | null = null;

  private constructor(
    readonly parent: PathSet | null,
    readonly depth: number,
  ) {}

  static empty(): PathSet {
    return new PathSet(null, 0);
  }

  /** Returns a new writable layer on top of this one, or a flattened copy when the chain is long. */
  extend(): PathSet {
    return this.depth < MAX_DEPTH ? new PathSet(this, this.depth + 1) : this.flatten();
  }

  /** Returns a copy in one layer, built from the bottom layer up. */
  private flatten(): PathSet {
    const chain: PathSet[] = [];
    for (let layer: PathSet | null = this; layer !== null; layer = layer.parent) chain.push(layer);
    const flat = new PathSet(null, 0);
    for (let i = chain.length - 1; i >= 0; i--) {
      const layer = chain[i]!;
      // Within a layer, what it adds wins over what it forgets, so the forgetting comes first.
      for (const path of layer.forgotten ?? NO_PATHS) flat.forget(path);
      for (const group of (layer.added ?? NO_GROUPS).values()) for (const key of group) flat.add(key);
    }
    return flat;
  }

  has(key: string): boolean {
    const root = rootOf(key);
    let above: string[] | null = null;
    for (let layer: PathSet | null = this; layer !== null; layer = layer.parent) {
      if (layer.added?.get(root)?.has(key) === true) return true;
      if (layer.forgotten === null) continue;
      above ??= pathsAbove(key);
      for (const path of above) if (layer.forgotten.has(path)) return false;
    }
    return false;
  }

  add(key: string): void {
    const root = rootOf(key);
    this.added ??= new Map();
    let group = this.added.get(root);
    if (group === undefined) {
      group = new Set();
      this.added.set(root, group);
    }
    group.add(key);
  }

  /** Drops a path and everything below it. */
  forget(path: string): void {
    const group = this.added?.get(rootOf(path));
    if (group !== undefined) {
      for (const key of group) if (isAtOrBelow(key, path)) group.delete(key);
    }
    if (this.parent !== null) (this.forgotten ??= new Set()).add(path);
  }

  /** Lists every key in the set. */
  keys(): Set<string> {
    const found = new Set<string>();
    for (const group of (this.flatten().added ?? NO_GROUPS).values()) for (const key of group) found.add(key);
    return found;
  }

  /** Returns the keys that both sets have, as a new writable set. */
  static intersect(a: PathSet, b: PathSet): PathSet {
    const base = commonLayer(a, b);
    if (base === null) {
      const out = PathSet.empty();
      for (const key of a.keys()) if (b.has(key)) out.add(key);
      return out;
    }
    // Everything the common layer has is in both sets, unless one chain forgot it since; only the chains' own changes need a look.
    const out = base.extend();
    const candidates = new Set<string>();
    for (const top of [a, b]) {
      for (let layer: PathSet | null = top; layer !== base && layer !== null; layer = layer.parent) {
        for (const path of layer.forgotten ?? NO_PATHS) out.forget(path);
        for (const group of (layer.added ?? NO_GROUPS).values()) for (const key of group) candidates.add(key);
      }
    }
    for (const key of candidates) if (a.has(key) && b.has(key)) out.add(key);
    return out;
  }
}

/** Finds the deepest layer that both chains share, or null. */
function commonLayer<T extends { parent: T | null; depth: number }>(a: T, b: T): T | null {
  let left: T | null = a;
  let right: T | null = b;
  while (left !== null && right !== null && left.depth > right.depth) left = left.parent;
  while (left !== null && right !== null && right.depth > left.depth) right = right.parent;
  while (left !== null && right !== null && left !== right) {
    left = left.parent;
    right = right.parent;
  }
  return left !== null && left === right ? left : null;
}

/**
 * A map from local symbol ids to their current types. A layer can also
 * remove an id that a layer below it has.
 */
export class TypeTable<T> {
  /** Entries of this layer, made on the first write; `undefined` removes the id. */
  private own: Map<number, T | undefined> | null = null;

  private constructor(
    readonly parent: TypeTable<T> | null,
    readonly depth: number,
  ) {}

  static empty<T>(): TypeTable<T> {
    return new TypeTable<T>(null, 0);
  }

  /** Returns a new writable layer on top of this one, or a flattened copy when the chain is long. */
  extend(): TypeTable<T> {
    if (this.depth < MAX_DEPTH) return new TypeTable(this, this.depth + 1);
    const flat = TypeTable.empty<T>();
    for (const [id, type] of this.entries()) flat.set(id, type);
    return flat;
  }

  get(id: number): T | undefined {
    for (let layer: TypeTable<T> | null = this; layer !== null; layer = layer.parent) {
      if (layer.own?.has(id) === true) return layer.own.get(id);
    }
    return undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, type: T): void {
    (this.own ??= new Map()).set(id, type);
  }

  delete(id: number): void {
    if (this.parent === null) this.own?.delete(id);
    else (this.own ??= new Map()).set(id, undefined);
  }

  /** Lists every id with its type. */
  entries(): Map<number, T> {
    const found = new Map<number, T>();
    const seen = new Set<number>();
    for (let layer: TypeTable<T> | null = this; layer !== null; layer = layer.parent) {
      for (const [id, type] of layer.own ?? NO_ENTRIES) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (type !== undefined) found.set(id, type);
      }
    }
    return found;
  }

  /**
   * Returns a new writable table for the join of `a` and `b`: a layer on their
   * common layer, or an empty table when they share none. Also lists the ids
   * that either may map differently from that start, which the caller sets.
   */
  static joinStart<T>(a: TypeTable<T>, b: TypeTable<T>): { table: TypeTable<T>; ids: Set<number> } {
    const base = commonLayer(a, b);
    const ids = new Set<number>();
    for (const top of [a, b]) {
      for (let layer: TypeTable<T> | null = top; layer !== base && layer !== null; layer = layer.parent) {
        for (const id of (layer.own ?? NO_ENTRIES).keys()) ids.add(id);
      }
    }
    return { table: base === null ? TypeTable.empty<T>() : base.extend(), ids };
  }
}
