// Fault (null-dereference): the remote assignee's email read without a check.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def user = nodeHelper.getUserByEmail(replica.assignee.email)
if (user) {
    issue.assignee = user
}
