// Fault (copy-may-wipe): a nullable remote description copied without a guard.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.description = replica.description
