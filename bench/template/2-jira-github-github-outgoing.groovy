// Jira -> GitHub, outgoing (runs on the GitHub node).

replica.key         = issue.key
replica.id          = issue.id
replica.type        = issue.type
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.resolution  = issue.resolution
replica.labels      = issue.labels
replica.assignee    = issue.assignee
replica.reporter    = issue.reporter
replica.comments    = issue.comments
// The milestone travels as a fix version.
replica.fixVersions = issue.fixVersions
replica.created     = issue.created
replica.updated     = issue.updated

// The Jira side stores the link to the GitHub issue.
replica.customKeys = [
    htmlUrl: issue.customKeys?.htmlUrl,
    number : issue.customKeys?.number,
]
