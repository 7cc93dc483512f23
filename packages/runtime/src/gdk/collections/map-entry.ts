/**
 * A map entry (`Map.Entry`): what iterating a map yields, what `entrySet()`
 * holds and what `find` on a map returns.
 */

import type { ExecutionContext } from "../../context.ts";
import { toGroovyString } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { mapOriginalKey } from "../../map.ts";
import { GMap, NOT_FOUND, RuntimeObject, type MapEntryView, type Value } from "../../values.ts";
import { expectArgs } from "./support.ts";

/**
 * An entry of a {@link GMap}. An entry read from a map reads and writes that
 * map's value for its key, so `entry.value = x` writes through to the map like
 * Java's `LinkedHashMap.Entry.setValue`. Removing the key detaches the entry,
 * which then keeps the last value, as a removed Java node does.
 */
export class MapEntry extends RuntimeObject implements MapEntryView {
  readonly className = "java.util.LinkedHashMap$Entry";
  /** The map the entry belongs to, or null for a detached or standalone entry. */
  private map: GMap | null = null;
  private canonical: unknown = undefined;
  private ownValue: Value;

  constructor(
    readonly key: Value,
    value: Value,
  ) {
    super();
    this.ownValue = value;
  }

  /**
   * Returns the map's entry for a canonical key it contains. The same key
   * gives the same entry object until the key is removed.
   */
  static of(map: GMap, canonical: unknown): MapEntry {
    const views = (map.entryViews ??= new Map());
    const known = views.get(canonical);
    if (known instanceof MapEntry) return known;
    const entry = new MapEntry(mapOriginalKey(map, canonical), null);
    entry.map = map;
    entry.canonical = canonical;
    views.set(canonical, entry);
    return entry;
  }

  get value(): Value {
    if (this.map === null) return this.ownValue;
    return this.map.get(this.canonical) ?? null;
  }

  /** Replaces the value (in the map too, for an entry read from a map) and returns the old one. */
  setValue(value: Value): Value {
    const previous = this.value;
    if (this.map === null) this.ownValue = value;
    else this.map.set(this.canonical, value);
    return previous;
  }

  detach(value: Value): void {
    this.ownValue = value;
    this.map = null;
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "key") return this.key;
    if (name === "value") return this.value;
    return NOT_FOUND;
  }

  override setProperty(_ctx: ExecutionContext, name: string, value: Value): boolean {
    if (name !== "value") return false;
    this.setValue(value);
    return true;
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    const method = entryMethods[name];
    if (method === undefined || !Object.hasOwn(entryMethods, name)) return NOT_FOUND;
    return method(this, args);
  }

  override isInstanceOf(name: string): boolean {
    return ENTRY_TYPES.has(name) || super.isInstanceOf(name);
  }

  /** `key=value`, as Java prints an entry. */
  override toString(): string {
    return `${toGroovyString(this.key)}=${toGroovyString(this.value)}`;
  }
}

const ENTRY_TYPES = new Set(["Map.Entry", "Entry", "java.util.Map.Entry", "java.util.Map$Entry", "MapEntry"]);

const entryMethods: Record<string, (entry: MapEntry, args: Value[]) => Value> = Object.assign(Object.create(null), {
  getKey: (entry: MapEntry, args: Value[]) => {
    expectArgs(entry, "getKey", args, 0);
    return entry.key;
  },
  getValue: (entry: MapEntry, args: Value[]) => {
    expectArgs(entry, "getValue", args, 0);
    return entry.value;
  },
  setValue: (entry: MapEntry, args: Value[]) => {
    expectArgs(entry, "setValue", args, 1);
    return entry.setValue(args[0]!);
  },
  toString: (entry: MapEntry, args: Value[]) => {
    expectArgs(entry, "toString", args, 0);
    return entry.toString();
  },
});

/** The entries of a map in insertion order, writing through to the map: what a `for (e in map)` loop visits. */
export function mapEntryValues(map: GMap): MapEntry[] {
  const entries: MapEntry[] = [];
  for (const canonical of map.keys()) entries.push(MapEntry.of(map, canonical));
  return entries;
}

defineMethods("MapEntry", {
  getKey: (_ctx, self: MapEntry, args) => entryMethods.getKey!(self, args),
  getValue: (_ctx, self: MapEntry, args) => entryMethods.getValue!(self, args),
  setValue: (_ctx, self: MapEntry, args) => entryMethods.setValue!(self, args),
});
