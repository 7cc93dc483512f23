// Fault (unreachable-code): statements after a return.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.summary == null) {
    return
    log.info("no summary on ${replica.key}")
}
issue.summary = replica.summary
