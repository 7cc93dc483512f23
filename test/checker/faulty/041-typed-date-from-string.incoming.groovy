// Fault (type-mismatch): a typed Date variable given text.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
Date due = "2024-01-01"
issue.due = due
