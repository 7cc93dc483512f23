// Fault (unknown-field): customField instead of customFields.
replica.summary = issue.summary
replica.team = issue.customField."Team"?.value
