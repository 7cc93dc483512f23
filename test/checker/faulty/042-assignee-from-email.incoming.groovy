// Fault (field-type-mismatch): an email assigned where a user object is expected.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.assignee?.email) {
    issue.assignee = replica.assignee.email
}
