/**
 * The Entity model: the runtime object behind `issue`, `workItem`, `entity`,
 * `replica` and `previous`. It keeps its fields in a GMap and accepts any
 * property name, because connectors and rules use fields the hub issue does
 * not declare (`issue."Story Points"`, `workItem."System.Id"`).
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { mapGet, mapHas, mapOriginalKey, mapPut, newMap } from "../map.ts";
import { GMap, NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { COMPUTED_LISTS, diffLists } from "./diff.ts";
import { hubIssueField } from "./hub-issue.ts";
import { deepCopy, mapOf, stringFieldOf } from "./values-util.ts";

export interface EntityOptions {
  /** Java-style class name for messages and `instanceof`: `Issue`, `WorkItem`, `Replica`. */
  className?: string;
  /**
   * Looks a status name up in the instance catalogue: the status object, null
   * when the catalogue has no such status, or undefined when the catalogue
   * lists no statuses (then every name is accepted).
   */
  findStatus?: (name: string) => GMap | null | undefined;
  /**
   * The replica received last time. When this option is given, the entity
   * offers the computed change lists (`addedComments` and the others).
   */
  previous?: () => Entity | null;
}

/** Returns the property a `getX`/`setX` accessor name refers to, or null for other names. */
function accessorProperty(methodName: string, prefix: "get" | "set"): string | null {
  if (methodName.length <= 3 || !methodName.startsWith(prefix)) return null;
  const rest = methodName.slice(3);
  if (rest[0] !== rest[0]!.toUpperCase()) return null;
  return rest[0]!.toLowerCase() + rest.slice(1);
}

/** Returns a new empty list or map for a declared non-null list or map field; null for other names. */
function emptyValueFor(name: string): Value {
  const decl = hubIssueField(name);
  if (decl === undefined || decl.nullable) return null;
  if (decl.type.kind === "List") return [];
  if (decl.type.kind === "Map") return newMap();
  return null;
}

export class Entity extends RuntimeObject {
  readonly className: string;

  constructor(
    /** The record's fields by name; dates are GDate values. */
    readonly fields: GMap = newMap(),
    readonly options: EntityOptions = {},
  ) {
    super();
    this.className = options.className ?? "Issue";
  }

  /**
   * Reads a field. Declared list and map fields that are missing start as an
   * empty list or map (so `replica.labels.add(...)` works). A name that is
   * neither a field nor declared falls back to the custom field of that name,
   * then to null.
   */
  get(name: string): Value {
    // A string is its own canonical key, so one lookup finds a stored field.
    const stored = this.fields.get(name);
    if (stored !== undefined) return stored;

    const computed = COMPUTED_LISTS.get(name);
    if (computed !== undefined && this.options.previous !== undefined) {
      const previous = this.options.previous();
      const before = previous === null ? undefined : previous.get(computed.list);
      return diffLists(computed.list, this.get(computed.list), before)[computed.part];
    }

    const empty = emptyValueFor(name);
    if (empty !== null) {
      mapPut(this.fields, name, empty);
      return empty;
    }

    const custom = this.customField(name);
    return custom === null ? null : mapGet(custom, "value");
  }

  /**
   * Writes a field. A name that is not a field yet but names an existing
   * custom field writes that custom field's value, so reads and writes of
   * `issue."Story Points"` agree.
   */
  set(name: string, value: Value): void {
    if (!mapHas(this.fields, name) && hubIssueField(name) === undefined) {
      const custom = this.customField(name);
      if (custom !== null) {
        mapPut(custom, "value", value);
        return;
      }
    }
    mapPut(this.fields, name, value);
  }

  private customField(name: string): GMap | null {
    const customFields = mapGet(this.fields, "customFields");
    if (!(customFields instanceof GMap) || !mapHas(customFields, name)) return null;
    const entry = mapGet(customFields, name);
    return entry instanceof GMap ? entry : null;
  }

  /**
   * Moves the record to the named status. With a catalogue that lists
   * statuses, an unknown name raises an IssueTrackerException naming the
   * known ones.
   */
  setStatus(status: Value): void {
    const name = status instanceof GMap ? stringFieldOf(status, "name") : status;
    if (typeof name !== "string") {
      throw new RuleException(
        "IllegalArgumentException",
        `setStatus expects a status name, got ${status === null ? "null" : "a value that is not a string"}`,
      );
    }
    const found = this.options.findStatus?.(name);
    if (found === null) {
      throw new RuleException("IssueTrackerException", `status "${name}" does not exist in the local instance; ${this.knownStatuses()}`);
    }
    this.set("status", found ?? mapOf({ name }));
  }

  private knownStatuses(): string {
    const names = this.options.findStatus === undefined ? [] : (knownStatusNames.get(this.options.findStatus) ?? []);
    return names.length === 0 ? "check the statuses in the instance catalogue" : `known statuses: ${names.join(", ")}`;
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value {
    return this.get(name);
  }

  override setProperty(_ctx: ExecutionContext, name: string, value: Value): boolean {
    this.set(name, value);
    return true;
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    if (name === "setStatus" && args.length === 1) {
      this.setStatus(args[0]!);
      return null;
    }
    const getter = accessorProperty(name, "get");
    if (getter !== null && args.length === 0 && this.isAccessible(getter)) return this.get(getter);
    const setter = accessorProperty(name, "set");
    if (setter !== null && args.length === 1 && hubIssueField(setter) !== undefined) {
      this.set(setter, args[0]!);
      return null;
    }
    return NOT_FOUND;
  }

  /** Bean getters exist for declared fields, computed lists and fields the record has. */
  private isAccessible(name: string): boolean {
    return hubIssueField(name) !== undefined || COMPUTED_LISTS.has(name) || mapHas(this.fields, name);
  }

  override isInstanceOf(name: string): boolean {
    return super.isInstanceOf(name) || name === "Entity" || name === "BasicHubIssue";
  }

  override toString(): string {
    const label = stringFieldOf(this.fields, "key") ?? stringFieldOf(this.fields, "id");
    return label === null ? this.className : `${this.className} ${label}`;
  }

  /** Returns the fields as they are written to a result state. */
  jsonFields(): GMap {
    return this.fields;
  }

  /** Returns an independent copy with the same options, for `issueBeforeScript`. */
  deepCopy(copies: Map<object, Value> = new Map()): Entity {
    const fields = newMap();
    const copy = new Entity(fields, this.options);
    copies.set(this, copy);
    for (const [canonical, value] of this.fields) mapPut(fields, mapOriginalKey(this.fields, canonical), deepCopy(value, copies));
    return copy;
  }
}

/** Status names per lookup function, so the error for an unknown status can list the known ones. */
const knownStatusNames = new WeakMap<(name: string) => GMap | null | undefined, string[]>();

/**
 * Builds the `findStatus` option from a catalogue's `statuses` list, or
 * returns undefined when the catalogue lists no statuses.
 */
export function statusFinder(statuses: Value): ((name: string) => GMap | null) | undefined {
  if (!Array.isArray(statuses)) return undefined;
  const byName = new Map<string, GMap>();
  for (const status of statuses) {
    const name = stringFieldOf(status, "name");
    if (name !== null && status instanceof GMap) byName.set(name, status);
  }
  const find = (name: string): GMap | null => {
    const status = byName.get(name);
    return status === undefined ? null : (deepCopy(status) as GMap);
  };
  knownStatusNames.set(find, [...byName.keys()]);
  return find;
}

/** Returns the name given as a string or as the `name` of a `{name, id}` object; null otherwise. */
export function nameOf(value: Value): string | null {
  return typeof value === "string" ? value : stringFieldOf(value, "name");
}
