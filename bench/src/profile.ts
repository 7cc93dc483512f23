/**
 * Repeats one benchmark's Twinsync work in a loop, for `node --cpu-prof`:
 *   node --cpu-prof bench/.build/profile.mjs compile|run BENCH_DIR [SECONDS]
 * run.mjs builds this file but does not run it; docs/benchmarks.md shows how to use it.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExecutionContext, bindingsFromJson } from "@twinsync/runtime";
import { compileFor } from "../../packages/cli/src/run-rule.ts";
import { buildBenchRule, compileOnce } from "./compile-bench.ts";
import { commentsState } from "./comments-data.ts";

const [command, benchDir, seconds = "10"] = process.argv.slice(2);
if (benchDir === undefined || (command !== "compile" && command !== "run")) {
  throw new Error("usage: profile.mjs compile|run BENCH_DIR [SECONDS]");
}
const end = Date.now() + Number(seconds) * 1000;
let iterations = 0;

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
    // Only compiled.run is timed in the benchmark, but building bindings shows up here too.
    const ctx = new ExecutionContext({ timeZone: "UTC" });
    const built = bindingsFromJson(ctx, stateJson, "incoming");
    if (!built.ok) throw new Error(`the benchmark state is invalid: ${built.errors[0]?.path}: ${built.errors[0]?.message}`);
    const { error } = compiled.run(ctx, built.bindings.variables);
    if (error !== null) throw new Error(`the rule failed: ${error.message}`);
    iterations++;
  }
}
console.log(`${iterations} iterations of ${command}`);
