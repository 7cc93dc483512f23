// Fault (type-mismatch): a user object passed where an email is expected.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def user = nodeHelper.getUserByEmail(replica.assignee)
if (user) {
    issue.assignee = user
}
