// Runs the Twinsync benchmarks (`npm run bench`): bundles bench/src with
// esbuild, starts each benchmark in a fresh Node process (and the Groovy one
// in a JVM), prints a table and writes bench/results.json.
//
// `npm run bench -- --quick` takes few short samples to check that everything
// runs; it writes bench/.build/results-quick.json and leaves results.json alone.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { NODE_ESM_BUNDLE } from "../scripts/node-bundle.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = dirname(benchDir);
const buildDir = join(benchDir, ".build");
const bundle = join(buildDir, "main.mjs");
const quick = process.argv.includes("--quick");

mkdirSync(buildDir, { recursive: true });
await build({
  ...NODE_ESM_BUNDLE,
  // profile.mjs is not run here; docs/benchmarks.md shows how to profile with it.
  entryPoints: [join(benchDir, "src", "main.ts"), join(benchDir, "src", "profile.ts")],
  outdir: buildDir,
  outExtension: { ".js": ".mjs" },
  // Source maps let a CPU profile of the bundle be traced back to the TypeScript sources.
  sourcemap: true,
});

/** Starts one benchmark in a fresh Node process and returns its JSON result. */
function runNode(nodeArgs, args) {
  const child = spawnSync(process.execPath, [...nodeArgs, bundle, ...args, ...(quick ? ["quick"] : [])], {
    cwd: rootDir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(`benchmark "${args[0]}" exited with status ${child.status}:\n${child.stderr}`);
  }
  return JSON.parse(child.stdout);
}

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    return match ? match[1].trim() : "unknown (no model name in /proc/cpuinfo)";
  } catch {
    return "unknown (/proc/cpuinfo is not readable)";
  }
}

function gitCommit() {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: rootDir, encoding: "utf8" });
  if (git.status !== 0) return null;
  // bench/results.json is this script's own output, so a previous run does not count as a change.
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench/results.json"], { cwd: rootDir, encoding: "utf8" });
  return git.stdout.trim() + (dirty.stdout.trim() === "" ? "" : " (with uncommitted changes)");
}

/**
 * JAVA_HOME for the groovy launcher: the caller's, else none when the
 * system default JDK link exists, else the first JDK under /usr/lib/jvm.
 */
function javaHome() {
  if (process.env.JAVA_HOME) return process.env.JAVA_HOME;
  const jvmDir = "/usr/lib/jvm";
  if (!existsSync(jvmDir) || existsSync(join(jvmDir, "default-java"))) return undefined;
  const jdk = readdirSync(jvmDir).sort().find((name) => existsSync(join(jvmDir, name, "bin", "java")));
  return jdk === undefined ? undefined : join(jvmDir, jdk);
}

/** Sorts object keys recursively, as canonicalJson in bench/src/run-bench.ts does. */
function canonicalJson(value) {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonicalJson(value[key])]));
  }
  return value;
}

