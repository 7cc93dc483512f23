// Fault (null-dereference): previous read without a first-sync check.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.summary != previous.summary) {
    issue.summary = replica.summary ?: "No summary"
}
