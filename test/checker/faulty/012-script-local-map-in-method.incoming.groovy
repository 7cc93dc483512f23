// Fault (script-local-in-method): a method reading a def variable of the script body.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def statusMap = ["Open": "To Do", "Closed": "Done"]

def localStatus(String remote) {
    return statusMap[remote] ?: "To Do"
}

issue.setStatus(localStatus(replica.status?.name))
log.info("${statusMap.size()} statuses mapped")
