// each over a map with one (entry) or two (key, value) parameters.
def priorities = [High: 1, Medium: 2, Low: 3]
def viaEntry = []
priorities.each { viaEntry << "${it.key}=${it.value}".toString() }
replica.viaEntry = viaEntry
def viaPair = []
priorities.each { k, v -> viaPair << k * v }
replica.viaPair = viaPair
def viaNamed = []
priorities.each { entry -> viaNamed << entry.value }
replica.viaNamed = viaNamed
def indexed = []
priorities.eachWithIndex { k, v, i -> indexed << [i, k] }
replica.indexed = indexed
def indexedEntry = []
priorities.eachWithIndex { e, i -> indexedEntry << e.key + i }
replica.indexedEntry = indexedEntry
