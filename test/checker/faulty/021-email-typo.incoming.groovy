// Fault (unknown-field): a misspelt member of a user.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def user = nodeHelper.getUserByEmail(replica.assignee?.emial)
if (user) {
    issue.assignee = user
}
