// Fault (first-sync-missing-project): an incoming rule that never sets project or type.
issue.summary = replica.summary ?: "No summary"
issue.description = replica.description ?: ""
