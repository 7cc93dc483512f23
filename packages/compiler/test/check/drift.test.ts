/**
 * The checker reads the runtime's declarations; these tests check that the
 * few facts it adds on top still match the runtime.
 */

import * as R from "@twinsync/runtime";
import { describe, expect, it } from "vitest";
import { NULL_SAFE_METHODS, typedMethodNames } from "../../src/check/gdk.ts";
import { NULLABLE_HELPER_RESULTS } from "../../src/check/model.ts";
import { codes } from "./support.ts";

const ctx = () => new R.ExecutionContext({ timeZone: "UTC" });

describe("checker facts against the runtime", () => {
  it("marks exactly the helper lookups documented to return null", () => {
    const documented: string[] = [];
    for (const [helper, methods] of R.HELPER_METHODS) {
      for (const method of methods) if (/null when/.test(method.doc)) documented.push(`${helper}.${method.name}`);
    }
    expect([...NULLABLE_HELPER_RESULTS].sort()).toEqual(documented.sort());
  });

  it("types only methods the runtime implements", () => {
    const missing: string[] = [];
    for (const [tag, names] of Object.entries(typedMethodNames())) {
      const implemented = new Set(R.methodNames(tag as R.TypeTag));
      for (const name of names) if (!implemented.has(name)) missing.push(`${tag}.${name}`);
    }
    expect(missing).toEqual([]);
  });

  it("treats as null-safe only methods the runtime accepts on null", () => {
    const closure = new R.GClosure(1, true, () => null);
    const closureMethods = new Set(["collect", "each", "eachWithIndex", "findAll", "grep", "find", "any", "every", "with"]);
    const argumentsFor = (name: string): R.Value[] => {
      if (name === "inject") return [0, closure];
      if (name === "plus") return ["x"];
      if (closureMethods.has(name)) return [closure];
      if (name === "equals" || name === "is") return [null];
      return [];
    };
    for (const name of NULL_SAFE_METHODS) {
      expect(() => R.callMethod(ctx(), null, name, argumentsFor(name)), name).not.toThrow();
    }
  });

  it("finds an implementation for every declared helper method", () => {
    const built = R.bindingsFromJson(ctx(), { issue: { key: "SUP-1" }, replica: { key: "R-1" } }, "incoming");
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const variables = built.bindings.variables;
    const argumentFor = (type: R.SignatureType): R.Value => {
      switch (type.kind) {
        case "Entity":
          return variables.get("issue")!;
        case "Closure":
          return new R.GClosure(1, true, () => null);
        case "List":
          return [];
        default:
          return "x";
      }
    };
    const missing: string[] = [];
    for (const [helper, methods] of R.HELPER_METHODS) {
      const object = variables.get(helper);
      if (!(object instanceof R.RuntimeObject)) {
        missing.push(helper);
        continue;
      }
      for (const method of methods) {
        const args = method.params.filter((p) => !p.optional).map((p) => argumentFor(p.type));
        let result: unknown;
        try {
          result = object.invokeMethod(ctx(), method.name, args);
        } catch {
          // An error from inside the method (httpClient is off, a lookup fails) still shows that it exists.
          result = null;
        }
        if (result === R.NOT_FOUND) missing.push(`${helper}.${method.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds an implementation for every declared entity method", () => {
    const built = R.bindingsFromJson(ctx(), { issue: { key: "SUP-1" }, replica: { key: "R-1" } }, "incoming");
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const issue = built.bindings.variables.get("issue") as R.RuntimeObject;
    for (const method of R.ENTITY_METHODS) {
      const args = method.params.map(() => "Done" as R.Value);
      expect(issue.invokeMethod(ctx(), method.name, args), method.name).not.toBe(R.NOT_FOUND);
    }
  });

  it("resolves every rule variable in its directions", () => {
    for (const direction of ["incoming", "outgoing"] as const) {
      for (const name of R.ruleVariableNames(direction)) {
        const text = name === "store" ? "store(issue)" : `log.info(String.valueOf(${name}))`;
        expect(codes(text, direction).filter((c) => c === "unknown-variable" || c === "variable-not-in-direction"), `${name} in ${direction}`).toEqual([]);
      }
    }
  });
});
