// Fault (null-dereference): the result of find used without a check.
replica.key = issue.key
replica.firstBug = issue.comments.find { it.body.contains("bug") }.body
