// Fault (field-type-mismatch): a status name assigned instead of setStatus.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.status = "Done"
