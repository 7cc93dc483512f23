// A typical incoming rule: apply the replica with guards against wiping local values.
issue.summary      = replica.summary
issue.description  = replica.description ?: issue.description
issue.labels       = replica.labels
issue.priority     = replica.priority ?: issue.priority
issue.due          = replica.due
if (replica.assignee) {
  issue.assignee = [key: replica.assignee.key, displayName: replica.assignee.displayName]
}
issue.customFields."Story Points".value = replica.customFields."Story Points"?.value
issue.customFields."Team".value = replica.customFields."Team"?.value ?: issue.customFields."Team".value
issue.setStatus(replica.status.name == "In Progress" ? "In Review" : "Open")
