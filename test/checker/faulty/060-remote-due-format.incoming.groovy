// Fault (null-dereference): format() on an optional remote date.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.dueText = replica.due.format("yyyy-MM-dd")
