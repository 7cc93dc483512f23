// Fault (unknown-method): a helper method that does not exist.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
    syncHelper.syncBack()
}
