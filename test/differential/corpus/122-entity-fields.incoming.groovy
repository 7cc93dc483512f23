// The record model: custom fields by plain name, bean accessors and direct status writes.
issue.pointsRead = issue."Story Points"
issue."Story Points" = replica."Story Points" + 1
issue.unknownRead = issue."No Such Field"
issue.summary = replica.getSummary()
issue.setDescription("Set through a bean setter")
issue.status = [name: "Reopened"]
issue.statusName = issue.status.name
issue.setStatus(replica.status)
workItem."Custom.Team" = replica.Team
entity.sameObject = issue.is(workItem) && workItem.is(entity)
