// Jira <-> Azure DevOps, incoming (runs on the Azure DevOps node): applies a Jira issue.

if (firstSync) {
    workItem.projectKey = "Fabrikam Fiber"
    def typeMap_N = ["Story": "User Story", "Bug": "Bug", "Task": "Task", "Epic": "Feature"]
    workItem.typeName = typeMap_N[replica.type?.name] ?: "Task"
    workItem."System.AreaPath" = "Fabrikam Fiber\\Support"
    // Send the new work item's id back so the Jira side can show it.
    syncHelper.syncBackAfterProcessing()
}

workItem.summary = replica.summary
// Azure DevOps renders HTML; keep the Jira text's line breaks.
if (replica.description) {
    workItem.description = "<p>" + replica.description.replace("\n", "<br>") + "</p>"
}

def stateMap_N = [
    "To Do"      : "New",
    "In Progress": "Active",
    "In Review"  : "Resolved",
    "Done"       : "Closed",
]
def targetState_N = stateMap_N[replica.status?.name]
if (targetState_N == null) {
    log.warn("No Azure DevOps state for Jira status '${replica.status?.name}'; keeping '${workItem.status?.name}'")
} else if (workItem.status?.name != targetState_N) {
    workItem.setStatus(targetState_N)
}

// Azure DevOps priorities are numbers.
def priorityMap_N = ["Highest": "1", "High": "2", "Medium": "3", "Low": "4", "Lowest": "4"]
workItem.priority = nodeHelper.getPriority(priorityMap_N[replica.priority?.name] ?: "3")

def assignee_N = nodeHelper.getUserByEmail(replica.assignee?.email)
if (assignee_N) {
    workItem.assignee = assignee_N
}

workItem.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(it.label) }.findAll { it }

workItem."Microsoft.VSTS.Scheduling.StoryPoints" = replica."Story Points"
workItem."Custom.Team" = replica.customKeys?.team ?: workItem."Custom.Team"

// Comments keep the real author's name in front of the body.
workItem.comments = commentHelper.mergeComments(workItem, replica)
workItem.attachments = attachmentHelper.mergeAttachments(workItem, replica)

if (replica.parentId) {
    def parent_N = nodeHelper.getLocalIssueFromRemoteId(replica.parentId)
    workItem.parentId = parent_N?.id
}
