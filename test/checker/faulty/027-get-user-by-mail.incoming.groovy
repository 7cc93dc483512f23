// Fault (unknown-method): a misspelt nodeHelper lookup.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def user = nodeHelper.getUserByMail(replica.assignee?.email)
if (user) {
    issue.assignee = user
}
