/** Waiting with early wake-up, and exponential backoff for retries. */

/** A sleep that `notify()` ends early; loops wait on it when they have no work. */
export class Signal {
  private waiters: (() => void)[] = [];
  private pending = false;

  /** Resolves after `ms` milliseconds, or as soon as `notify()` is called. A notify with no waiter is kept for the next wait. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const waiters = this.waiters;
      function done(): void {
        clearTimeout(timer);
        const index = waiters.indexOf(done);
        if (index >= 0) waiters.splice(index, 1);
        resolve();
      }
      waiters.push(done);
    });
  }

  notify(): void {
    if (this.waiters.length === 0) {
      this.pending = true;
      return;
    }
    for (const waiter of [...this.waiters]) waiter();
  }
}

export interface BackoffOptions {
  /** Delay after the first failure, in milliseconds (default 250). */
  initialMs?: number;
  /** Upper bound of the delay, in milliseconds (default 30000). */
  maxMs?: number;
}

/**
 * Exponential backoff with jitter: each failure doubles the delay up to the
 * maximum, and a success resets it. The jitter (up to a quarter of the delay)
 * keeps two nodes that failed together from retrying in lockstep.
 */
export class Backoff {
  private failures = 0;
  private nextAttemptAt = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 250;
    this.maxMs = options.maxMs ?? 30_000;
  }

  get attempts(): number {
    return this.failures;
  }

  ready(now: number): boolean {
    return now >= this.nextAttemptAt;
  }

  /** Milliseconds until the next attempt is due; 0 when it is due now. */
  waitMs(now: number): number {
    return Math.max(0, this.nextAttemptAt - now);
  }

  /** Records a failure and returns the delay before the next attempt, in milliseconds. */
  fail(now: number): number {
    this.failures++;
    const base = Math.min(this.maxMs, this.initialMs * 2 ** Math.min(this.failures - 1, 20));
    const delay = Math.round(base * (1 + Math.random() * 0.25));
    this.nextAttemptAt = now + delay;
    return delay;
  }

  succeed(): void {
    this.failures = 0;
    this.nextAttemptAt = 0;
  }
}
