// Fault (unknown-variable): firstSync written in lower case.
if (firstsync) {
    issue.projectKey = "SUP"
}
issue.projectKey = "SUP"
issue.typeName = "Bug"
issue.summary = replica.summary ?: "No summary"
