// Jira <-> Azure DevOps, incoming (runs on the Azure DevOps node): applies a Jira issue.

if (firstSync) {
    workItem.projectKey = "Fabrikam Fiber"
    def typeMap = ["Story": "User Story", "Bug": "Bug", "Task": "Task", "Epic": "Feature"]
    workItem.typeName = typeMap[replica.type?.name] ?: "Task"
    workItem."System.AreaPath" = "Fabrikam Fiber\\Support"
    // Send the new work item's id back so the Jira side can show it.
    syncHelper.syncBackAfterProcessing()
}

workItem.summary = replica.summary
// Azure DevOps renders HTML; keep the Jira text's line breaks.
if (replica.description) {
    workItem.description = "<p>" + replica.description.replace("\n", "<br>") + "</p>"
}

def stateMap = [
    "To Do"      : "New",
    "In Progress": "Active",
    "In Review"  : "Resolved",
    "Done"       : "Closed",
]
def targetState = stateMap[replica.status?.name]
if (targetState == null) {
    log.warn("No Azure DevOps state for Jira status '${replica.status?.name}'; keeping '${workItem.status?.name}'")
} else if (workItem.status?.name != targetState) {
    workItem.setStatus(targetState)
}

// Azure DevOps priorities are numbers.
def priorityMap = ["Highest": "1", "High": "2", "Medium": "3", "Low": "4", "Lowest": "4"]
workItem.priority = nodeHelper.getPriority(priorityMap[replica.priority?.name] ?: "3")

def assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
if (assignee) {
    workItem.assignee = assignee
}

workItem.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(it.label) }.findAll { it }

workItem."Microsoft.VSTS.Scheduling.StoryPoints" = replica."Story Points"
workItem."Custom.Team" = replica.customKeys?.team ?: workItem."Custom.Team"

// Comments keep the real author's name in front of the body.
workItem.comments = commentHelper.mergeComments(workItem, replica)
workItem.attachments = attachmentHelper.mergeAttachments(workItem, replica)

if (replica.parentId) {
    def parent = nodeHelper.getLocalIssueFromRemoteId(replica.parentId)
    workItem.parentId = parent?.id
}
