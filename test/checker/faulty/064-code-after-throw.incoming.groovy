// Fault (unreachable-code): statements after a throw.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (!replica.key) {
    throw new Exception("replica without a key")
    issue.summary = "broken"
}
issue.summary = replica.summary ?: replica.key
