// Fault (unknown-variable): a misspelt helper name.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.comments = commentHelpr.mergeComments(issue, replica)
