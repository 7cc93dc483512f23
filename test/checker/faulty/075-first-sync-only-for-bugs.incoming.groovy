// Fault (first-sync-missing-project): project and type set only for some remote types.
if (firstSync && replica.type?.name == "Bug") {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.summary = replica.summary ?: "No summary"
