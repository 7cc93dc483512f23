// Compare the replica with the previous one to apply only what changed.
def changed = []
if (previous == null || replica.summary != previous.summary) {
  issue.summary = replica.summary
  changed << "summary"
}
if (replica.status?.name != previous?.status?.name) {
  issue.setStatus(replica.status.name)
  changed << "status"
}
def oldIds = previous?.comments*.id ?: []
issue.newCommentIds = replica.comments*.id - oldIds
if (replica.updated != previous?.updated) changed << "updated"
issue.changed = changed
issue.secondsSincePrevious = (replica.updated.time - previous.updated.time).intdiv(1000)
