// collect, findAll and find on maps.
def points = [alice: 5, bob: 3, carol: 8]
replica.collect = points.collect { k, v -> "${k}:${v}".toString() }
replica.collectEntry = points.collect { it.value * 2 }
replica.findAll = points.findAll { k, v -> v > 4 }
replica.findAllEntry = points.findAll { it.key.startsWith("b") }
replica.find = points.find { k, v -> v > 4 }.key
replica.findNone = points.find { it.value > 100 }
replica.collectEntries = points.collectEntries { k, v -> [(k.toUpperCase()): v + 1] }
replica.max = points.max { it.value }.key
replica.sum = points.values().sum()
replica.customText = issue.customFields.findAll { k, v -> v.type == "text" }.keySet().toList()
