// Outgoing filters: skip private issues entirely and never send internal comments.
if (issue.labels.any { it.label == "private" }) {
  replica.skipped = true
  return
}
replica.key = issue.key
replica.summary = issue.summary
replica.comments = issue.comments.findAll { !it.internal }
replica.commentCount = replica.comments.size()
replica.hidden = issue.comments.count { it.internal }
