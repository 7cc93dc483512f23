// Null-safe chains on incoming data with missing branches.
issue.assigneeEmail = replica.assignee?.email?.toLowerCase()
issue.reporterName = replica.reporter?.displayName ?: "unknown"
issue.resolution = replica.resolution?.name
issue.environment = replica.environment?.trim()
issue.firstLabel = replica.labels?.getAt(0)?.label
issue.teamUpper = replica.customFields?.Team?.value?.toUpperCase()
issue.missingUpper = replica.customFields?."Nope"?.value?.toUpperCase()
issue.previousSummary = previous?.summary
issue.previousMissing = previous?.description?.size()
