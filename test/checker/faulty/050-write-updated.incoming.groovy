// Fault (read-only-field): an incoming rule writing the update time.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.updated = new Date()
