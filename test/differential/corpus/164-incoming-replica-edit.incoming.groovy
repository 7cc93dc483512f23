// An incoming rule may edit the replica in memory before applying it.
replica.summary = replica.summary.toUpperCase()
replica.labels.removeAll { it.label == "customer" }
replica.customFields."Story Points".value *= 2
replica.extra = "added"
issue.summary = replica.summary
issue.labels = replica.labels
issue.customFields."Story Points".value = replica.customFields."Story Points".value
