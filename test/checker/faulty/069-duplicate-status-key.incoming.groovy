// Fault (duplicate-map-key): a status map with the same key twice.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def statusMap = [
    "Open"  : "To Do",
    "Closed": "Done",
    "Open"  : "In Progress",
]
issue.setStatus(statusMap[replica.status?.name] ?: "To Do")
