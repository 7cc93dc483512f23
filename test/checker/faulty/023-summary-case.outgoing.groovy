// Fault (unknown-field): a field name with the wrong case.
replica.key = issue.key
replica.summary = issue.Summary
