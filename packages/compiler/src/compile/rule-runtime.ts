/**
 * Run-time support shared by all closures of one compiled rule: binding
 * variables per run, and attaching rule positions and frames to errors.
 */

import * as R from "@twinsync/runtime";
import type { ExecutionContext, Value } from "@twinsync/runtime";
import type { LineMap } from "../line-map.ts";

export class RuleRuntime {
  private readonly runs = new WeakMap<ExecutionContext, Map<string, Value>>();
  /** The context of the run in progress and its bindings, read without a WeakMap lookup. Both are null between runs. */
  private current: ExecutionContext | null = null;
  private currentBindings: Map<string, Value> | null = null;

  constructor(
    readonly fileName: string,
    private readonly lineMap: LineMap,
  ) {}

  /** Registers the binding variables of one run. */
  attach(ctx: ExecutionContext, bindings: Map<string, Value>): void {
    this.runs.set(ctx, bindings);
    this.current = ctx;
    this.currentBindings = bindings;
  }

  /** Ends the fast path of {@link attach} after a run, so the rule keeps no reference to its data. */
  release(ctx: ExecutionContext): void {
    if (this.current !== ctx) return;
    this.current = null;
    this.currentBindings = null;
  }

  bindings(ctx: ExecutionContext): Map<string, Value> {
    if (ctx === this.current) return this.currentBindings!;
    const found = this.runs.get(ctx);
    if (found === undefined) throw new Error("rule code ran with a context that was not attached to it");
    return found;
  }

  position(offset: number): R.RulePosition {
    const { line, column } = this.lineMap.position(offset);
    return { file: this.fileName, line, column };
  }

  /**
   * Rethrows `err` with the rule position of `offset` attached, unless a more
   * precise (inner) position is already there. A JS stack overflow becomes the
   * call-depth limit.
   */
  rethrow(err: unknown, offset: number): never {
    if (err instanceof R.RuleException || err instanceof R.LimitError || err instanceof R.RuleAbort) {
      err.position ??= this.position(offset);
      throw err;
    }
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      const limit = new R.LimitError("depth", "rule exceeded the call depth the host stack allows; reduce recursion");
      limit.position = this.position(offset);
      throw limit;
    }
    throw err;
  }

  /** Runs a method or closure call and records it as a rule frame on an error passing through. */
  callFrame<T>(ctx: ExecutionContext, name: string, offset: number, call: () => T): T {
    try {
      return call();
    } catch (err) {
      if (err instanceof R.RuleException || err instanceof R.LimitError || err instanceof R.RuleAbort) {
        const { line, column } = this.lineMap.position(offset);
        err.frames.push({ name, file: this.fileName, line, column });
      }
      throw err;
    }
  }
}
