// Fault (unknown-instance-value): a misspelt priority.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.priority = nodeHelper.getPriority("Hihg") ?: issue.priority
