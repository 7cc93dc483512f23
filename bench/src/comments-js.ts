/**
 * The comment-merge benchmark rule (bench/rules/comments.incoming.groovy)
 * written by hand in plain JavaScript, on plain objects: the reference the
 * Twinsync run is compared with. It must do the same work as the rule, line
 * for line; run-bench.ts checks that both produce the same issue.
 */

import type { BenchComment, BenchIssue } from "./comments-data.ts";

const statusMap = new Map([
  ["open", "To Do"],
  ["in_progress", "In Progress"],
  ["review", "In Review"],
  ["closed", "Done"],
]);

export function applyCommentsRule(issue: BenchIssue, replica: BenchIssue): void {
  const remoteStatus = replica.status?.name;
  const targetStatus = statusMap.get(remoteStatus) || "To Do";
  if (issue.status?.name !== targetStatus) {
    issue.status = { name: targetStatus };
  }

  let title = replica.summary?.trim() || "(no summary)";
  if (title.length > 60) {
    title = title.substring(0, 57) + "...";
  }
  issue.summary = `[${replica.key}] ${title}`;
  issue.description = (replica.description || "").replaceAll("\r\n", "\n").replaceAll("**", "*");

  issue.labels = [
    ...new Set(
      replica.labels
        .map((it) => it.label.trim().toLowerCase().replaceAll(" ", "-"))
        .filter((it) => it && !it.startsWith("internal")),
    ),
  ].map((it) => ({ label: it }));

  const localByRemoteId = new Map<string, BenchComment>();
  for (const comment of issue.comments) {
    if (comment.remoteId) {
      localByRemoteId.set(comment.remoteId, comment);
    }
  }
  const merged: BenchComment[] = [];
  let added = 0;
  let updated = 0;
  for (const remote of replica.comments.filter((it) => !it.internal)) {
    const author = remote.author?.displayName || "Remote user";
    const body = `${author} wrote on ${replica.key}:\n${remote.body.trim()}`;
    const local = localByRemoteId.get(remote.id!);
    if (local === undefined) {
      merged.push({ remoteId: remote.id, body, author: { key: "sync-user", displayName: "Sync User" }, created: remote.created, internal: false });
      added++;
    } else {
      if (local.body !== body) {
        local.body = body;
        updated++;
      }
      merged.push(local);
    }
  }
  merged.push(...issue.comments.filter((it) => !it.remoteId));
  issue.comments = merged;
  issue.customKeys.lastSync = `${added} added, ${updated} updated, ${merged.length} in total`;
}
