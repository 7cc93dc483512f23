// Fault (assignment-in-condition): = instead of == in a status check.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def remote = replica.status?.name
log.info("remote status ${remote}")
if (remote = "Closed") {
    issue.setStatus("Done")
}
