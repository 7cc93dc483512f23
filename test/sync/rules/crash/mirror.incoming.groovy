// Crash test, side B: creates the twin, follows A's summary and merges comments.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Task"
    issue.labels = replica.labels
}
issue.summary = replica.summary
issue.comments = commentHelper.mergeComments(issue, replica)
