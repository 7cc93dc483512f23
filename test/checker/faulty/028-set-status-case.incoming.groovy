// Fault (unknown-method): setstatus instead of setStatus.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.status?.name == "Closed") {
    issue.setstatus("Done")
}
