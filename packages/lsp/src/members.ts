/**
 * The members a value of a checker type offers, read from the runtime's
 * declarations: model fields, entity and helper methods with their
 * signatures, GDK methods from the runtime's method tables, and class statics.
 */

import { formatType, tagOf, type CheckType, type RuleConfig } from "@twinsync/compiler";
import * as R from "@twinsync/runtime";
import type { FieldDecl, MethodDecl, SignatureType, TypeTag } from "@twinsync/runtime";
import type { Direction } from "./analysis.ts";
import { gdkSignatures, type GdkSignature } from "./gdk-signatures.ts";

/** One member of a type, as completion and hover show it. */
export interface Member {
  name: string;
  kind: "field" | "method";
  /** The member's type or signature: `String`, `getUser(String id): User`. */
  detail: string;
  doc?: string;
  /** Parameters of a declared method, for snippet arguments. */
  params?: readonly R.ParamDecl[];
  /** The member's source, for sorting: declared model and helper members rank above GDK methods. */
  origin: "model" | "helper" | "gdk" | "class";
  /** Overloads of a GDK method that the signature table lists. */
  overloads?: readonly GdkSignature[];
}

/** Renders a helper signature type the way Groovy code names it. */
export function formatSignatureType(type: SignatureType): string {
  switch (type.kind) {
    case "Entity":
      if (type.role === "replica") return "Replica";
      if (type.role === "issue") return "Issue";
      return "Entity";
    case "Closure":
      return "Closure";
    case "Helper":
      return type.name;
    case "Void":
      return "void";
    default:
      return R.formatFieldType(type);
  }
}

export function formatSignature(decl: MethodDecl): string {
  const params = decl.params.map((p) => `${formatSignatureType(p.type)} ${p.name}${p.optional === true ? "?" : ""}`).join(", ");
  return `${decl.name}(${params}): ${formatSignatureType(decl.returns)}`;
}

function fieldMember(decl: FieldDecl): Member {
  return { name: decl.name, kind: "field", detail: R.formatFieldType(decl.type) + (decl.nullable ? " (can be null)" : ""), doc: decl.doc, origin: "model" };
}

function methodMember(decl: MethodDecl, origin: Member["origin"]): Member {
  return { name: decl.name, kind: "method", detail: formatSignature(decl), doc: decl.doc, params: decl.params, origin };
}

const objectTypes = new Map<string, R.TypeDecl>([...R.HUB_TYPES, ...R.STATE_TYPES, ...R.CATALOGUE_ENTRY_TYPES]);


function gdkMembers(tag: TypeTag): Member[] {
  const names = [...new Set(R.methodNames(tag))].sort();
  return names.map((name): Member => {
    const overloads = gdkSignatures(tag, name);
    if (overloads === undefined) return { name, kind: "method", detail: `${tag}.${name}(...)`, doc: `A method of ${tag} that the runtime implements (Groovy GDK or JDK).`, origin: "gdk" };
    const doc = overloads.map((o) => `\`${name}(${o.params.join(", ")})\`: ${o.doc}`).join("\n\n");
    return { name, kind: "method", detail: `${tag}.${name}(${overloads[0]!.params.join(", ")})`, doc, origin: "gdk", overloads };
  });
}

function entityMembers(role: "issue" | "replica", direction: Direction): Member[] {
  const members = R.HUB_ISSUE_FIELDS.map(fieldMember);
  if (role === "replica" && direction === "incoming") members.push(...R.REPLICA_COMPUTED_FIELDS.map(fieldMember));
  if (role === "issue") members.push(...R.ENTITY_METHODS.map((decl) => methodMember(decl, "model")));
  return members;
}

function customFieldNames(config: RuleConfig | undefined): Member[] {
  const fields = config?.instance?.customFields ?? [];
  return fields.map((field) => ({ name: field.name, kind: "field", detail: `CustomField (${field.type})`, doc: field.id === undefined ? undefined : `Custom field id \`${field.id}\`.`, origin: "model" }));
}

function classMembers(name: string): Member[] {
  const info = R.findClass(name);
  if (info === undefined) return [];
  const statics: Member[] = [...info.statics.keys()].sort().map((method) => ({ name: method, kind: "method", detail: `static ${name}.${method}(...)`, origin: "class" }));
  const properties: Member[] = [...info.staticProperties.keys()].sort().map((property) => ({ name: property, kind: "field", detail: `static ${name}.${property}`, origin: "class" }));
  return [...properties, ...statics];
}

/** Lists the members a value of `type` offers in a rule of `direction`; an unknown (`dynamic`) type offers none. */
export function membersOf(type: CheckType, direction: Direction, config?: RuleConfig): Member[] {
  switch (type.kind) {
    case "entity":
      return entityMembers(type.role, direction);
    case "helper":
      return (R.HELPER_METHODS.get(type.name) ?? []).map((decl) => methodMember(decl, "helper"));
    case "object": {
      const decl = objectTypes.get(type.name);
      const fields = decl?.fields.map(fieldMember) ?? [];
      if (type.name === "CustomField" && !fields.some((f) => f.name === "value")) {
        fields.push({ name: "value", kind: "field", detail: type.valueType === undefined ? "Object" : formatType(type.valueType), doc: "The value of the custom field.", origin: "model" });
      }
      return fields;
    }
    case "class":
      return classMembers(type.name);
    case "map":
      if (type.customFields === true) return customFieldNames(config);
      return [...[...(type.entries?.keys() ?? [])].map((key): Member => ({ name: key, kind: "field", detail: formatType(type.entries!.get(key)!), origin: "model" })), ...gdkMembers("Map")];
    default: {
      const tag = tagOf(type);
      return tag === null ? [] : gdkMembers(tag);
    }
  }
}

/** Finds one member by name, for hover. */
export function findMember(type: CheckType, name: string, direction: Direction, config?: RuleConfig): Member | undefined {
  return membersOf(type, direction, config).find((m) => m.name === name);
}

/** Describes a type for hovers and completion details. */
export function describeType(type: CheckType): string {
  return formatType(type) + (type.nullable === true ? " (can be null)" : "");
}
