// Fault (field-type-mismatch): text assigned to a date field.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.due = "2024-05-01"
