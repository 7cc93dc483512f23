// Custom fields addressed by quoted names.
issue.customFields."Story Points".value = replica.customFields."Story Points".value
issue.customFields."Team".value = replica.customFields."Team"?.value ?: "Unassigned"
issue.customFields.'Severity' = [value: replica.customFields.Severity.value.value, type: "text"]
def name = "Story Points"
issue.pointsCopy = issue.customFields[name].value
issue."Story Points" = replica.customFields."Story Points".value + 1
issue.'Feature Team' = replica.customFields.Team.value
