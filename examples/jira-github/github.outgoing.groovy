// Jira -> GitHub, outgoing (runs on the GitHub node).

replica.key         = issue.key
replica.id          = issue.id
replica.type        = issue.type
// The incoming rule prefixes titles with the Jira key; send them back without it.
replica.summary     = issue.summary?.replaceFirst(/^\[[A-Z][A-Z0-9]*-\d+\] /, "")
replica.description = issue.description
replica.status      = issue.status
replica.resolution  = issue.resolution
// P1 to P3 come from the Jira priority, so they do not travel back as labels.
replica.labels      = issue.labels.findAll { !(it.label ==~ /P[1-3]/) }
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
