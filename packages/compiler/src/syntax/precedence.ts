/**
 * Folds a flat `operand (operator operand)*` list into a tree by Groovy's
 * operator precedence. All these operators are left-associative.
 */

import type * as A from "./ast.ts";

export interface OperatorEntry {
  text: string;
  start: number;
  /** The type operand of `as`, `instanceof` and `!instanceof`. */
  type?: A.TypeRef;
}

/** Larger binds tighter. `**` and the unary operators are handled by the grammar itself. */
const PRECEDENCE: Record<string, number> = {
  "*": 12, "/": 12, "%": 12,
  "+": 11, "-": 11,
  "<<": 10, ">>": 10, ">>>": 10, "..": 10, "..<": 10,
  "<": 9, "<=": 9, ">": 9, ">=": 9, "in": 9, "!in": 9, "instanceof": 9, "!instanceof": 9, "as": 9,
  "==": 8, "!=": 8, "<=>": 8, "===": 8, "!==": 8,
  "=~": 7, "==~": 7,
  "&": 6,
  "^": 5,
  "|": 4,
  "&&": 3,
  "||": 2,
};

export function foldBinary(operands: A.Expression[], operators: OperatorEntry[]): A.Expression {
  let index = 0;
  let position = 1;

  const parse = (minPrecedence: number): A.Expression => {
    let left = operands[index++]!;
    while (position - 1 < operators.length) {
      const op = operators[position - 1]!;
      const precedence = PRECEDENCE[op.text] ?? 1;
      if (precedence < minPrecedence) break;
      position++;
      if (op.type !== undefined) {
        index++;
        left = typeOperation(left, op, op.type);
        continue;
      }
      const right = parse(precedence + 1);
      left = combine(left, op, right);
    }
    return left;
  };

  return parse(0);
}

function typeOperation(left: A.Expression, op: OperatorEntry, type: A.TypeRef): A.Expression {
  if (op.text === "as") {
    return { kind: "CastExpression", expression: left, type, style: "as", start: left.start, end: type.end };
  }
  return { kind: "InstanceofExpression", expression: left, type, negated: op.text === "!instanceof", start: left.start, end: type.end };
}

function combine(left: A.Expression, op: OperatorEntry, right: A.Expression): A.Expression {
  if (op.text === "&&" || op.text === "||") {
    return { kind: "LogicalExpression", operator: op.text, left, right, operatorStart: op.start, start: left.start, end: right.end };
  }
  return {
    kind: "BinaryExpression", operator: op.text as A.BinaryOperatorText, left, right, operatorStart: op.start,
    start: left.start, end: right.end,
  };
}
