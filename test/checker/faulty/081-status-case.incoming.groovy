// Fault (unknown-status): a status name with the wrong case.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.status?.name == "Active") {
    issue.setStatus("In progress")
}
