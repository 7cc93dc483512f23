// Fault (unused-variable): a lookup whose result is never used.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def reporter = nodeHelper.getUserByEmail(replica.reporter?.email)
issue.summary = replica.summary ?: "No summary"
