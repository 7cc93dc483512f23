/**
 * Crash points for fault-injection tests. A node calls `reach(point)` at
 * the places where a crash is most dangerous (between a tracker write and
 * the store commit, between a peer's acknowledgement and marking events
 * sent, ...). A test harness passes an injector that kills the process at
 * some of them; production nodes get none.
 */

export type CrashPoint =
  /** Changes read and events built, before the outbox transaction. */
  | "before-enqueue"
  /** Peer acknowledged a batch, before it is marked sent. */
  | "after-send"
  /** Received events committed to the inbox, before the reply. */
  | "after-receive"
  /** Tracker written, before the store records the event as applied. */
  | "after-apply";

export const CRASH_POINTS: readonly CrashPoint[] = ["before-enqueue", "after-send", "after-receive", "after-apply"];

export type FaultInjector = (point: CrashPoint) => void;

/**
 * Parses `after-apply=0.02,after-send=0.05` into an injector that, at each
 * named point, calls `crash` with the given probability.
 */
export function parseCrashPoints(spec: string, crash: (point: CrashPoint) => void, random: () => number = Math.random): FaultInjector {
  const rates = new Map<CrashPoint, number>();
  for (const part of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const [name, rateText] = part.split("=");
    const rate = Number(rateText);
    if (!CRASH_POINTS.includes(name as CrashPoint) || !(rate >= 0 && rate <= 1)) {
      throw new Error(`invalid crash point '${part}': use NAME=PROBABILITY with NAME one of ${CRASH_POINTS.join(", ")} and a probability from 0 to 1`);
    }
    rates.set(name as CrashPoint, rate);
  }
  return (point) => {
    const rate = rates.get(point);
    if (rate !== undefined && random() < rate) crash(point);
  };
}
