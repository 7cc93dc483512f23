/**
 * Checks on member access: unknown properties and methods, misspelt model
 * fields, members of the other direction, helper call signatures,
 * deprecated and unsupported members.
 */

import type { MethodDecl, ParamDecl } from "@twinsync/runtime";
import type * as A from "../../syntax/ast.ts";
import { isQuotedProperty } from "../describe.ts";
import { argumentCount } from "../infer-calls.ts";
import { fromSignatureType } from "../model.ts";
import { defineCheck, type CheckContext } from "../registry.ts";
import { didYouMean, editDistance } from "../suggest.ts";
import { formatType, withNullable, type Type } from "../types.ts";
import { reportArity } from "./names.ts";
import { incompatible } from "./compatibility.ts";

/**
 * `java.util.Date` accessors that the JDK deprecated (since JDK 1.1); they
 * use the JVM's time zone and count years from 1900 and months from 0.
 */
const DEPRECATED_DATE_ACCESSORS = new Map<string, string>([
  ["getYear", "it returns the year minus 1900; use format('yyyy')"],
  ["getMonth", "it counts months from 0; use format('MM')"],
  ["getDate", "it depends on the JVM time zone; use format('dd') with an explicit time zone"],
  ["getDay", "it depends on the JVM time zone; use format('u') with an explicit time zone"],
  ["getHours", "it depends on the JVM time zone; use format('HH') with an explicit time zone"],
  ["getMinutes", "use format('mm') with an explicit time zone"],
  ["getSeconds", "use format('ss')"],
]);

/** Members that reach Groovy's runtime internals, which rules cannot use. */
const UNSUPPORTED_MEMBERS = new Map<string, string>([
  ["metaClass", "rules cannot change classes at run time"],
  ["getMetaClass", "rules cannot change classes at run time"],
  ["setMetaClass", "rules cannot change classes at run time"],
  ["invokeMethod", "call the method by name instead"],
  ["evaluate", "rules cannot evaluate code from text"],
]);

/** Returns the field name a copied value reads: `issue.summary`, `issue.summary?.trim()`, `replica.summary ?: ""`. */
function fieldRead(value: A.Expression | undefined): string | null {
  if (value === undefined) return null;
  switch (value.kind) {
    case "PropertyExpression":
      return typeof value.property === "string" ? value.property : null;
    case "MethodCallExpression":
      return value.object === null ? null : fieldRead(value.object);
    case "ElvisExpression":
      return fieldRead(value.left);
    case "ParenthesizedExpression":
      return fieldRead(value.expression);
    default:
      return null;
  }
}

/**
 * Tells whether an undeclared model property close to a declared name is a
 * typo rather than a custom property. Rules add their own properties freely
 * (`replica.teamName = ...`), so a write counts as a typo only when it copies
 * the declared field it resembles (`replica.sumary = issue.summary`), and a
 * read only when the rule never writes a property of that name.
 */
function looksMisspelt(node: A.PropertyExpression, suggestion: string, context: CheckContext): boolean {
  const name = node.property as string;
  if (context.facts.writeTargets.has(node)) return fieldRead(context.facts.assignedValues.get(node)) === suggestion && editDistance(name, suggestion) <= 1.5;
  return !context.facts.writtenProperties.has(name);
}

function nameRange(node: A.PropertyExpression | A.MethodCallExpression): { start: number; end: number } {
  return node.kind === "PropertyExpression" ? { start: node.propertyStart, end: node.propertyEnd } : { start: node.nameStart, end: node.nameEnd };
}

function receiverType(context: CheckContext, node: A.PropertyExpression | A.MethodCallExpression): Type {
  return node.object === null ? { kind: "dynamic" } : withNullable(context.typeOf(node.object), false);
}

