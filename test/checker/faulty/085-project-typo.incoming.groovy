// Fault (unknown-instance-value): a project key the instance does not have.
if (firstSync) {
    issue.projectKey = "SUPP"
    issue.typeName = "Bug"
}
