// Crash test, both sides: sends the summary and the comments.
replica.key = issue.key
replica.summary = issue.summary
replica.labels = issue.labels
replica.comments = issue.comments
