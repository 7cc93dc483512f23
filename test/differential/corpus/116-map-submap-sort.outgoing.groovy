// subMap and sort on maps.
def fields = [summary: "s", key: "k", status: "open", priority: "high"]
replica.subMap = fields.subMap(["key", "status"])
replica.subMapMissing = fields.subMap(["key", "missing"])
replica.sorted = fields.sort()
replica.sortedByValue = fields.sort { it.value }
replica.sortedComparator = fields.sort { a, b -> b.key <=> a.key }
replica.original = fields
replica.sortedKeys = fields.sort()*.key
