/**
 * Run-time frames and compile-time scopes of compiled rules.
 *
 * Every script body, script method and closure call gets one {@link Frame}
 * holding its local variables in slots. The compiler resolves each local name
 * to a (depth, slot) pair, so a variable read is an array access after walking
 * `depth` parent links (closures reach the frames they were created in).
 */

import type { ExecutionContext, Value } from "@twinsync/runtime";

export class Frame {
  readonly vars: Value[];
  /** Value of a `return`, read by the caller after a statement signals {@link Signal.Return}. */
  returnValue: Value = null;
  /** Label of a pending labelled `break` or `continue`, or null. */
  label: string | null = null;

  constructor(
    size: number,
    readonly parent: Frame | null,
  ) {
    this.vars = emptySlots(size);
  }

  /** Sets every slot, the return value and the label back to null, as in a new frame. */
  clear(): void {
    const vars = this.vars;
    for (let i = 0; i < vars.length; i++) vars[i] = null;
    this.returnValue = null;
    this.label = null;
  }
}

/**
 * The frames of one closure value. Each call takes a frame and gives it back
 * when it returns normally. When nothing can keep a frame after its call,
 * because the closure has no closure inside it, the next call reuses the
 * frame, cleared. A call made while another call runs (recursion) gets a new
 * one. The frames belong to one closure value, so no run sees another's.
 */
export class ClosureFrames {
  private spare: Frame | null = null;

  constructor(
    private readonly size: number,
    /** The frame the closure was created in, which its code reaches for outer variables. */
    private readonly defining: Frame,
    private readonly reuse: boolean,
  ) {}

  take(): Frame {
    const spare = this.spare;
    if (spare === null) return new Frame(this.size, this.defining);
    this.spare = null;
    return spare;
  }

  giveBack(frame: Frame): void {
    if (!this.reuse) return;
    frame.clear();
    this.spare = frame;
  }
}

/**
 * Returns `size` null slots. For small sizes an array literal makes a packed
 * array of exactly that length in one step.
 */
function emptySlots(size: number): Value[] {
  switch (size) {
    case 0:
      return [];
    case 1:
      return [null];
    case 2:
      return [null, null];
    case 3:
      return [null, null, null];
    case 4:
      return [null, null, null, null];
    default:
      return new Array<Value>(size).fill(null);
  }
}

/** The completion of a statement. Loops and functions consume the signals meant for them. */
export const Signal = { Normal: 0, Break: 1, Continue: 2, Return: 3 } as const;
export type Signal = (typeof Signal)[keyof typeof Signal];

export type ExpressionCode = (ctx: ExecutionContext, frame: Frame) => Value;
export type StatementCode = (ctx: ExecutionContext, frame: Frame) => Signal;

/** The location of a local variable, relative to the frame of the code that reads it. */
export interface Slot {
  depth: number;
  index: number;
}

/** Compile-time view of one function's locals (script body, method or closure), with block nesting. */
export class FunctionScope {
  size = 0;
  /** Whether a closure is written inside this function. Such a closure keeps the function's frame. */
  hasInnerClosures = false;
  /** The slot of each local visible at the current point of compilation. */
  private readonly visible = new Map<string, number>();
  /** Per open block, the names it declared with the slot each had before, which `popBlock` restores. */
  private readonly blocks: [string, number | undefined][][] = [[]];

  constructor(
    readonly parent: FunctionScope | null,
    /** Script methods cannot see the script body's locals, only bindings. */
    readonly isolated: boolean,
  ) {}

  pushBlock(): void {
    this.blocks.push([]);
  }

  popBlock(): void {
    const declared = this.blocks.pop()!;
    for (let i = declared.length - 1; i >= 0; i--) {
      const [name, previous] = declared[i]!;
      if (previous === undefined) this.visible.delete(name);
      else this.visible.set(name, previous);
    }
  }

  /** Declares a local in the innermost block and returns its slot index. */
  declare(name: string): number {
    const index = this.size++;
    this.blocks[this.blocks.length - 1]!.push([name, this.visible.get(name)]);
    this.visible.set(name, index);
    return index;
  }

  /** Tells whether `name` is declared in the innermost block already. */
  declaredInBlock(name: string): boolean {
    return this.blocks[this.blocks.length - 1]!.some(([declared]) => declared === name);
  }

  /** Finds a local by name through enclosing blocks and, for closures, enclosing functions. */
  resolve(name: string): Slot | null {
    let scope: FunctionScope | null = this;
    let depth = 0;
    while (scope !== null) {
      const index = scope.visible.get(name);
      if (index !== undefined) return { depth, index };
      if (scope.isolated) return null;
      scope = scope.parent;
      depth++;
    }
    return null;
  }
}

/** Reads the frame `depth` parent links up. */
export function frameAt(frame: Frame, depth: number): Frame {
  let f = frame;
  for (let i = 0; i < depth; i++) f = f.parent!;
  return f;
}
