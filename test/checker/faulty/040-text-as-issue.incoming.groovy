// Fault (type-mismatch): text passed where the issue is expected.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.comments = commentHelper.mergeComments("issue", replica)
