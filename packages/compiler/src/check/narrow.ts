/**
 * Narrowing: what a condition implies about the values it tests. After
 * `if (replica.assignee)` or `if (x != null)` the path is not null inside the
 * branch; after `if (!x) return` it is not null below. `firstSync` fixes the
 * first-sync state of a branch, and a branch that is not a first sync has a
 * `previous` replica.
 */

import type * as A from "../syntax/ast.ts";
import { joinFlows, type Flow } from "./flow.ts";

/** Returns the path key of an expression (`replica.assignee`), or null when it is not a plain path. */
export type KeyOf = (expression: A.Expression) => string | null;

/** Marks a path and every path it extends as not null: `a.b.c` implies `a.b` and `a`. */
export function markNonNull(flow: Flow, key: string): void {
  flow.addNonNull(key);
  for (let dot = key.lastIndexOf("."); dot > 0; dot = key.lastIndexOf(".", dot - 1)) flow.addNonNull(key.slice(0, dot));
}

/** Returns a copy of `flow` with what `test` evaluating to `truthy` implies. */
export function narrow(test: A.Expression, flow: Flow, truthy: boolean, keyOf: KeyOf): Flow {
  const out = flow.clone();
  apply(test, out, truthy, keyOf);
  return out;
}

/** A receiver chain that must be non-null for a truthy result: `a?.b?.c` implies `a` and `a.b`. */
function markChain(expression: A.Expression, flow: Flow, keyOf: KeyOf): void {
  const key = keyOf(expression);
  if (key !== null) {
    markNonNull(flow, key);
    return;
  }
  if (expression.kind === "MethodCallExpression" && expression.object !== null) markChain(expression.object, flow, keyOf);
  else if (expression.kind === "PropertyExpression" || expression.kind === "IndexExpression") markChain(expression.object, flow, keyOf);
}

const isNull = (e: A.Expression) => e.kind === "NullLiteral";
const isConstant = (e: A.Expression) => e.kind === "StringLiteral" || e.kind === "NumberLiteral" || e.kind === "BooleanLiteral" || e.kind === "GStringExpression";

function apply(test: A.Expression, flow: Flow, truthy: boolean, keyOf: KeyOf): void {
  switch (test.kind) {
    case "ParenthesizedExpression":
      apply(test.expression, flow, truthy, keyOf);
      return;
    case "UnaryExpression":
      if (test.operator === "!") apply(test.argument, flow, !truthy, keyOf);
      return;
    case "LogicalExpression": {
      const both = (test.operator === "&&") === truthy;
      if (both) {
        // `a && b` true, or `a || b` false: both sides hold.
        apply(test.left, flow, truthy, keyOf);
        apply(test.right, flow, truthy, keyOf);
        return;
      }
      // `a && b` false: a is false, or a is true and b false. `a || b` true is the mirror case.
      const first = narrow(test.left, flow, truthy, keyOf);
      const second = narrow(test.right, narrow(test.left, flow, !truthy, keyOf), truthy, keyOf);
      flow.assign(joinFlows(first, second));
      return;
    }
    case "BinaryExpression": {
      const { operator, left, right } = test;
      if (operator !== "==" && operator !== "!=") return;
      const other = isNull(right) ? left : isNull(left) ? right : null;
      if (other !== null) {
        if ((operator === "!=") === truthy) markChain(other, flow, keyOf);
        return;
      }
      // `x == "Done"` is true only when x is not null.
      if (operator === "==" && truthy) {
        if (isConstant(right)) markChain(left, flow, keyOf);
        else if (isConstant(left)) markChain(right, flow, keyOf);
      }
      return;
    }
    case "InstanceofExpression":
      if (truthy !== test.negated) markChain(test.expression, flow, keyOf);
      return;
    case "Identifier":
      if (test.name === "firstSync" && keyOf(test) === "firstSync") {
        flow.setFirstSync(truthy);
        if (!truthy) markNonNull(flow, "previous");
        return;
      }
      if (truthy) markChain(test, flow, keyOf);
      return;
    case "PropertyExpression":
    case "MethodCallExpression":
    case "IndexExpression":
      if (truthy) markChain(test, flow, keyOf);
      return;
    default:
      return;
  }
}
