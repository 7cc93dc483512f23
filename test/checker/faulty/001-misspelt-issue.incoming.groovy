// Fault (unknown-variable): a misspelt local record name.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.summary = replica.summary ?: "No summary"
if (replica.assignee) {
    issue.assignee = isscue.assignee
}
