/**
 * Entry point of the benchmark bundle that bench/run.mjs builds and starts
 * once per benchmark, each in a fresh process. Prints one JSON result on
 * standard output.
 *
 *   main.mjs compile BENCH_DIR [quick]
 *   main.mjs memory BENCH_DIR twinsync|acorn      (needs node --expose-gc)
 *   main.mjs run BENCH_DIR STATE_OUT.json [quick]
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCompileBench } from "./compile-bench.ts";
import { commentsState } from "./comments-data.ts";
import type { TimingOptions } from "./measure.ts";
import { runMemoryBench } from "./memory-bench.ts";
import { runRunBench } from "./run-bench.ts";

const QUICK: TimingOptions = { warmupMs: 200, samples: 5, minSampleMs: 20 };
const COMPILE: TimingOptions = { warmupMs: 3000, samples: 30, minSampleMs: 200 };
const RUN: TimingOptions = { warmupMs: 2000, samples: 40, minSampleMs: 50 };

async function main(args: string[]): Promise<unknown> {
  const [command, benchDir] = args;
  if (benchDir === undefined) throw new Error("usage: main.mjs compile|memory|run BENCH_DIR ...");
  const templateDir = join(benchDir, "template");
  const quick = args.includes("quick");

  switch (command) {
    case "compile":
      return await runCompileBench(templateDir, quick ? QUICK : COMPILE);
    case "memory": {
      const subject = args[2];
      if (subject !== "twinsync" && subject !== "acorn") throw new Error(`memory: expected subject twinsync or acorn, got ${subject}`);
      return runMemoryBench(templateDir, subject);
    }
    case "run": {
      const stateOut = args[2];
      if (stateOut === undefined) throw new Error("run: missing the path to write the benchmark state to");
      writeFileSync(stateOut, JSON.stringify(commentsState(), null, 1));
      const source = readFileSync(join(benchDir, "rules", "comments.incoming.groovy"), "utf8");
      return runRunBench(source, quick ? QUICK : RUN);
    }
    default:
      throw new Error(`unknown benchmark "${command}"; expected compile, memory or run`);
  }
}

process.stdout.write(JSON.stringify(await main(process.argv.slice(2))) + "\n");
