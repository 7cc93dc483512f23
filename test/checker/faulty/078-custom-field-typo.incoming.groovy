// Fault (unknown-custom-field): a misspelt custom field name.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
issue.customFields."Custmer".value = replica.customKeys?.customer
