// Fault (wrong-argument-count): mergeComments without the replica.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.comments = commentHelper.mergeComments(issue)
