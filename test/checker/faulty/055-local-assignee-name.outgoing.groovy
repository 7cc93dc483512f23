// Fault (null-dereference): the local assignee read without a check.
replica.key = issue.key
replica.assigneeName = issue.assignee.displayName
