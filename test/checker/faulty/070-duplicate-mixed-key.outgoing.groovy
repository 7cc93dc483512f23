// Fault (duplicate-map-key): the same key written bare and quoted.
replica.customKeys = [team: issue.customFields."Team"?.value, "team": "none"]
