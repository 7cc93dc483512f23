// Jira <-> Azure DevOps, incoming (runs on the Jira node): applies an Azure DevOps work item.

def jiraStatusFor(String state) {
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
    def typeMap = ["User Story": "Story", "Bug": "Bug", "Task": "Task", "Feature": "Epic"]
    issue.typeName = typeMap[replica.type?.name] ?: "Task"
}

issue.summary = replica.summary
// Do not wipe a Jira description when the work item has none.
if (replica.description) {
    issue.description = replica.description
}

def targetStatus = jiraStatusFor(replica.status?.name)
if (targetStatus && issue.status?.name != targetStatus) {
    try {
        issue.setStatus(targetStatus)
    } catch (Exception e) {
        log.warn("Cannot move ${issueKey.key} to ${targetStatus}: ${e.message}")
    }
}

def priorityMap = ["1": "Highest", "2": "High", "3": "Medium", "4": "Low"]
issue.priority = nodeHelper.getPriority(priorityMap[replica.priority?.name]) ?: issue.priority

def assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
issue.assignee = assignee ?: issue.assignee

// Custom fields by name: a select list needs the option object, not the text.
def team = replica."Feature Team"
if (team) {
    def option = nodeHelper.getOption(issue, "Team", team)
    if (option == null) {
        log.info("Team '${team}' is not an option in Jira")
    } else {
        issue.customFields."Team".value = option
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
    def parent = nodeHelper.getLocalIssueFromRemoteId(replica.parentId)
    if (parent) {
        issue.parentId = parent.id
    } else {
        log.info("Parent ${replica.parentId} of ${replica.key} is not synced yet")
    }
}
