// Fault (wrong-argument-count): getOption without the option value.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def option = nodeHelper.getOption(issue, "Team")
if (option) {
    issue.customFields."Team".value = option
}
