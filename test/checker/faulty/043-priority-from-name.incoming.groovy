// Fault (field-type-mismatch): a priority name assigned instead of a priority.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.priority = "High"
