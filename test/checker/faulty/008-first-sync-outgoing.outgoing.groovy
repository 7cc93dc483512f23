// Fault (variable-not-in-direction): firstSync read in an outgoing rule.
replica.summary = issue.summary
if (firstSync) {
    replica.description = issue.description
}
