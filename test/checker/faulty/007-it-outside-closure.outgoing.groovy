// Fault (unknown-variable): 'it' used outside a closure.
replica.labels = issue.labels
replica.summary = it.summary
