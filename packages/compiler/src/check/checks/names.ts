/** Checks on names: unknown variables and script methods, variables of the other direction, call arity. */

import type * as A from "../../syntax/ast.ts";
import { argumentCount, requiredParameters } from "../infer-calls.ts";
import { defineCheck, type CheckContext } from "../registry.ts";
import { didYouMean } from "../suggest.ts";

defineCheck("Identifier", (node, context) => {
  const resolution = context.facts.names.get(node);
  if (resolution === undefined) return;
  switch (resolution.kind) {
    case "unknown":
      context.report("unknown-variable", node, { name: node.name, hint: didYouMean(resolution.suggestion) }, resolution.suggestion);
      return;
    case "other-direction":
      context.report("variable-not-in-direction", node, { name: node.name, direction: resolution.direction });
      return;
    case "script-local": {
      const declaration = context.scriptLocalDeclaration(node.name);
      const related = declaration === null ? [] : [{ ...declaration, message: `'${node.name}' is declared here, in the script body` }];
      context.report("script-local-in-method", node, { name: node.name }, undefined, related);
      return;
    }
    case "unsupported":
      context.report("unsupported-api", node, { name: `'${node.name}'`, reason: resolution.reason });
      return;
    default:
      return;
  }
});

/** "2 arguments", "1 to 3 arguments", "1 or 3 arguments". */
export function describeArity(ranges: { min: number; max: number }[]): string {
  const parts = ranges.map(({ min, max }) => (min === max ? String(min) : `${min} to ${max}`));
  const last = ranges[ranges.length - 1]!;
  return `${parts.join(" or ")} argument${last.max === 1 && last.min === 1 ? "" : "s"}`;
}

function reportArity(context: CheckContext, node: A.MethodCallExpression, name: string, ranges: { min: number; max: number }[], actual: number): void {
  if (ranges.some(({ min, max }) => actual >= min && actual <= max)) return;
  context.report("wrong-argument-count", { start: node.nameStart, end: node.end }, { name, expected: describeArity(ranges), actual, verb: actual === 1 ? "was" : "were" });
}

defineCheck("MethodCallExpression", (node, context) => {
  const resolution = context.facts.calls.get(node);
  if (resolution === undefined || typeof node.name !== "string") return;
  const at = { start: node.nameStart, end: node.nameEnd };
  switch (resolution.kind) {
    case "unknown":
      context.report("unknown-method", at, { type: "the script", name: node.name, hint: didYouMean(resolution.suggestion) }, resolution.suggestion);
      return;
    case "other-direction":
      context.report("variable-not-in-direction", at, { name: node.name, direction: resolution.direction });
      return;
    case "script-method": {
      const ranges = resolution.overloads.map((decl) => ({ min: requiredParameters(decl), max: decl.params.length }));
      reportArity(context, node, node.name, ranges, argumentCount(node.args));
      return;
    }
    default:
      return;
  }
});

export { reportArity };
