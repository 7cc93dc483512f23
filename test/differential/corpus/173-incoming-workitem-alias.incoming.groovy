// Azure DevOps style: workItem is the local record and fields use reference names.
workItem."System.Title" = replica.summary
workItem."System.Tags" = replica.labels*.label.join("; ")
workItem."Microsoft.VSTS.Common.Priority" = [Highest: 1, High: 2, Medium: 3, Low: 4][replica.priority.name] ?: 3
workItem.summary = replica.summary
issue.readBack = workItem."System.Title" == issue."System.Title"
entity.viaEntity = entity."System.Tags"
