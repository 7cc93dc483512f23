// Priority mapping with a default and a case-insensitive lookup.
def priorityMap = ["highest": "Critical", "high": "Major", "medium": "Minor", "low": "Trivial"]
def remote = replica.priority?.name
issue.priority = [name: priorityMap[remote?.toLowerCase()] ?: "Minor"]
issue.unknownMapped = priorityMap["urgent"] ?: "Minor"
issue.priorityRank = priorityMap.keySet().toList().indexOf(remote?.toLowerCase())
issue.reverse = priorityMap.collectEntries { k, v -> [v, k] }["Major"]
