/**
 * Issues with an unfinished apply. Applying an incoming event writes the
 * tracker first and commits the store (twin, item mappings) second. When a
 * node crashes between the two, the event stays pending and is applied
 * again, but until then the store lacks the mappings of what was written.
 * A replica built from such an issue would send the new comments without
 * their remote ids, and the other side would add them a second time, so
 * outgoing events of these issues wait until the apply is finished.
 */

import type { NodeContext } from "./node-context.ts";

/** Returns the idempotency key of the tracker write for an incoming event. */
export function applyKey(ctx: NodeContext, eventId: string): string {
  return `${ctx.nodeId}/${eventId}`;
}

/** Issues whose tracker write committed while the store commit did not, by connection. */
export class UnfinishedIssues {
  constructor(private readonly keys: ReadonlySet<string>) {}

  has(connectionId: string, issueId: string): boolean {
    return this.keys.has(`${connectionId}\u0000${issueId}`);
  }
}

export async function unfinishedIssues(ctx: NodeContext): Promise<UnfinishedIssues> {
  const keys = new Set<string>();
  for (const event of await ctx.store.unfinishedIncoming()) {
    const result = await ctx.adapter.appliedResult(applyKey(ctx, event.id));
    if (result !== null) keys.add(`${event.connectionId}\u0000${result.issueId}`);
  }
  return new UnfinishedIssues(keys);
}
