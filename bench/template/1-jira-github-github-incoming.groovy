// Jira -> GitHub, incoming (runs on the GitHub node): applies a Jira issue.

if (firstSync) {
    // On GitHub the project is the repository.
    issue.projectKey = "octokit-fixture-org/paginate-issues"
    issue.typeName = "Issue"
}

issue.summary = "[${replica.key}] ${replica.summary}"

def description_N = replica.description ?: ""
// Jira wiki markup: turn *bold* into Markdown **bold**.
description_N = description_N.replaceAll(/\*(\w[^*]*)\*/, '**$1**')
def dueNote_N = ""
if (replica.due) {
    def format_N = new SimpleDateFormat("yyyy-MM-dd")
    dueNote_N = "\n\nDue in Jira: ${format_N.format(replica.due)}"
}
issue.description = description_N + dueNote_N

// Every Jira status that means "finished" closes the GitHub issue.
def closedStatuses_N = ["Done", "Closed", "Resolved", "Won't Do"]
def remoteStatus_N = replica.status?.name
if (remoteStatus_N) {
    issue.setStatus(closedStatuses_N.contains(remoteStatus_N) ? "closed" : "open")
}

// Labels: the Jira labels plus one for the priority.
def priorityLabels_N = ["Highest": "P1", "High": "P1", "Medium": "P2", "Low": "P3", "Lowest": "P3"]
def labelNames_N = (replica.labels ?: []).collect { it.label }
def priorityLabel_N = priorityLabels_N[replica.priority?.name]
if (priorityLabel_N) {
    labelNames_N.add(priorityLabel_N)
}
issue.labels = labelNames_N.collect { nodeHelper.getLabel(it) }.findAll { it != null }

// Keep the local assignee when the Jira user has no GitHub account.
def githubLogins_N = ["alice.martin@acme.example": "octokit-fixture-user-a"]
def assignee_N = nodeHelper.getUserByUsername(githubLogins_N[replica.assignee?.email])
if (assignee_N) {
    issue.assignee = assignee_N
}

// Comments are written by the integration user, so name the Jira author in the body.
issue.comments = commentHelper.mergeComments(issue, replica) { comment ->
    comment.body = "**${comment.author?.displayName ?: 'Jira user'}** commented on ${replica.key}:\n\n${comment.body}"
}

if (replica.fixVersions) {
    issue.fixVersions = replica.fixVersions.collect { [name: it.name] }
}
