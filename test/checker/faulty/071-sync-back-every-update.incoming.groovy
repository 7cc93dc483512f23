// Fault (sync-back-outside-first-sync): sync back requested on every update.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.summary = replica.summary ?: "No summary"
syncHelper.syncBackAfterProcessing()
