// Fault (variable-not-in-direction): issueBeforeScript read in an outgoing rule.
replica.summary = issueBeforeScript?.summary
