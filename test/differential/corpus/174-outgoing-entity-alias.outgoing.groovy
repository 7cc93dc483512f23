// ServiceNow style: entity is the local record with column names as properties.
replica.short_description = entity.summary.trim()
replica.number = entity.key
replica.urgency = entity.priority.name == "High" ? "1" : "3"
replica.same = entity.key == issue.key && workItem.key == issue.key
replica.columns = ["summary", "key"].collect { entity[it] }
