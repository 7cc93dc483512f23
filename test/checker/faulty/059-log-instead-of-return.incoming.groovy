// Fault (null-dereference): a null check that logs but does not stop.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.assignee == null) {
    log.info("no assignee on ${replica.key}")
}
def user = nodeHelper.getUserByEmail(replica.assignee.email)
issue.assignee = user ?: issue.assignee
