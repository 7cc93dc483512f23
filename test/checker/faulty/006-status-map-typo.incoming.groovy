// Fault (unknown-variable): a misspelt local map.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def statusMap = ["Open": "To Do", "Closed": "Done"]
def target = statusMpa[replica.status?.name] ?: "To Do"
issue.setStatus(target)
log.info("mapped ${statusMap.size()} statuses")
