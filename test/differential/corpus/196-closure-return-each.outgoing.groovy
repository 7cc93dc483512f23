// return inside an each closure only ends that call, like continue; it shadows in nested closures.
def kept = []
issue.labels*.label.each { label ->
  if (label == "customer") return
  kept << label
}
replica.kept = kept
replica.nestedIt = [1, 2].collect { [10, 20].collect { it } }
replica.outerIt = [1, 2].collect { outer -> [10, 20].collect { outer + it } }
def firstLong = null
issue.labels*.label.find { l ->
  if (l.size() > 2) { firstLong = l; return true }
  false
}
replica.firstLong = firstLong
def collectReturn = [1, 2, 3].collect { if (it == 2) return "two"; it * 10 }
replica.collectReturn = collectReturn
