// Fault (unknown-property): a misspelt static constant.
replica.summary = issue.summary
replica.ratio = Math.PIE
