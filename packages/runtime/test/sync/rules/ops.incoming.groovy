if (firstSync) {
    issue.projectKey = "OPS"
    issue.typeName = "Task"
}
issue.summary = replica.summary
issue.description = replica.description
if (replica.status?.name) {
    issue.setStatus(replica.status.name)
}
issue.comments = commentHelper.mergeComments(issue, replica)
issue.attachments = attachmentHelper.mergeAttachments(issue, replica)
