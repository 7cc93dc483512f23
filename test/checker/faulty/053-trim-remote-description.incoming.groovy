// Fault (null-dereference): trim() on an optional remote field.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.description = replica.description.trim()
