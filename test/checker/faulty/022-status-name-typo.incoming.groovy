// Fault (unknown-field): a misspelt member of a status.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def remote = replica.status?.nmae
if (remote == "Closed") {
    issue.setStatus("Done")
}
