// Fault (unknown-status): a status map value the instance does not have.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def statusMap = ["open": "To Do", "closed": "Don"]
issue.setStatus(statusMap[replica.status?.name] ?: "To Do")
