// An outgoing replica starts empty; its list and map fields read as empty and can be filled.
replica.labels.add([label: "synced"])
replica.labels += issue.labels.findAll { it.label.startsWith("c") }
replica.customFields."Story Points" = [value: issue."Story Points", type: "number"]
replica.customKeys.origin = issue.key
replica.comments.addAll(issue.comments.findAll { !it.internal })
replica.unsetText = replica.summary
replica.emptyCount = replica.attachments.size()
