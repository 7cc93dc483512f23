// Fault (unknown-method): mergeComment instead of mergeComments.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.comments = commentHelper.mergeComment(issue, replica)
