// A GitHub-flavoured outgoing rule: labels as names, assignees, a body with a footer.
replica.key = issue.key
replica.summary = issue.summary?.trim()
replica.labels = issue.labels.collect { [label: it.label.toLowerCase().replaceAll(/\s+/, "-")] }
replica.assignees = issue.assignee ? [issue.assignee] : []
def footer = "\n\n---\nSynced from ${issue.key} (${issue.status.name})"
replica.description = (issue.description ?: "") + footer
replica.state = issue.status.name in ["Done", "Closed"] ? "closed" : "open"
replica.milestone = issue.fixVersions ? issue.fixVersions[0].name : null
