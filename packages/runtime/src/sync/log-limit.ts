/**
 * Rate limiting for repeated log records, such as the same rejection of a
 * misbehaving peer many times a second. Each key may log `limit` records per
 * window; the next record after the window reports how many were dropped.
 */

export class LogLimiter {
  private readonly windows = new Map<string, { start: number; logged: number; dropped: number }>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 60_000,
  ) {}

  /** Returns null when this record should be dropped, else the number of records dropped before it. */
  admit(key: string, now: number): number | null {
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= this.windowMs) {
      const dropped = window?.dropped ?? 0;
      window = { start: now, logged: 0, dropped: 0 };
      this.windows.set(key, window);
      window.logged++;
      return dropped;
    }
    if (window.logged >= this.limit) {
      window.dropped++;
      return null;
    }
    window.logged++;
    return 0;
  }
}
