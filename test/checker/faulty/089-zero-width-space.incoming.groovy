// Fault (invisible-character): a zero-width space inside a status name.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
if (replica.status?.name == "Done​") {
    issue.setStatus("Done")
}
