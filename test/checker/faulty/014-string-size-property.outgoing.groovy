// Fault (unknown-property): size read as a property of a String.
replica.summary = issue.summary
replica.summaryLength = issue.summary.size
