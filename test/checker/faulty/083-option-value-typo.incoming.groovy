// Fault (unknown-option): a select-list value that is not an option.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.customFields."Severity".value = "Critcal"
