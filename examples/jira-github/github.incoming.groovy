// Jira -> GitHub, incoming (runs on the GitHub node): applies a Jira issue.
import java.text.SimpleDateFormat

if (firstSync) {
    // On GitHub the project is the repository.
    issue.projectKey = "octokit-fixture-org/paginate-issues"
    issue.typeName = "Issue"
}

issue.summary = "[${replica.key}] ${replica.summary}"

def description = replica.description ?: ""
// Jira wiki markup: turn *bold* into Markdown **bold**.
description = description.replaceAll(/\*(\w[^*]*)\*/, '**$1**')
def dueNote = ""
if (replica.due) {
    def format = new SimpleDateFormat("yyyy-MM-dd")
    dueNote = "\n\nDue in Jira: ${format.format(replica.due)}"
}
issue.description = description + dueNote

// Every Jira status that means "finished" closes the GitHub issue.
def closedStatuses = ["Done", "Closed", "Resolved", "Won't Do"]
def remoteStatus = replica.status?.name
if (remoteStatus) {
    issue.setStatus(closedStatuses.contains(remoteStatus) ? "closed" : "open")
}

// Labels: the Jira labels plus one for the priority.
def priorityLabels = ["Highest": "P1", "High": "P1", "Medium": "P2", "Low": "P3", "Lowest": "P3"]
def labelNames = (replica.labels ?: []).collect { it.label }
def priorityLabel = priorityLabels[replica.priority?.name]
if (priorityLabel) {
    labelNames.add(priorityLabel)
}
issue.labels = labelNames.collect { nodeHelper.getLabel(it) }.findAll { it != null }

// Keep the local assignee when the Jira user has no GitHub account.
def githubLogins = ["alice.martin@acme.example": "octokit-fixture-user-a"]
def assignee = nodeHelper.getUserByUsername(githubLogins[replica.assignee?.email])
if (assignee) {
    issue.assignee = assignee
}

// Comments are written by the integration user, so name the Jira author in the body.
issue.comments = commentHelper.mergeComments(issue, replica) { comment ->
    comment.body = "**${comment.author?.displayName ?: 'Jira user'}** commented on ${replica.key}:\n\n${comment.body}"
}

if (replica.fixVersions) {
    issue.fixVersions = replica.fixVersions.collect { [name: it.name] }
}
