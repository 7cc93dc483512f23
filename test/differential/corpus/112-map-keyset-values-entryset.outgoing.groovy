// keySet, values and entrySet.
def statusMap = ["Open": "New", "In Progress": "Active", "Done": "Closed"]
replica.keys = statusMap.keySet().toList()
replica.values = statusMap.values().toList()
replica.entries = statusMap.entrySet().collect { it.key + "->" + it.value }
replica.entryProps = statusMap.entrySet().collect { e -> [e.getKey(), e.getValue()] }
replica.keySetSize = statusMap.keySet().size()
replica.valuesContain = statusMap.values().contains("Active")
replica.reverseLookup = statusMap.find { k, v -> v == "Closed" }?.key
replica.customFieldNames = issue.customFields.keySet().sort()
