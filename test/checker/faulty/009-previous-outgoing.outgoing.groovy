// Fault (variable-not-in-direction): previous read in an outgoing rule.
replica.summary = issue.summary
replica.oldSummary = previous?.summary
