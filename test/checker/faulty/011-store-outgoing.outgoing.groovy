// Fault (variable-not-in-direction): store() called in an outgoing rule.
replica.summary = issue.summary
store(issue)
