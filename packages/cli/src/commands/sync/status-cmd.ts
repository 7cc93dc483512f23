/** `twinsync status ISSUE` (the local and remote replica of a twin) and `twinsync stats`. */

import { OperationError, UsageError } from "../../files.ts";
import { parse, plural, type Io } from "./args.ts";
import { withNode } from "./connection-cmd.ts";
import type { ConnectionStats } from "./engine.ts";

export async function statusCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("status", args);
  if (positionals.length !== 1) throw new UsageError("status needs an issue key or id, for example: twinsync status SUP-1");
  return withNode(values.node, async ({ store, tracker }) => {
    const reference = positionals[0]!;
    const local = tracker.readIssue(reference);
    const twins = await store.findTwins(local === null ? reference : String(local.id));
    const connections = new Map((await store.listConnections()).map((c) => [c.id, c]));
    const shown = twins.filter((twin) => values.connection === undefined || connections.get(twin.connectionId)?.name === values.connection);
    if (shown.length === 0) throw new OperationError(`${reference} is not synced${values.connection === undefined ? "" : ` on ${values.connection}`}; 'twinsync tracker list' shows the issues and 'twinsync trigger list' the queries that start sync`);
    const report = [];
    for (const twin of shown) {
      const sent = await store.lastReplicaSent(twin.connectionId, twin.localIssueId);
      report.push({
        connection: connections.get(twin.connectionId)?.name ?? twin.connectionId,
        local: { id: twin.localIssueId, key: twin.localKey },
        remote: { id: twin.remoteIssueId, key: twin.remoteKey },
        localReplica: twin.localReplica,
        localReplicaSentAt: sent?.sentAt ?? null,
        remoteReplica: twin.remoteReplica,
        linkedAt: twin.createdAt,
        updatedAt: twin.updatedAt,
      });
    }
    io.out(JSON.stringify(report.length === 1 ? report[0] : report, null, 2) + "\n");
    return 0;
  });
}

function formatStats(stats: ConnectionStats): string {
  const time = (at: number | null) => (at === null ? "never" : new Date(at).toISOString());
  return [
    `${stats.name} (${stats.state}), ${plural(stats.twins, "twin")}, ${plural(stats.openErrors, "open error")}`,
    `  outgoing: ${stats.outgoing.queued} queued, ${stats.outgoing.pending} waiting for rebuild, ${stats.outgoing.blocked} blocked, ${stats.outgoing.sent} sent, ${stats.outgoing.resolved} dropped`,
    `  incoming: ${stats.incoming.pending} pending, ${stats.incoming.blocked} blocked, ${stats.incoming.applied} applied, ${stats.incoming.resolved} dropped`,
    `  last minute: ${stats.sentLastMinute} sent, ${stats.appliedLastMinute} applied; last sent ${time(stats.lastSentAt)}, last applied ${time(stats.lastAppliedAt)}`,
  ].join("\n");
}

export async function statsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse("stats", args);
  return withNode(values.node, async ({ store }) => {
    const stats = await store.stats(Date.now());
    if (values.json) io.out(JSON.stringify(stats, null, 2) + "\n");
    else io.out(stats.length === 0 ? "No connections.\n" : stats.map(formatStats).join("\n\n") + "\n");
    return 0;
  });
}
