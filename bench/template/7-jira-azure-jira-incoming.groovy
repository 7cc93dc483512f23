// Jira <-> Azure DevOps, incoming (runs on the Jira node): applies an Azure DevOps work item.

def jiraStatusFor_N(String state) {
    switch (state) {
        case "New":
            return "To Do"
        case ["Active", "Committed"]:
            return "In Progress"
        case "Resolved":
            return "In Review"
        case ["Closed", "Removed"]:
            return "Done"
        default:
            return null
    }
}

if (firstSync) {
    issue.projectKey = "SUP"
    def typeMap_N = ["User Story": "Story", "Bug": "Bug", "Task": "Task", "Feature": "Epic"]
    issue.typeName = typeMap_N[replica.type?.name] ?: "Task"
}

issue.summary = replica.summary
// Do not wipe a Jira description when the work item has none.
if (replica.description) {
    issue.description = replica.description
}

def targetStatus_N = jiraStatusFor_N(replica.status?.name)
if (targetStatus_N && issue.status?.name != targetStatus_N) {
    try {
        issue.setStatus(targetStatus_N)
    } catch (Exception e) {
        log.warn("Cannot move ${issueKey.key} to ${targetStatus_N}: ${e.message}")
    }
}

def priorityMap_N = ["1": "Highest", "2": "High", "3": "Medium", "4": "Low"]
issue.priority = nodeHelper.getPriority(priorityMap_N[replica.priority?.name]) ?: issue.priority

def assignee_N = nodeHelper.getUserByEmail(replica.assignee?.email)
issue.assignee = assignee_N ?: issue.assignee

// Custom fields by name: a select list needs the option object, not the text.
def team_N = replica."Feature Team"
if (team_N) {
    def option_N = nodeHelper.getOption(issue, "Team", team_N)
    if (option_N == null) {
        log.info("Team '${team_N}' is not an option in Jira")
    } else {
        issue.customFields."Team".value = option_N
    }
}
issue.customFields."Story Points"?.value = replica."Story Points"
issue.customFields."Area Path"?.value = replica.areaPath

issue.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(it.label.replace(" ", "_")) }

// New comments arrive as internal notes for the support team.
issue.comments = commentHelper.mergeComments(issue, replica) {
    it.internal = true
    it.body = "${it.author?.displayName ?: 'Azure DevOps'} wrote in ${replica.key}:\n${it.body}"
}
issue.attachments = attachmentHelper.mergeAttachments(issue, replica)

// Child work items arrive before or after their parent: link only when the parent is known.
if (replica.parentId) {
    def parent_N = nodeHelper.getLocalIssueFromRemoteId(replica.parentId)
    if (parent_N) {
        issue.parentId = parent_N.id
    } else {
        log.info("Parent ${replica.parentId} of ${replica.key} is not synced yet")
    }
}
