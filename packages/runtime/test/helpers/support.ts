/** Shared setup for helper tests: bindings from a JSON state and helper calls by name. */

import { expect } from "vitest";
import { bindingsFromJson, type RuleBindings } from "../../src/bindings.ts";
import { ExecutionContext } from "../../src/context.ts";
import { toPlainJson } from "../../src/model/json-out.ts";
import { GClosure, NOT_FOUND, RuntimeObject, type Value } from "../../src/values.ts";

export function bind(state: unknown, direction: "outgoing" | "incoming", ctx = new ExecutionContext()): RuleBindings {
  const result = bindingsFromJson(ctx, state, direction);
  if (!result.ok) throw new Error(`bad test state: ${JSON.stringify(result.errors)}`);
  return result.bindings;
}

/** Calls a method on a bound helper and returns the result as plain JSON. */
export function call(bindings: RuleBindings, helper: string, method: string, args: Value[], ctx = new ExecutionContext()): unknown {
  const target = bindings.variables.get(helper);
  if (!(target instanceof RuntimeObject)) throw new Error(`${helper} is not bound`);
  const result = target.invokeMethod(ctx, method, args);
  expect(result).not.toBe(NOT_FOUND);
  return toPlainJson(result as Value);
}

/** A closure as compiled code would build it: one implicit parameter, the body a JS function of it. */
export function closure(body: (it: Value) => Value): GClosure {
  return new GClosure(1, true, (_ctx, args) => body(args[0] ?? null));
}

export const jane = { key: "u-jane", username: "jane", email: "Jane@Example.org", displayName: "Jane Doe" };
export const omar = { key: "u-omar", username: "omar", email: "omar@example.org", displayName: "Omar Haddad" };
