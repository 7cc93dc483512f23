// Applies the other node's issue; new twins go to project SUP as tasks.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Task"
}
issue.summary = replica.summary
issue.description = replica.description
if (replica.status?.name && issue.status?.name != replica.status.name) {
    issue.setStatus(replica.status.name)
}
issue.labels = replica.labels
issue.comments = commentHelper.mergeComments(issue, replica)
issue.attachments = attachmentHelper.mergeAttachments(issue, replica)
