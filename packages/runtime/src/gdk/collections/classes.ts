/**
 * Constructors of the java.util collection classes (`new ArrayList(list)`,
 * `new LinkedHashMap()`, `new HashSet()`...) and the static helpers of
 * `Collections` and `Arrays` that rules call.
 *
 * NOTE: every map class builds an insertion-ordered map, so `new HashMap()`
 * iterates in insertion order where Java would use hash order, and a TreeMap
 * is sorted only by its constructor, not by later `put` calls.
 */

import type { ExecutionContext } from "../../context.ts";
import { RuleException } from "../../errors.ts";
import { mapEntries, newMap } from "../../map.ts";
import { defineClass, type StaticImpl } from "../../registry.ts";
import { GClosure, GMap, GRange, type Value } from "../../values.ts";
import { javaEquals } from "./hash.ts";
import { maxOrMin, naturalCompare, sortItems } from "./ordering.ts";
import { newSet, setAdd, type SetKind } from "./sets.ts";
import { itemsOf, javaTypeName, toJsNumber } from "./support.ts";

function constructorError(className: string, args: Value[]): never {
  const types = args.map((a) => javaTypeName(a)).join(", ");
  throw new RuleException("GroovyRuntimeException", `Could not find matching constructor for: java.util.${className}(${types})`);
}

/** The items of a constructor's collection argument, nothing for a capacity, or an error for anything else. */
function sourceItems(ctx: ExecutionContext, className: string, args: Value[]): Value[] {
  if (args.length === 0) return [];
  if (args.length === 1 && (Array.isArray(args[0]) || args[0] instanceof GRange)) return [...itemsOf(ctx, args[0])];
  if (args.length === 1 && toJsNumber(args[0]!) !== undefined) return [];
  return constructorError(className, args);
}

function listClass(className: string): void {
  defineClass(`java.util.${className}`, {
    supertypes: ["List", "Collection", "Iterable"],
    construct: (ctx, args) => sourceItems(ctx, className, args),
  });
}

function setClass(className: string, kind: SetKind): void {
  defineClass(`java.util.${className}`, {
    supertypes: ["Set", "Collection", "Iterable"],
    construct: (ctx, args) => {
      const items = sourceItems(ctx, className, args);
      const set = newSet(kind, kind === "hash" ? Math.max(Math.floor(items.length / 0.75) + 1, 16) : 16);
      for (const item of items) setAdd(ctx, set, item);
      return set;
    },
  });
}

function mapClass(className: string, sorted: boolean): void {
  defineClass(`java.util.${className}`, {
    supertypes: ["Map"],
    construct: (ctx, args) => {
      if (args.length === 0 || (args.length === 1 && toJsNumber(args[0]!) !== undefined)) return newMap();
      if (args.length !== 1 || !(args[0] instanceof GMap)) return constructorError(className, args);
      const entries = [...mapEntries(args[0])];
      if (sorted) entries.sort((a, b) => naturalCompare(ctx, a[0], b[0]));
      return newMap(entries);
    },
  });
}

listClass("ArrayList");
listClass("LinkedList");
listClass("Vector");
setClass("HashSet", "hash");
setClass("LinkedHashSet", "linked");
setClass("TreeSet", "tree");
mapClass("HashMap", false);
mapClass("LinkedHashMap", false);
mapClass("Hashtable", false);
mapClass("TreeMap", true);

function listArg(name: string, args: Value[], index = 0): Value[] {
  const list = args[index];
  if (!Array.isArray(list)) {
    throw new RuleException("MissingMethodException", `Collections.${name}() needs a list, got ${list === undefined ? "nothing" : javaTypeName(list)}`);
  }
  return list;
}

const collections: Record<string, StaticImpl> = {
  sort: (ctx, args) => {
    sortItems(ctx, listArg("sort", args), true, args[1] instanceof GClosure ? args[1] : undefined);
    return null;
  },
  reverse: (_ctx, args) => {
    listArg("reverse", args).reverse();
    return null;
  },
  max: (ctx, args) => maxOrMin(ctx, listArg("max", args), listArg("max", args), args.slice(1), 1),
  min: (ctx, args) => maxOrMin(ctx, listArg("min", args), listArg("min", args), args.slice(1), -1),
  emptyList: () => Object.freeze([] as Value[]) as Value[],
  emptySet: () => Object.freeze(newSet("linked")) as Value[],
  emptyMap: () => newMap(),
  singletonList: (_ctx, args) => Object.freeze([args[0] ?? null]) as Value[],
  unmodifiableList: (ctx, args) => Object.freeze([...itemsOf(ctx, listArg("unmodifiableList", args))]) as Value[],
  frequency: (ctx, args) => itemsOf(ctx, listArg("frequency", args)).filter((item) => javaEquals(item, args[1] ?? null)).length,
};

defineClass("java.util.Collections", { statics: collections });

defineClass("java.util.Arrays", {
  statics: {
    asList: (_ctx, args) => [...args],
  },
});
