/** Checks on the shape of the code: duplicate map keys, unreachable statements, unused variables and methods. */

import type * as A from "../../syntax/ast.ts";
import { defineCheck, defineRuleCheck, defineUnreachableCheck } from "../registry.ts";

/** Returns the constant a map key evaluates to, as text, or null when it is computed. */
function keyText(key: A.Expression | null): string | null {
  if (key === null) return null;
  switch (key.kind) {
    case "StringLiteral":
      return JSON.stringify(key.value);
    case "NumberLiteral":
      return `${key.numberKind}:${key.text}`;
    case "BooleanLiteral":
      return String(key.value);
    case "NullLiteral":
      return "null";
    default:
      return null;
  }
}

defineCheck("MapExpression", (node, context) => {
  const seen = new Map<string, A.MapEntry>();
  for (const entry of node.entries) {
    const text = keyText(entry.key);
    if (text === null) continue;
    const earlier = seen.get(text);
    if (earlier !== undefined) {
      const name = entry.key!.kind === "StringLiteral" ? entry.key!.value : text.replace(/^\w+:/, "");
      const { line, column } = context.position(earlier.value.start);
      const overwritten = { start: earlier.key!.start, end: earlier.value.end, message: `the value for '${name}' that this entry overwrites` };
      context.report("duplicate-map-key", entry.key!, { name, line, column }, undefined, [overwritten]);
    }
    seen.set(text, entry);
  }
});

defineUnreachableCheck((statement, endedBy, after, context) => {
  const related = after === null ? [] : [{ start: after.start, end: after.end, message: `no path continues after this statement, which ends with '${endedBy}'` }];
  context.report("unreachable-code", statement, { after: endedBy }, undefined, related);
});

/** Variable kinds whose unused declarations are reported; parameters are part of a signature and stay quiet. */
const REPORTED_KINDS = new Set(["variable"]);

defineRuleCheck((context) => {
  if (context.settings.partialTree === true) return;
  for (const symbol of context.facts.symbols) {
    if (!REPORTED_KINDS.has(symbol.kind) || symbol.reads > 0 || symbol.name.startsWith("_") || symbol.name === "ignored") continue;
    context.report("unused-variable", symbol, { name: symbol.name });
  }
  for (const statement of context.script.body) {
    if (statement.kind !== "MethodDeclaration" || context.facts.usedMethods.has(statement.name)) continue;
    context.report("unused-method", { start: statement.nameStart, end: statement.nameEnd }, { name: statement.name });
  }
});
