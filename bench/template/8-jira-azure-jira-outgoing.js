// Jira <-> Azure DevOps, outgoing (runs on the Jira node).

replica.key         = issue.key
replica.id          = issue.id
replica.type        = issue.type
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.priority    = issue.priority
replica.labels      = issue.labels
replica.assignee    = issue.assignee
replica.reporter    = issue.reporter
replica.due         = issue.due
replica.parentId    = issue.parentId
replica.comments    = commentHelper.filterLocal(issue.comments)
replica.attachments = issue.attachments

// Azure DevOps keeps its own estimate; send the Jira one by name.
replica["Story Points"] = issue.customFields["Story Points"]?.value
const team_N = issue.customFields["Team"]?.value
replica.customKeys = { team: team_N?.value }
