// Fault (wrong-argument-count): a script method called with too few arguments.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def label(String prefix, String name) {
    return "${prefix}-${name}"
}

issue.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(label(it.label)) }
