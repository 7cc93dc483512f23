// Fault (unknown-field): a misspelt field read of the local record.
replica.key = issue.key
replica.assignee = issue.asignee
