// Incoming map handling: merge custom fields, subMap, find and each with two parameters.
def remoteValues = replica.customFields.collectEntries { k, v -> [k, v.value] }
def localValues = issue.customFields.collectEntries { k, v -> [k, v.value] }
issue.merged = localValues + remoteValues.findAll { k, v -> v != null }
issue.onlyRemote = remoteValues.keySet() - localValues.keySet()
issue.common = remoteValues.subMap(localValues.keySet().toList())
def changes = []
remoteValues.each { k, v -> if (localValues[k] != v) changes << k }
issue.changedFields = changes
issue.firstOption = remoteValues.find { k, v -> v instanceof Map }?.key
