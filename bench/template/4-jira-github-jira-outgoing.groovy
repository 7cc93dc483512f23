// Jira -> GitHub, outgoing (runs on the Jira node).
// Sends the fields the GitHub side maps; everything else stays in Jira.

replica.key         = issue.key
replica.id          = issue.id
replica.type        = issue.type
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.priority    = issue.priority
replica.resolution  = issue.resolution
replica.labels      = issue.labels
replica.assignee    = issue.assignee
replica.reporter    = issue.reporter
replica.fixVersions = issue.fixVersions
replica.due         = issue.due
replica.parentId    = issue.parentId

// Internal and role-restricted comments never leave Jira.
replica.comments    = commentHelper.filterLocal(issue.comments)
replica.attachments = issue.attachments

// Custom fields travel under their own names, so the other side does not
// need to know Jira's field ids.
replica."Story Points" = issue.customFields."Story Points"?.value
replica.customKeys = [
    team    : issue.customFields."Team"?.value?.value,
    epicName: issue."Epic Name",
]
