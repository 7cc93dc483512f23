/**
 * Repeats one benchmark's Twinsync work in a loop, for `node --cpu-prof`:
 *   node --cpu-prof bench/.build/profile.mjs compile|run BENCH_DIR [SECONDS] [BATCH]
 * run.mjs builds this file but does not run it; docs/benchmarks.md shows how to use it.
 *
 * In `run` mode the bindings of BATCH runs (default 200) are built first and
 * the runs follow in `runPreparedBatch`, as benchmark 2 builds its inputs
 * before each timed batch. Filtering a profile on that function leaves out
 * the building of the bindings. A BATCH of 1 shows the rule on warm caches.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExecutionContext, bindingsFromJson, type Value } from "@twinsync/runtime";
import type { CompiledRule } from "@twinsync/compiler";
import { compileFor } from "../../packages/cli/src/run-rule.ts";
import { buildBenchRule, compileOnce } from "./compile-bench.ts";
import { commentsState } from "./comments-data.ts";

const [command, benchDir, seconds = "10", batchText = "200"] = process.argv.slice(2);
if (benchDir === undefined || (command !== "compile" && command !== "run")) {
  throw new Error("usage: profile.mjs compile|run BENCH_DIR [SECONDS] [BATCH]");
}
const batchSize = Number(batchText);
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`BATCH must be a whole number of runs of at least 1, got "${batchText}"`);
const end = Date.now() + Number(seconds) * 1000;
let iterations = 0;

/** Runs each prepared context once; the only function of the loop that benchmark 2 times. */
function runPreparedBatch(compiled: CompiledRule, batch: { ctx: ExecutionContext; variables: Map<string, Value> }[]): void {
  for (const { ctx, variables } of batch) {
    const { error } = compiled.run(ctx, variables);
    if (error !== null) throw new Error(`the rule failed: ${error.message}`);
  }
}

if (command === "compile") {
  const rule = buildBenchRule(join(benchDir, "template"));
  while (Date.now() < end) {
    compileOnce(rule.groovy);
    iterations++;
  }
} else {
  const source = readFileSync(join(benchDir, "rules", "comments.incoming.groovy"), "utf8");
  const compiled = compileFor(source, "comments.incoming.groovy", "incoming");
  const stateJson: unknown = JSON.parse(JSON.stringify(commentsState()));
  while (Date.now() < end) {
    const batch: { ctx: ExecutionContext; variables: Map<string, Value> }[] = [];
    for (let i = 0; i < batchSize; i++) {
      const ctx = new ExecutionContext({ timeZone: "UTC" });
      const built = bindingsFromJson(ctx, stateJson, "incoming");
      if (!built.ok) throw new Error(`the benchmark state is invalid: ${built.errors[0]?.path}: ${built.errors[0]?.message}`);
      batch.push({ ctx, variables: built.bindings.variables });
    }
    runPreparedBatch(compiled, batch);
    iterations += batchSize;
  }
}
console.log(`${iterations} iterations of ${command}`);
