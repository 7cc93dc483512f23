import { describe, expect, it } from "vitest";
import { Flow, joinFlows } from "../../packages/compiler/src/check/flow.ts";
import { join, type Type } from "../../packages/compiler/src/check/types.ts";

/** The flow facts as plain copied collections: the behaviour the layered flow must match. */
interface Model {
  nonNull: Set<string>;
  changed: Map<number, Type>;
}

const isAtOrBelow = (key: string, path: string) => key === path || key.startsWith(path + ".");

function joinModels(a: Model, b: Model): Model {
  const nonNull = new Set([...a.nonNull].filter((key) => b.nonNull.has(key)));
  const changed = new Map<number, Type>();
  for (const id of new Set([...a.changed.keys(), ...b.changed.keys()])) {
    const left = a.changed.get(id) ?? INITIAL.get(id);
    const right = b.changed.get(id) ?? INITIAL.get(id);
    if (left !== undefined && right !== undefined) changed.set(id, left === right ? left : join(left, right));
  }
  return { nonNull, changed };
}

const TYPES: Type[] = [{ kind: "string" } as Type, { kind: "boolean" } as Type, { kind: "dynamic" } as Type];
const INITIAL = new Map<number, Type>();
const KEYS = ["a", "a.b", "a.b.c", "a.c", "b", "b.a", "#1", "#1.x", "#2", "#2.x.y", "replica.assignee", "replica.assignee.email", "replica"];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe("layered flow facts", () => {
  it("keep facts through long copy chains", () => {
    let flow = new Flow();
    flow.addNonNull("root");
    for (let i = 0; i < 60; i++) {
      flow = flow.clone();
      flow.addNonNull(`#${i}`);
      if (i % 7 === 0) flow.forget(`#${i - 1}`);
    }
    expect(flow.isNonNull("root")).toBe(true);
    expect(flow.isNonNull("#59")).toBe(true);
    expect(flow.isNonNull("#6")).toBe(false);
    expect(flow.isNonNull("#8")).toBe(true);
  });

  it("join keeps what both paths know", () => {
    const entry = new Flow();
    entry.addNonNull("replica.assignee");
    entry.addNonNull("#1");
    const left = entry.clone();
    left.forget("replica");
    left.addNonNull("replica.assignee.email");
    left.addNonNull("#2");
    const right = entry.clone();
    right.addNonNull("#2");
    const joined = joinFlows(left, right);
    expect(joined.isNonNull("#1")).toBe(true);
    expect(joined.isNonNull("#2")).toBe(true);
    expect(joined.isNonNull("replica.assignee")).toBe(false);
    expect(joined.isNonNull("replica.assignee.email")).toBe(false);
  });

  it("match plain copies over random operations", () => {
    const next = random(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const first = new Flow();
    // Every flow of one function shares the declared types.
    first.initial = INITIAL;
    const flows: { flow: Flow; model: Model }[] = [{ flow: first, model: { nonNull: new Set(), changed: new Map() } }];
    const mismatches: string[] = [];
    for (let step = 0; step < 4_000; step++) {
      const entry = pick(flows);
      const { flow, model } = entry;
      const choice = next();
      if (choice < 0.25) {
        const key = pick(KEYS);
        flow.addNonNull(key);
        model.nonNull.add(key);
      } else if (choice < 0.4) {
        const path = pick(KEYS);
        flow.forget(path);
        for (const key of [...model.nonNull]) if (isAtOrBelow(key, path)) model.nonNull.delete(key);
      } else if (choice < 0.5) {
        const id = Math.floor(next() * 6);
        const type = pick(TYPES);
        flow.setType(id, type);
        model.changed.set(id, type);
      } else if (choice < 0.55) {
        const id = Math.floor(next() * 6);
        const type = pick(TYPES);
        INITIAL.set(id, type);
        flow.declareType(id, type);
        model.changed.delete(id);
      } else if (choice < 0.75) {
        // Long chains of copies make the layers deep enough to be flattened.
        flows.push({ flow: flow.clone(), model: { nonNull: new Set(model.nonNull), changed: new Map(model.changed) } });
      } else if (choice < 0.9 && flows.length > 1) {
        const other = pick(flows);
        flows.push({ flow: joinFlows(flow, other.flow), model: joinModels(model, other.model) });
      } else if (flows.length > 40) {
        flows.splice(flows.indexOf(entry), 1);
      }
      // Every flow is compared, because a write through one flow must not reach the layers that others share.
      flows.forEach(({ flow, model }, index) => {
        for (const key of KEYS) {
          if (flow.isNonNull(key) !== model.nonNull.has(key)) mismatches.push(`step ${step}, flow ${index}: non-null '${key}' should be ${model.nonNull.has(key)}`);
        }
        for (let id = 0; id < 6; id++) {
          if (flow.typeOf(id) !== (model.changed.get(id) ?? INITIAL.get(id))) mismatches.push(`step ${step}, flow ${index}: wrong type of local ${id}`);
        }
      });
      if (mismatches.length > 0) break;
    }
    expect(mismatches).toEqual([]);
  });
});
