// Fault (deprecated-api): Date.month, which counts from 0.
replica.key = issue.key
replica.createdMonth = issue.created.month
