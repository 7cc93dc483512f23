// Jira <-> Azure DevOps, outgoing (runs on the Azure DevOps node).
// The local record is called workItem here; issue and entity name the same object.

// Test cases stay in Azure DevOps.
if (workItem.type?.name == "Test Case") {
    return
}

replica.key      = workItem.key
replica.id       = workItem.id
replica.type     = workItem.type
replica.summary  = workItem.summary
replica.status   = workItem.status
replica.priority = workItem.priority
replica.labels   = workItem.labels
replica.assignee = workItem.assignee
replica.reporter = workItem.reporter

// Azure DevOps stores rich text as HTML.
replica.description = nodeHelper.toMarkDownFromHtml(workItem.description)
replica.comments = workItem.comments.map((c) =>
    ({
        id      : c.id,
        body    : nodeHelper.stripHtml(c.body),
        author  : c.author,
        created : c.created,
        updated : c.updated,
        internal: false,
    })
)
replica.attachments = workItem.attachments

// Azure DevOps fields by reference name; the Jira side reads them by these names.
replica["Feature Team"] = workItem["Custom.Team"]
replica["Story Points"] = workItem["Microsoft.VSTS.Scheduling.StoryPoints"]
replica.areaPath       = workItem["System.AreaPath"]
replica.parentId       = workItem.parentId
