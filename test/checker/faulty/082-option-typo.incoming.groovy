// Fault (unknown-option): getOption with a misspelt option.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def option = nodeHelper.getOption(issue, "Team", "Bleu")
if (option) {
    issue.customFields."Team".value = option
}
