// Fault (unused-method): a script method that is never called.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def mapPriority(String name) {
    return name == "Highest" ? "High" : name
}

issue.summary = replica.summary ?: "No summary"
