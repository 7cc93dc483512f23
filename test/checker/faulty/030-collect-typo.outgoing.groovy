// Fault (unknown-method): a misspelt list method.
replica.key = issue.key
replica.labelNames = issue.labels.collectt { it.label }
