// Fault (null-dereference): a lookup result used without a check.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def key = nodeHelper.getUserByEmail("ops@example.com").key
issue.assigneeKey = key
