// GPath: a property read on a list collects it from every element.
issue.commentBodies = replica.comments.body
issue.authorNames = replica.comments.author.displayName
issue.commentIds = replica.comments*.id
issue.labelNames = replica.labels.label
issue.filtered = replica.comments.findAll { !it.internal }.body
issue.customValues = replica.customFields.values().value
issue.flatLabels = [[labels: ["a", "b"]], [labels: ["c"]]].labels
issue.updatedTimes = replica.comments.updated
