// Fault (unsupported-api): running a process from a string.
replica.key = issue.key
replica.uptime = "uptime".execute()
