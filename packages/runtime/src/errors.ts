/**
 * Errors raised while a rule runs.
 *
 * Two families exist and the difference is a safety invariant:
 * - {@link RuleException} is a Groovy exception. Rule code may catch it by type.
 * - {@link LimitError} ends the rule. No `catch` in rule code can stop it, because
 *   the compiler rethrows it before any catch clause is tested.
 */

import type { Value } from "./values.ts";

/** One rule frame of a runtime error's stack: the method or closure and where it was called. */
export interface RuleFrame {
  name: string;
  file: string;
  line: number;
  column: number;
}

/** The place in the rule text where an error happened (1-based line and column). */
export interface RulePosition {
  file: string;
  line: number;
  column: number;
}

/**
 * A Groovy exception, thrown by the runtime (NullPointerException, NumberFormatException...)
 * or by the rule itself (`throw new Exception("...")`).
 */
export class RuleException extends Error {
  /** The place where the exception was raised, set by the compiler on the way out. */
  position: RulePosition | undefined;
  /** Rule frames from the innermost outward. */
  frames: RuleFrame[] = [];

  constructor(
    /** Simple Java class name, for example `NullPointerException`. */
    readonly javaClass: string,
    message: string | null,
    readonly causeValue: Value = null,
  ) {
    super(message ?? "");
    this.ruleMessage = message;
  }

  /** The message as Groovy's `getMessage()` returns it; null when none was given. */
  readonly ruleMessage: string | null;
}

/** The kind of limit that ended a rule. */
export type LimitKind = "steps" | "time" | "depth" | "size";

/** A resource limit was reached. Rule code cannot catch this. */
export class LimitError extends Error {
  position: RulePosition | undefined;
  frames: RuleFrame[] = [];

  constructor(
    readonly limit: LimitKind,
    message: string,
  ) {
    super(message);
  }
}

/** Raised by `debug.error(message)`: fails the sync event with that message. Not catchable. */
export class RuleAbort extends Error {
  position: RulePosition | undefined;
  frames: RuleFrame[] = [];
}
