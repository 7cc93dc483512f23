/**
 * Per-run state shared by compiled code and runtime methods: limits, clock,
 * time zone and the log lines a rule wrote.
 */

import { LimitError } from "./errors.ts";
import type { Value } from "./values.ts";

/** Resource limits for one rule run. Every limit ends the rule with a {@link LimitError}. */
export interface Limits {
  /** Maximum evaluation steps (statements, loop iterations, calls). */
  maxSteps: number;
  /** Wall-clock budget in milliseconds. */
  timeoutMs: number;
  /** Maximum nesting of script-method and closure calls. */
  maxDepth: number;
  /** Maximum length of any string the rule builds, in UTF-16 code units. */
  maxStringLength: number;
  /** Maximum number of elements in any list or map the rule builds. */
  maxCollectionSize: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxSteps: 5_000_000,
  timeoutMs: 10_000,
  maxDepth: 500,
  maxStringLength: 10_000_000,
  maxCollectionSize: 1_000_000,
};

/** One line written through `log.*` or `println`. */
export interface LogEntry {
  level: "debug" | "info" | "warn" | "error";
  message: string;
}

export interface ContextOptions {
  limits?: Partial<Limits>;
  /** Milliseconds since the epoch; `new Date()` and `System.currentTimeMillis()` read it. */
  clock?: () => number;
  /** IANA time zone used by date formatting and parsing when the rule names none. */
  timeZone?: string;
}

/** How many steps pass between two checks of the wall clock. */
const CLOCK_CHECK_INTERVAL = 1024;

export class ExecutionContext {
  readonly limits: Limits;
  readonly clock: () => number;
  readonly timeZone: string;
  readonly logs: LogEntry[] = [];
  steps = 0;
  depth = 0;
  /**
   * Delegates of the closures running inside `with`/`tap`, innermost last.
   * Unqualified names in those closures try the delegate first, as Groovy's
   * DELEGATE_FIRST strategy does.
   */
  readonly delegates: Value[] = [];
  private readonly deadline: number;
  private nextClockCheck = CLOCK_CHECK_INTERVAL;

  constructor(options: ContextOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.clock = options.clock ?? Date.now;
    this.timeZone = options.timeZone ?? "UTC";
    this.deadline = performance.now() + this.limits.timeoutMs;
  }

  /** Counts one evaluation step and enforces the step and time budgets. */
  step(): void {
    if (++this.steps >= this.nextClockCheck) {
      if (this.steps > this.limits.maxSteps) {
        throw new LimitError("steps", `rule exceeded the step limit of ${this.limits.maxSteps} steps`);
      }
      this.checkTime();
      this.nextClockCheck = Math.min(this.steps + CLOCK_CHECK_INTERVAL, this.limits.maxSteps + 1);
    }
  }

  /** Checks the wall-clock budget; long-running runtime methods call this between items. */
  checkTime(): void {
    if (performance.now() > this.deadline) {
      throw new LimitError("time", `rule exceeded the time limit of ${this.limits.timeoutMs} ms`);
    }
  }

  enterCall(): void {
    if (++this.depth > this.limits.maxDepth) {
      this.depth--;
      throw new LimitError("depth", `rule exceeded the call depth limit of ${this.limits.maxDepth}`);
    }
  }

  leaveCall(): void {
    this.depth--;
  }

  /** Throws when a string the rule builds would exceed the size limit. */
  checkString(length: number): void {
    if (length > this.limits.maxStringLength) {
      throw new LimitError("size", `rule built a string of ${length} characters; the limit is ${this.limits.maxStringLength}`);
    }
  }

  /** Throws when a collection the rule builds would exceed the size limit. */
  checkCollection(size: number): void {
    if (size > this.limits.maxCollectionSize) {
      throw new LimitError("size", `rule built a collection of ${size} elements; the limit is ${this.limits.maxCollectionSize}`);
    }
  }

  log(level: LogEntry["level"], message: string): void {
    this.logs.push({ level, message });
  }
}
