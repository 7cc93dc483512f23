/**
 * Benchmark 1: parse + compile of a ~2,000-line rule, against acorn parsing
 * the same logic written in JavaScript.
 */

import { PerformanceObserver } from "node:perf_hooks";
import * as acorn from "acorn";
import { compileRule, parse } from "@twinsync/compiler";
import { ruleVariableNames } from "@twinsync/runtime";
import { generateRule, readTemplate, type GeneratedRule } from "./generate-rule.ts";
import { compare, pairedRatio, type Timing, type TimingOptions } from "./measure.ts";

export const TARGET_LINES = 2000;
export const COMPILE_TARGET_RATIO = 3;

const ACORN_OPTIONS: acorn.Options = { ecmaVersion: "latest", sourceType: "module", allowReturnOutsideFunction: true };

export interface CompileBenchResult {
  groovyLines: number;
  jsLines: number;
  copies: number;
  timings: Timing[];
  /** Lines per second of each subject, from its median. */
  linesPerSecond: Record<string, number>;
  /** Median Twinsync parse + compile time over median acorn parse time. */
  ratio: number;
  /** Median over sampling rounds of the Twinsync parse + compile time over the acorn time of the same round. */
  pairedRatio: number;
  /** Median Twinsync parse-only time over median acorn parse time. */
  parseOnlyRatio: number;
  target: number;
  met: boolean;
  /** Share of a warm compile loop's wall time spent in V8 garbage collection. */
  gc: GcShare;
}

export interface GcShare {
  compiles: number;
  totalMs: number;
  gcMs: number;
  share: number;
}

export function buildBenchRule(templateDir: string): GeneratedRule {
  return generateRule(readTemplate(templateDir), TARGET_LINES);
}

export function compileOnce(source: string): ReturnType<typeof compileRule> {
  return compileRule(source, { fileName: "bench.incoming.groovy", bindingNames: ruleVariableNames("incoming") });
}

/** Fails when either text does not parse, so the benchmark never times error recovery. */
export function checkRule(rule: GeneratedRule): void {
  acorn.parse(rule.js, ACORN_OPTIONS);
  const compiled = compileOnce(rule.groovy);
  const errors = compiled.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const first = errors[0]!;
    const { line, column } = compiled.lineMap.position(first.start);
    throw new Error(`the generated benchmark rule does not compile: ${errors.length} errors, first at ${line}:${column}: ${first.message}`);
  }
}

/** Compiles the rule in a loop for `durationMs` and sums the GC pauses V8 reports meanwhile. */
export async function measureGcShare(source: string, durationMs: number): Promise<GcShare> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const start = performance.now();
  let compiles = 0;
  while (performance.now() - start < durationMs) {
    compileOnce(source);
    compiles++;
  }
  const totalMs = performance.now() - start;
  // GC entries arrive asynchronously; let the queued ones through before reading the sum.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { compiles, totalMs, gcMs, share: gcMs / totalMs };
}

export async function runCompileBench(templateDir: string, options: TimingOptions): Promise<CompileBenchResult> {
  const rule = buildBenchRule(templateDir);
  checkRule(rule);

  const timings = compare(
    [
      { name: "twinsync parse+compile", run: (n) => { for (let i = 0; i < n; i++) compileOnce(rule.groovy); } },
      { name: "twinsync parse only", run: (n) => { for (let i = 0; i < n; i++) parse(rule.groovy); } },
      { name: "acorn parse", run: (n) => { for (let i = 0; i < n; i++) acorn.parse(rule.js, ACORN_OPTIONS); } },
    ],
    options,
  );
  const [compiled, parsed, acornParse] = timings as [Timing, Timing, Timing];
  const linesPerSecond: Record<string, number> = {
    [compiled.name]: rule.groovyLines / (compiled.medianUs / 1e6),
    [parsed.name]: rule.groovyLines / (parsed.medianUs / 1e6),
    [acornParse.name]: rule.jsLines / (acornParse.medianUs / 1e6),
  };
  const ratio = compiled.medianUs / acornParse.medianUs;
  const gc = await measureGcShare(rule.groovy, Math.max(1000, options.warmupMs));
  return {
    groovyLines: rule.groovyLines,
    jsLines: rule.jsLines,
    copies: rule.copies,
    timings,
    linesPerSecond,
    ratio,
    pairedRatio: pairedRatio(compiled, acornParse),
    parseOnlyRatio: parsed.medianUs / acornParse.medianUs,
    target: COMPILE_TARGET_RATIO,
    met: ratio <= COMPILE_TARGET_RATIO,
    gc,
  };
}
