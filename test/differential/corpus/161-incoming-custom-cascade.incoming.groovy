// Cascading select and multi-user custom fields.
def area = replica.customFields."Area"?.value
issue.customFields."Area" = [value: [parent: area?.parent?.value, child: area?.child?.value], type: "cascading"]
issue.areaPath = [area?.parent?.value, area?.child?.value].findAll().join(" / ")
def watchers = replica.customFields."Watchers"?.value ?: []
issue.watcherEmails = watchers*.email.findAll { it?.endsWith("@example.com") }
issue.watcherCount = watchers.size()
issue.customFields."Team".value = replica.customFields."Team"?.value?.toUpperCase()
