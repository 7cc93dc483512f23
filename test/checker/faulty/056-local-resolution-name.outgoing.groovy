// Fault (null-dereference): the resolution of an unresolved issue.
replica.key = issue.key
replica.resolutionName = issue.resolution.name
