/**
 * Memory of one compile of the ~2,000-line rule, measured in a fresh process
 * (started with --expose-gc) so that nothing else has raised the peak RSS.
 */

import * as acorn from "acorn";
import { buildBenchRule, compileOnce } from "./compile-bench.ts";

export interface MemoryResult {
  subject: string;
  /** RSS after loading the modules and building the rule text, before the measured work, in MiB. */
  rssBeforeMiB: number;
  /** Peak RSS of the process (getrusage maxrss) after the work, in MiB. */
  peakRssMiB: number;
  /** V8 heap used right after the work, before any forced GC, in MiB. */
  heapAfterMiB: number;
  /** V8 heap still used by the result after a full GC, minus the heap before the work, in MiB. */
  heapRetainedMiB: number;
  /** Wall time of this first, cold run, in milliseconds. */
  coldMs: number;
}

const MIB = 1024 * 1024;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("the memory benchmark needs node --expose-gc");
  gc();
  gc();
}

/** Measures one cold compile (`twinsync`) or one cold acorn parse (`acorn`) of the benchmark rule. */
export function runMemoryBench(templateDir: string, subject: "twinsync" | "acorn"): MemoryResult {
  const rule = buildBenchRule(templateDir);
  collectGarbage();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;

  const start = process.hrtime.bigint();
  const result: unknown = subject === "twinsync" ? compileOnce(rule.groovy) : acorn.parse(rule.js, { ecmaVersion: "latest", sourceType: "module", allowReturnOutsideFunction: true });
  const coldMs = Number(process.hrtime.bigint() - start) / 1e6;

  const heapAfter = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  collectGarbage();
  const heapRetained = process.memoryUsage().heapUsed - heapBefore;
  // Keeps the result reachable until the retained heap is measured.
  if (result === null) throw new Error("no result");

  return {
    subject,
    rssBeforeMiB: rssBefore / MIB,
    peakRssMiB: peakRss / MIB,
    heapAfterMiB: heapAfter / MIB,
    heapRetainedMiB: heapRetained / MIB,
    coldMs,
  };
}
