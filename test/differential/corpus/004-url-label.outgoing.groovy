// A URL pasted alone on a line parses as the label `https:` followed by a comment.
replica.before = "set"
https://example.com/docs/sync-rules
replica.summary = issue.summary
http://intranet.local/wiki/Jira+sync#mapping
replica.after = "set"
