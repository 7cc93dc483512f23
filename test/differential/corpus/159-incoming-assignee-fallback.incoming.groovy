// Map remote users to local accounts by email, with a fallback user.
def localUsers = [
  "alice@example.com": [key: "local-alice", displayName: "Alice M."],
  "carol@example.com": [key: "local-carol", displayName: "Carol K."]
]
def fallback = [key: "integration", displayName: "Integration User"]
issue.assignee = localUsers[replica.assignee?.email] ?: fallback
issue.reporter = localUsers[replica.reporter?.email] ?: fallback
issue.usedFallback = [issue.assignee, issue.reporter].count { it.is(fallback) }
