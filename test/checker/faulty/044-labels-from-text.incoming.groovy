// Fault (field-type-mismatch): text assigned to the label list.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.labels = "customer"
