// Keep local values when the replica sends empty ones.
def incoming = replica.description?.trim()
if (incoming) {
  issue.description = incoming
} else {
  issue.descriptionKept = true
}
issue.environment = replica.environment ?: issue.environment ?: "Not specified"
issue.summary = replica.summary?.size() > 5 ? replica.summary : issue.summary
issue.flags = [replica.environment == null, !replica.environment, replica.environment?.isEmpty()]
