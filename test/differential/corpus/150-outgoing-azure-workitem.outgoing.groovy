// An Azure DevOps-style outgoing rule reading workItem and reference-named fields.
replica.key = workItem.key
replica.summary = workItem.summary.trim()
replica."System.AreaPath" = "Payments\\" + workItem.customFields.Team.value
replica."Microsoft.VSTS.Scheduling.StoryPoints" = workItem."Story Points"
replica.areaParts = replica."System.AreaPath".split("\\\\")
replica.priorityNumber = ["Highest": 1, "High": 2, "Medium": 3, "Low": 4][workItem.priority.name]
replica.tags = workItem.labels*.label.join("; ")
