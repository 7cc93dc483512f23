// Elvis and ternary operators with Groovy truth.
issue.description = replica.description ?: "No description"
issue.environment = replica.environment ?: "unknown"
issue.summary = replica.summary ? replica.summary.toUpperCase() : issue.summary
issue.points = replica.customFields."Story Points"?.value ?: 0
issue.zeroElvis = 0 ?: "zero is false"
issue.emptyList = [] ?: "empty list is false"
issue.nested = replica.assignee ? (replica.assignee.email ?: "no email") : "unassigned"
issue.chained = null ?: "" ?: false ?: "last"
