// On first sync the incoming rule picks the project and issue type of the new twin.
if (firstSync) {
  issue.projectKey = "SUP"
  issue.typeName = replica.type?.name == "Bug" ? "Incident" : "Task"
  issue.summary = "[${replica.key}] ${replica.summary}".toString()
  issue.due = replica.due
}
issue.description = replica.description ?: "No description"
issue.firstSyncSeen = firstSync
issue.hadPrevious = previous != null
