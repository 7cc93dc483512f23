// Fault (read-only-field): an incoming rule writing the creation time.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.created = replica.created