defineCheck("PropertyExpression", (node, context) => {
  if (typeof node.property !== "string") return;
  const at = nameRange(node);
  const unsupported = UNSUPPORTED_MEMBERS.get(node.property);
  if (unsupported !== undefined && !isQuotedProperty(node)) {
    context.report("unsupported-api", at, { name: `'${node.property}'`, reason: unsupported });
    return;
  }
  const member = context.facts.members.get(node);
  if (member === undefined) return;
  const receiver = receiverType(context, node);
  switch (member.status) {
    case "missing":
      context.report("unknown-property", at, { type: member.owner, name: node.property, hint: didYouMean(member.suggestion) }, member.suggestion);
      return;
    case "dynamic":
      if (member.suggestion !== undefined && !isQuotedProperty(node) && looksMisspelt(node, member.suggestion, context)) {
        context.report("unknown-field", at, { name: node.property, type: formatType(receiver), suggestion: member.suggestion }, member.suggestion);
      }
      return;
    case "other-direction":
      context.report("member-not-in-direction", at, { name: node.property, direction: context.settings.direction === "outgoing" ? "incoming" : "outgoing" });
      return;
    case "unknown-custom-field":
      context.report("unknown-custom-field", at, { name: node.property, hint: didYouMean(member.suggestion) }, member.suggestion);
      return;
    case "found": {
      const getter = "get" + node.property.charAt(0).toUpperCase() + node.property.slice(1);
      const reason = receiver.kind === "date" ? DEPRECATED_DATE_ACCESSORS.get(getter) : undefined;
      if (reason !== undefined) context.report("deprecated-api", at, { name: `Date.${node.property}`, reason });
      return;
    }
  }
});

defineCheck("MethodCallExpression", (node, context) => {
  if (node.object === null || typeof node.name !== "string") return;
  const at = nameRange(node);
  const unsupported = UNSUPPORTED_MEMBERS.get(node.name) ?? (node.name === "execute" && receiverType(context, node).kind === "string" ? "rules cannot start processes" : undefined);
  if (unsupported !== undefined) {
    context.report("unsupported-api", at, { name: `'${node.name}'`, reason: unsupported });
    return;
  }
  const member = context.facts.members.get(node);
  if (member === undefined) return;
  if (member.status === "missing") {
    context.report("unknown-method", at, { type: member.owner, name: node.name, hint: didYouMean(member.suggestion) }, member.suggestion);
    return;
  }
  if (member.status !== "found") return;
  const receiver = receiverType(context, node);
  const reason = receiver.kind === "date" ? DEPRECATED_DATE_ACCESSORS.get(node.name) : undefined;
  if (reason !== undefined) context.report("deprecated-api", at, { name: `Date.${node.name}()`, reason });
  if (member.decl !== undefined) checkSignature(node, member.decl, member.owner ?? "", context);
});

function parameterRange(decl: MethodDecl): { min: number; max: number } {
  return { min: decl.params.filter((p) => p.optional !== true).length, max: decl.params.length };
}

/** Checks a helper or entity call against its declared parameters. Named arguments are matched by the runtime, so only positional calls are checked. */
function checkSignature(node: A.MethodCallExpression, decl: MethodDecl, owner: string, context: CheckContext): void {
  if (node.args.named.length > 0) return;
  const deprecated = (decl as MethodDecl & { deprecated?: string }).deprecated;
  if (deprecated !== undefined) context.report("deprecated-api", { start: node.nameStart, end: node.nameEnd }, { name: `${owner}.${decl.name}()`, reason: deprecated });
  const count = argumentCount(node.args);
  reportArity(context, node, `${owner}.${decl.name}`, [parameterRange(decl)], count);
  node.args.positional.forEach((arg, i) => {
    const param: ParamDecl | undefined = decl.params[i];
    if (param === undefined || arg.kind === "SpreadExpression") return;
    const expected = fromSignatureType(param.type);
    const actual = context.typeOf(arg);
    if (incompatible(expected, actual, "argument")) {
      context.report("type-mismatch", arg, { target: `parameter '${param.name}' of ${owner}.${decl.name}`, expected: formatType(expected), actual: formatType(actual) });
    }
  });
}
