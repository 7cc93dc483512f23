// Fault (script-local-in-method): a method reading a def default of the script body.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def fallbackUser = "triage"

def findUser(String email) {
    return nodeHelper.getUserByEmail(email) ?: nodeHelper.getUserByUsername(fallbackUser)
}

issue.assignee = findUser(replica.assignee?.email) ?: issue.assignee
log.info("fallback is ${fallbackUser}")
