/**
 * The type language of the hub-issue model. The same declarations drive the
 * state-file validator, the date conversion of the Entity model and the
 * static checker, so each field is described in one place only.
 */

/** The shape of one field value. `Object` refers to a named type in `HUB_TYPES`. */
export type FieldType =
  | { kind: "String" }
  | { kind: "Number" }
  | { kind: "Boolean" }
  | { kind: "Date" }
  | { kind: "Any" }
  | { kind: "Object"; name: string }
  | { kind: "List"; element: FieldType }
  | { kind: "Map"; value: FieldType };

/** Whether a field is read-only in the local record, per rule direction. */
export interface FieldAccess {
  outgoing: boolean;
  incoming: boolean;
}

/** The declaration of one field of the hub issue or of a nested type. */
export interface FieldDecl {
  name: string;
  type: FieldType;
  /** Whether the field may be null or missing in real data. */
  nullable: boolean;
  /** Read-only per direction, for the local record (`issue`); a rule that writes it gets a checker warning. */
  readOnly: FieldAccess;
  doc: string;
}

/** A named object type: its declared fields. Objects also accept fields that are not declared. */
export interface TypeDecl {
  name: string;
  doc: string;
  fields: FieldDecl[];
}

/** Constructors for field types, so the declarations read like Groovy types. */
export const T = {
  string: { kind: "String" } as FieldType,
  number: { kind: "Number" } as FieldType,
  boolean: { kind: "Boolean" } as FieldType,
  date: { kind: "Date" } as FieldType,
  any: { kind: "Any" } as FieldType,
  object: (name: string): FieldType => ({ kind: "Object", name }),
  list: (element: FieldType): FieldType => ({ kind: "List", element }),
  map: (value: FieldType): FieldType => ({ kind: "Map", value }),
};

/** Renders a field type the way Groovy code would name it, for messages and hovers: `List<Comment>`. */
export function formatFieldType(type: FieldType): string {
  switch (type.kind) {
    case "Object":
      return type.name;
    case "List":
      return `List<${formatFieldType(type.element)}>`;
    case "Map":
      return `Map<String, ${formatFieldType(type.value)}>`;
    case "Any":
      return "Object";
    default:
      return type.kind;
  }
}

/** Options for {@link field}: everything except name, type and doc has a default. */
interface FieldOptions {
  nullable?: boolean;
  /** Read-only in both directions. */
  readOnly?: boolean;
  /** Read-only only when the incoming rule writes the local record. */
  readOnlyIncoming?: boolean;
}

/**
 * Declares a field. The local record is never written by an outgoing rule,
 * so every field is read-only in the outgoing direction.
 */
export function field(name: string, type: FieldType, doc: string, options: FieldOptions = {}): FieldDecl {
  return {
    name,
    type,
    nullable: options.nullable ?? true,
    readOnly: {
      outgoing: true,
      incoming: options.readOnly === true || options.readOnlyIncoming === true,
    },
    doc,
  };
}

/** Declares a field of a nested type: writable in both directions unless stated. */
export function member(name: string, type: FieldType, doc: string, options: FieldOptions = {}): FieldDecl {
  return {
    name,
    type,
    nullable: options.nullable ?? true,
    readOnly: { outgoing: options.readOnly === true, incoming: options.readOnly === true },
    doc,
  };
}
