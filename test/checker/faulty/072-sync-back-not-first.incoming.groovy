// Fault (sync-back-outside-first-sync): sync back requested on updates only.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (!firstSync) {
    syncHelper.syncBackAfterProcessing()
}