/** Times the rule on Groovy; returns {status: "skipped" | "failed" | "ok", ...}. */
function runGroovy(statePath, expectedIssue) {
  const env = { ...process.env };
  const home = javaHome();
  if (home !== undefined) env.JAVA_HOME = home;
  const version = spawnSync("groovy", ["--version"], { env, encoding: "utf8" });
  if (version.error !== undefined || version.status !== 0) {
    const cause = version.error?.code === "ENOENT" ? "groovy is not on PATH" : (version.stderr || version.stdout).trim();
    return { status: "skipped", reason: `Groovy is not available: ${cause}` };
  }

  const timing = quick ? ["500", "5", "20"] : ["5000", "40", "50"];
  const rule = join(benchDir, "rules", "comments.incoming.groovy");
  const child = spawnSync("groovy", [join(benchDir, "groovy", "Bench.groovy"), rule, statePath, ...timing], {
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    return { status: "failed", reason: `Bench.groovy exited with status ${child.status}: ${child.stderr.trim()}` };
  }
  const result = JSON.parse(child.stdout.trim().split("\n").pop());
  const { issue, ...timings } = result;
  if (JSON.stringify(canonicalJson(issue)) !== JSON.stringify(expectedIssue)) {
    return { status: "failed", reason: "Groovy produced a different issue than the JS function", ...timings };
  }
  return { status: "ok", reason: null, ...timings };
}

const ms = (us) => `${(us / 1000).toFixed(1)} ms`;
const us = (value) => `${value.toFixed(1)} µs`;
const times = (ratio) => (ratio === null || ratio === undefined ? "n/a" : `${ratio.toFixed(2)}x`);
const perSecond = (value) => `${Math.round(value).toLocaleString("en-US")} lines/s`;
const verdict = (met) => (met ? "met" : "MISSED");

// Other processes compete for the CPU; the load averages before and after put the numbers in context.
const loadBefore = loadavg();
console.log(`Twinsync benchmarks${quick ? " (quick mode: few short samples, numbers are rough)" : ""}\n`);

const compile = runNode([], ["compile", benchDir]);
const [compiled, parsed, acornParse] = compile.timings;
const memory = {
  twinsync: runNode(["--expose-gc"], ["memory", benchDir, "twinsync"]),
  acorn: runNode(["--expose-gc"], ["memory", benchDir, "acorn"]),
};
const statePath = join(buildDir, "comments-state.json");
const run = runNode([], ["run", benchDir, statePath]);
const groovy = runGroovy(statePath, run.expectedIssue);

const twinsyncRunUs = run.status === "ok" ? run.timings[0].medianUs : null;
const groovyRatio = groovy.status === "ok" && twinsyncRunUs !== null ? twinsyncRunUs / groovy.medianUs : null;

const rows = [
  ["1. parse+compile, " + compile.groovyLines + "-line rule", `${ms(compiled.medianUs)} (${perSecond(compile.linesPerSecond[compiled.name])})`,
    `acorn ${ms(acornParse.medianUs)} (${perSecond(compile.linesPerSecond[acornParse.name])})`, `${times(compile.ratio)} (paired ${times(compile.pairedRatio)})`, `<= ${compile.target}x`, verdict(compile.met)],
  ["   parse only (no compile)", `${ms(parsed.medianUs)} (${perSecond(compile.linesPerSecond[parsed.name])})`, "", times(compile.parseOnlyRatio), "", ""],
];
if (run.status === "ok") {
  const [twinsync, js, endToEnd] = run.timings;
  rows.push(["2. comment-merge rule, one run", us(twinsync.medianUs), `JS ${us(js.medianUs)}`, `${times(run.ratio)} (paired ${times(run.pairedRatio)})`, `<= ${run.target}x`, verdict(run.met)]);
  rows.push(["   runRule, JSON state in and out", us(endToEnd.medianUs), "", times(endToEnd.medianUs / js.medianUs), "", ""]);
} else {
  rows.push(["2. comment-merge rule, one run", "FAILED", "", "", `<= ${run.target}x`, "FAILED"]);
}
if (groovy.status === "ok") {
  rows.push([`3. same rule vs Groovy ${groovy.groovyVersion}`, twinsyncRunUs === null ? "n/a" : us(twinsyncRunUs), `Groovy ${us(groovy.medianUs)}`, times(groovyRatio), "", "reported"]);
} else {
  rows.push([`3. same rule vs Groovy`, "", "", "", "", groovy.status]);
}

const header = ["benchmark", "Twinsync", "reference", "ratio", "target", "result"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));

const mem = memory.twinsync;
console.log(`\nMemory of one cold compile of the ${compile.groovyLines}-line rule: peak RSS ${mem.peakRssMiB.toFixed(1)} MiB ` +
  `(${mem.rssBeforeMiB.toFixed(1)} MiB before), heap used after ${mem.heapAfterMiB.toFixed(1)} MiB, retained ${mem.heapRetainedMiB.toFixed(1)} MiB, ${mem.coldMs.toFixed(0)} ms cold.`);
console.log(`GC took ${(compile.gc.share * 100).toFixed(0)}% of the wall time of ${compile.gc.compiles} warm compiles in a row.`);
console.log(`Acorn, same check: peak RSS ${memory.acorn.peakRssMiB.toFixed(1)} MiB (${memory.acorn.rssBeforeMiB.toFixed(1)} MiB before), ` +
  `retained ${memory.acorn.heapRetainedMiB.toFixed(1)} MiB, ${memory.acorn.coldMs.toFixed(0)} ms cold.`);
console.log(`Load average (1, 5, 15 min): ${loadBefore.map((l) => l.toFixed(2)).join(", ")} before, ${loadavg().map((l) => l.toFixed(2)).join(", ")} after, on ${availableParallelism()} CPUs.`);
if (run.status !== "ok") console.log(`\nBenchmark 2 failed: ${run.reason}`);
if (groovy.status !== "ok") console.log(`\nBenchmark 3 ${groovy.status}: ${groovy.reason}`);

const { expectedIssue: _expectedIssue, ...runResult } = run;
const results = {
  command: "npm run bench" + (quick ? " -- --quick" : ""),
  date: new Date().toISOString(),
  commit: gitCommit(),
  machine: {
    nproc: availableParallelism(),
    cpuModel: cpuModel(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg(),
  },
  compile,
  memory,
  run: runResult,
  groovy: { ...groovy, twinsyncOverGroovy: groovyRatio },
};
// A missed target is a result, but a benchmark that could not run or check its result is an error.
if (run.status === "failed" || groovy.status === "failed") process.exitCode = 1;

const resultsPath = quick ? join(buildDir, "results-quick.json") : join(benchDir, "results.json");
writeFileSync(resultsPath, JSON.stringify(results, null, 2) + "\n");
console.log(`\nWrote ${resultsPath.slice(rootDir.length + 1)}`);
