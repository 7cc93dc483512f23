// An incoming rule in the style administrators write.
import java.text.SimpleDateFormat

def statusMap = [
    "Open"       : "To Do",
    "In Progress": "In Progress",
    "Closed"     : "Done",
]

def mapUser(remote) {
    if (remote?.email == null) return null
    return nodeHelper.getUserByEmail(remote.email)
}

if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = nodeHelper.getIssueType(replica.type?.name)?.name ?: "Task"
    syncHelper.syncBackAfterProcessing()
}

issue.summary = replica.summary
issue.description = replica.description ?: "No description"
issue.assignee = mapUser(replica.assignee) ?: issue.assignee

def target = statusMap[replica.status?.name]
if (target && issue.status?.name != target) {
    try {
        issue.setStatus(target)
    } catch (Exception e) {
        log.warn "Cannot move ${issueKey.key} to ${target}: ${e.message}"
    }
}

def fmt = new SimpleDateFormat("yyyy-MM-dd")
issue.customFields."Due".value = replica.due ? fmt.parse(replica.due) : null
issue.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(it.label.replaceAll(/\s+/, "-")) }
issue.comments = commentHelper.mergeComments(issue, replica) {
    it.internal = true
}
issue.attachments = attachmentHelper.mergeAttachments(issue, replica)
