// Fault (unused-variable): a status map that is never used.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def statusMap = ["Open": "To Do", "Closed": "Done"]
issue.setStatus(replica.status?.name == "Closed" ? "Done" : "To Do")
