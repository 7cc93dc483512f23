// Fault (wrong-argument-count): a lookup without its argument.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def user = nodeHelper.getUserByEmail()
if (user) {
    issue.assignee = user
}
