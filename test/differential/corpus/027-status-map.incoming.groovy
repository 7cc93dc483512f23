// A status map with a fallback to the remote name.
def statusMap = [
  "Open"       : "New",
  "In Progress": "Active",
  "Done"       : "Resolved",
]
def remoteStatus = replica.status.name
issue.setStatus(statusMap[remoteStatus] ?: remoteStatus)
issue.mappedFromPrevious = statusMap[previous?.status?.name]
issue.unmapped = statusMap["Waiting"] ?: "Waiting"
issue.mapSize = statusMap.size()
