// Fault (copy-may-wipe): a lookup that may find nobody copied over the assignee.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
