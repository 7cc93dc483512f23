// Sends the fields both test nodes map, with comments and attachments.
replica.key = issue.key
replica.summary = issue.summary
replica.description = issue.description
replica.status = issue.status
replica.labels = issue.labels
replica.comments = issue.comments
replica.attachments = issue.attachments
