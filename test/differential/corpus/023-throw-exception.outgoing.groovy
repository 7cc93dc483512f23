// @expect-error Exception
// @expect-message Sync blocked: OPS-42 has no assignee email
// A rule throws to fail the sync event; fields written before the throw stay written.
replica.key = issue.key
replica.summary = issue.summary.trim()
if (issue.assignee?.email != "nobody@example.com") {
  throw new Exception("Sync blocked: ${issue.key} has no assignee email")
}
replica.never = true
