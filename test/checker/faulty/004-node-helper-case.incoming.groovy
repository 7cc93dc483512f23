// Fault (unknown-variable): a helper name with the wrong case.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def user = nodehelper.getUserByEmail(replica.assignee?.email)
if (user) {
    issue.assignee = user
}
