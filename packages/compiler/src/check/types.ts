/**
 * The checker's type model. Types are plain immutable objects. `dynamic`
 * means "anything" and turns every check on the value off, which keeps the
 * checker quiet wherever the model or inference has too little information.
 *
 * `nullable` marks values that the declarations declare nullable (a replica
 * field, a `nodeHelper` lookup). Values of unknown nullness, such as a map
 * lookup or a local assigned `null`, are not marked: the null-dereference
 * check only warns about declared nullability.
 */

/** A constant string and where it is written, so that a check can point at the literal. */
export interface StringValue {
  text: string;
  start: number;
  end: number;
}

export type NumberTag = "Integer" | "Long" | "BigInteger" | "BigDecimal" | "Double" | "Float" | "Number";

/** The role of an entity: the local record or a replica. */
export type EntityRole = "issue" | "replica";

export type Type = (
  | { kind: "dynamic" }
  | { kind: "null" }
  | { kind: "void" }
  | { kind: "boolean" }
  /** `values` lists every string the expression can produce when all are constants (for status names). */
  | { kind: "string"; values?: readonly StringValue[] }
  | { kind: "number"; tag: NumberTag }
  | { kind: "date" }
  | { kind: "list"; element: Type }
  | { kind: "range" }
  /** `entries` contains the keys of a map literal, and `customFields` marks an entity's `customFields` map. */
  | { kind: "map"; value: Type; entries?: ReadonlyMap<string, Type>; customFields?: boolean }
  | { kind: "entity"; role: EntityRole }
  /** A declared model object (`User`, `Comment`, `CustomField`); `valueType` types a configured custom field's `value`. */
  | { kind: "object"; name: string; valueType?: Type; customField?: string }
  | { kind: "helper"; name: string }
  /** `params` is null for a closure written without `->` (one optional `it`). */
  | { kind: "closure"; returns: Type; params: number | null }
  /** A class literal such as `Math` or `JsonOutput`, by simple name. */
  | { kind: "class"; name: string }
  /** An object of an allowlisted Java class (`SimpleDateFormat`, an exception); its members are not declared. */
  | { kind: "instance"; className: string }
) & { readonly nullable?: boolean };

export const DYNAMIC: Type = { kind: "dynamic" };
export const NULL: Type = { kind: "null" };
export const VOID: Type = { kind: "void" };
export const BOOLEAN: Type = { kind: "boolean" };
export const STRING: Type = { kind: "string" };
export const INTEGER: Type = { kind: "number", tag: "Integer" };
export const DATE: Type = { kind: "date" };

export const listOf = (element: Type): Type => ({ kind: "list", element });
export const mapOf = (value: Type): Type => ({ kind: "map", value });
export const numberOf = (tag: NumberTag): Type => ({ kind: "number", tag });

/** Returns the type marked as possibly null, or with the mark removed. */
export function withNullable(type: Type, nullable: boolean): Type {
  if ((type.nullable === true) === nullable) return type;
  if (type.kind === "dynamic" || type.kind === "null" || type.kind === "void") return type;
  return nullable ? { ...type, nullable: true } : withoutNullable(type);
}

function withoutNullable(type: Type): Type {
  // A rest copy instead of `delete`, which would turn the copy into a slow dictionary object.
  const { nullable: _nullable, ...copy } = type;
  return copy as Type;
}

/** Returns a string type with a known set of constant values. */
export function stringValues(values: readonly StringValue[]): Type {
  return { kind: "string", values };
}

/** Returns the one constant a string type contains, or null. */
export function constantText(type: Type): string | null {
  if (type.kind !== "string" || type.values === undefined) return null;
  const texts = new Set(type.values.map((v) => v.text));
  return texts.size === 1 ? type.values[0]!.text : null;
}

/**
 * Returns the type a value has after two paths meet. Equal kinds merge and
 * different kinds give `dynamic`. `null` joined with any type gives that type.
 */
export function join(a: Type, b: Type): Type {
  if (a === b) return a;
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "dynamic" || b.kind === "dynamic") return DYNAMIC;
  const nullable = a.nullable === true || b.nullable === true;
  const merged = joinSameKind(a, b);
  return merged.kind === "dynamic" ? merged : withNullable(merged, nullable);
}

function joinSameKind(a: Type, b: Type): Type {
  switch (a.kind) {
    case "string": {
      if (b.kind !== "string") return DYNAMIC;
      if (a.values === undefined || b.values === undefined) return STRING;
      const seen = new Set(a.values.map((v) => `${v.start}:${v.text}`));
      return stringValues([...a.values, ...b.values.filter((v) => !seen.has(`${v.start}:${v.text}`))]);
    }
    case "number":
      if (b.kind !== "number") return DYNAMIC;
      return numberOf(a.tag === b.tag ? a.tag : "Number");
    case "list":
      return b.kind === "list" ? listOf(join(a.element, b.element)) : DYNAMIC;
    case "map":
      return b.kind === "map" ? { kind: "map", value: join(a.value, b.value), customFields: a.customFields === true && b.customFields === true ? true : undefined } : DYNAMIC;
    case "entity":
      return b.kind === "entity" && a.role === b.role ? withoutNullable(a) : DYNAMIC;
    case "object":
      return b.kind === "object" && a.name === b.name ? { kind: "object", name: a.name, valueType: a.valueType, customField: a.customField } : DYNAMIC;
    case "helper":
    case "class":
      return b.kind === a.kind && b.name === a.name ? a : DYNAMIC;
    case "instance":
      return b.kind === "instance" && a.className === b.className ? withoutNullable(a) : DYNAMIC;
    case "closure":
      return b.kind === "closure" ? { kind: "closure", returns: join(a.returns, b.returns), params: a.params === b.params ? a.params : null } : DYNAMIC;
    default:
      return b.kind === a.kind ? withoutNullable(a) : DYNAMIC;
  }
}

/** Renders a type the way a Groovy programmer would name it, for messages and hovers. */
export function formatType(type: Type): string {
  switch (type.kind) {
    case "dynamic":
      return "Object";
    case "null":
      return "null";
    case "void":
      return "void";
    case "boolean":
      return "Boolean";
    case "string":
      return "String";
    case "number":
      return type.tag;
    case "date":
      return "Date";
    case "list":
      return type.element.kind === "dynamic" ? "List" : `List<${formatType(type.element)}>`;
    case "range":
      return "Range";
    case "map":
      return type.value.kind === "dynamic" ? "Map" : `Map<String, ${formatType(type.value)}>`;
    case "entity":
      return type.role === "issue" ? "Issue" : "Replica";
    case "object":
      return type.name;
    case "helper":
      return type.name;
    case "closure":
      return "Closure";
    case "class":
      return `Class<${type.name}>`;
    case "instance":
      return type.className;
  }
}

/** Tells whether the type is a string, a number or a boolean. */
export function isScalar(type: Type): boolean {
  return type.kind === "string" || type.kind === "number" || type.kind === "boolean";
}
