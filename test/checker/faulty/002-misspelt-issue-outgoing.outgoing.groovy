// Fault (unknown-variable): a misspelt local record name in an outgoing rule.
replica.key = issue.key
replica.summary = issu.summary
