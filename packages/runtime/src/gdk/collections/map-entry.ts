/**
 * A map entry (`Map.Entry`): what iterating a map yields, what `entrySet()`
 * holds and what `find` on a map returns.
 */

import type { ExecutionContext } from "../../context.ts";
import { toGroovyString } from "../../ops.ts";
import { defineMethods } from "../../registry.ts";
import { GMap, NOT_FOUND, RuntimeObject, type Value } from "../../values.ts";
import { expectArgs } from "./support.ts";

/**
 * An entry of a {@link GMap}. When it was read from a map, `slot` is that
 * map's own `[key, value]` pair, so `entry.value = x` writes through to the
 * map like Java's `LinkedHashMap.Entry.setValue`.
 */
export class MapEntry extends RuntimeObject {
  readonly className = "java.util.LinkedHashMap$Entry";
  private readonly slot: [Value, Value];

  constructor(key: Value, value: Value, slot?: [Value, Value]) {
    super();
    this.slot = slot ?? [key, value];
  }

  /** An entry that reads and writes the map's own pair. */
  static of(pair: [Value, Value]): MapEntry {
    return new MapEntry(pair[0], pair[1], pair);
  }

  get key(): Value {
    return this.slot[0];
  }

  get value(): Value {
    return this.slot[1];
  }

  /** Replaces the value (in the map too, for an entry read from a map) and returns the old one. */
  setValue(value: Value): Value {
    const previous = this.slot[1];
    this.slot[1] = value;
    return previous;
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
  for (const pair of map.entries.values()) entries.push(MapEntry.of(pair));
  return entries;
}

defineMethods("MapEntry", {
  getKey: (_ctx, self: MapEntry, args) => entryMethods.getKey!(self, args),
  getValue: (_ctx, self: MapEntry, args) => entryMethods.getValue!(self, args),
  setValue: (_ctx, self: MapEntry, args) => entryMethods.setValue!(self, args),
});
