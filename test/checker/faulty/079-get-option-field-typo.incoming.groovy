// Fault (unknown-custom-field): getOption on a misspelt custom field.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def option = nodeHelper.getOption(issue, "Tema", "Red")
if (option) {
    issue.customFields."Team".value = option
}
