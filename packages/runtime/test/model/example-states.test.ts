import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindingsFromJson } from "../../src/bindings.ts";
import { ExecutionContext } from "../../src/context.ts";

const EXAMPLES_DIR = join(import.meta.dirname, "../../../../examples");

interface ExampleState {
  pair: string;
  file: string;
  side: string;
  direction: "outgoing" | "incoming";
  rulePath: string;
}

/** States are named `<side>-<direction>[-variant].json` and run `<side>.<direction>.groovy`. */
function exampleStates(): ExampleState[] {
  const states: ExampleState[] = [];
  for (const pair of readdirSync(EXAMPLES_DIR, { withFileTypes: true })) {
    if (!pair.isDirectory()) continue;
    const statesDir = join(EXAMPLES_DIR, pair.name, "states");
    if (!existsSync(statesDir)) continue;
    for (const file of readdirSync(statesDir).filter((name) => name.endsWith(".json"))) {
      const match = /^([a-z]+)-(outgoing|incoming)(?:-[a-z0-9-]+)?\.json$/.exec(file);
      if (match === null) throw new Error(`${pair.name}/states/${file} does not follow <side>-<direction>[-variant].json`);
      const [, side, direction] = match;
      states.push({
        pair: pair.name,
        file,
        side: side!,
        direction: direction as "outgoing" | "incoming",
        rulePath: join(EXAMPLES_DIR, pair.name, `${side}.${direction}.groovy`),
      });
    }
  }
  return states;
}

describe("example states", () => {
  const states = exampleStates();

  it("exist for both example pairs", () => {
    expect(new Set(states.map((state) => state.pair))).toEqual(new Set(["jira-github", "jira-azure"]));
  });

  it("each name an existing rule", () => {
    for (const state of states) expect(existsSync(state.rulePath), `${state.pair}/states/${state.file}`).toBe(true);
  });

  it("cover every example rule", () => {
    for (const pair of ["jira-github", "jira-azure"]) {
      const rules = readdirSync(join(EXAMPLES_DIR, pair)).filter((name) => name.endsWith(".groovy"));
      expect(rules).toHaveLength(4);
      for (const rule of rules) {
        const covered = states.some((state) => state.rulePath === join(EXAMPLES_DIR, pair, rule));
        expect(covered, `${pair}/${rule} has no state`).toBe(true);
      }
    }
  });

  it("pass validation and bind", () => {
    for (const state of states) {
      const json = JSON.parse(readFileSync(join(EXAMPLES_DIR, state.pair, "states", state.file), "utf8")) as unknown;
      const result = bindingsFromJson(new ExecutionContext(), json, state.direction, {
        entityClassName: state.side === "azure" ? "WorkItem" : "Issue",
      });
      expect(result.ok ? [] : result.errors, `${state.pair}/states/${state.file}`).toEqual([]);
    }
  });
});
