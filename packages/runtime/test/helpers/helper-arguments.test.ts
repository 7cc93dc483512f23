import { describe, expect, it } from "vitest";
import { RuleException } from "../../src/errors.ts";
import { ENTITY_METHODS, HELPER_METHODS, findHelperMethod, formatSignature } from "../../src/helpers/declarations.ts";
import { bindArguments } from "../../src/helpers/helper-object.ts";
import { newMap } from "../../src/map.ts";
import { Entity } from "../../src/model/entity.ts";
import { RULE_VARIABLES } from "../../src/model/variables.ts";
import { GClosure, NOT_FOUND, RuntimeObject } from "../../src/values.ts";
import { bind } from "./support.ts";
import { ExecutionContext } from "../../src/context.ts";

const noop = new GClosure(1, true, () => null);

function decl(helper: string, method: string) {
  const found = findHelperMethod(helper, method);
  if (found === undefined) throw new Error(`${helper}.${method} is not declared`);
  return found;
}

describe("bindArguments", () => {
  it("fills optional parameters with null", () => {
    expect(bindArguments("nodeHelper", decl("nodeHelper", "getIssueType"), ["Bug"])).toEqual(["Bug", null]);
  });

  it("takes a trailing closure", () => {
    const issue = new Entity();
    const replica = new Entity();
    const bound = bindArguments("commentHelper", decl("commentHelper", "mergeComments"), [issue, replica, noop]);
    expect(bound).toEqual([issue, replica, noop]);
    expect(bindArguments("commentHelper", decl("commentHelper", "mergeComments"), [issue, replica])[2]).toBeNull();
  });

  it("takes named arguments from a leading map", () => {
    const named = newMap([["projectKey", "SUP"], ["name", "Bug"]]);
    expect(bindArguments("nodeHelper", decl("nodeHelper", "getIssueType"), [named])).toEqual(["Bug", "SUP"]);
  });

  it("mixes named and positional arguments", () => {
    const named = newMap([["projectKey", "SUP"]]);
    expect(bindArguments("nodeHelper", decl("nodeHelper", "getIssueType"), [named, "Bug"])).toEqual(["Bug", "SUP"]);
  });

  it("rejects unknown named arguments", () => {
    const named = newMap([["project", "SUP"]]);
    expect(() => bindArguments("nodeHelper", decl("nodeHelper", "getIssueType"), [named, "Bug"])).toThrow(
      'nodeHelper.getIssueType: unknown named argument "project"; expected getIssueType(name[, projectKey])',
    );
  });

  it("rejects too many arguments", () => {
    let caught: unknown;
    try {
      bindArguments("nodeHelper", decl("nodeHelper", "getPriority"), ["High", "Low"]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleException);
    expect((caught as RuleException).javaClass).toBe("MissingMethodException");
    expect((caught as RuleException).message).toBe("nodeHelper.getPriority: called with 2 arguments, which is too many; expected getPriority(name)");
  });

  it("passes a map to a parameter of any type", () => {
    const map = newMap([["a", 1]]);
    expect(bindArguments("log", decl("log", "info"), [map])).toEqual([map]);
  });
});

describe("helper declarations", () => {
  it("formats signatures", () => {
    expect(formatSignature(decl("commentHelper", "mergeComments"))).toBe("mergeComments(issue, replica[, edit])");
    expect(formatSignature(decl("syncHelper", "syncBackAfterProcessing"))).toBe("syncBackAfterProcessing()");
  });

  it("declares a variable for every helper", () => {
    const helperVariables = RULE_VARIABLES.filter((variable) => variable.type.kind === "Helper").map((variable) => variable.name);
    expect([...HELPER_METHODS.keys()].sort()).toEqual(helperVariables.sort());
  });

  it("implements every declared method", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    for (const [helper, methods] of HELPER_METHODS) {
      if (helper === "httpClient") continue;
      const target = bindings.variables.get(helper) as RuntimeObject;
      for (const method of methods) {
        let result: unknown;
        try {
          result = target.invokeMethod(new ExecutionContext(), method.name, []);
        } catch {
          // A missing argument raises; only a method without an implementation returns NOT_FOUND.
          continue;
        }
        expect(result, `${helper}.${method.name}`).not.toBe(NOT_FOUND);
      }
    }
  });

  it("implements the entity methods", () => {
    const issue = new Entity();
    for (const method of ENTITY_METHODS) {
      expect(issue.invokeMethod(new ExecutionContext(), method.name, ["Done"]), method.name).not.toBe(NOT_FOUND);
    }
    expect(issue.get("status")).not.toBeNull();
  });

  it("returns NOT_FOUND for undeclared methods", () => {
    const bindings = bind({ issue: {} }, "outgoing");
    const nodeHelper = bindings.variables.get("nodeHelper") as RuntimeObject;
    expect(nodeHelper.invokeMethod(new ExecutionContext(), "getEverything", [])).toBe(NOT_FOUND);
    expect(nodeHelper.invokeMethod(new ExecutionContext(), "constructor", [])).toBe(NOT_FOUND);
  });
});
