// Fault (unknown-instance-value): an issue type the instance does not have.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bgu"
}
