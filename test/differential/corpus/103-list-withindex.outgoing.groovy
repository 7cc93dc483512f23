// withIndex and indexed pair values with positions.
def labels = issue.labels*.label
replica.withIndex = labels.withIndex()
replica.withIndexOffset = labels.withIndex(1)
replica.indexed = labels.indexed()
replica.indexedOffset = labels.indexed(10)
replica.numbered = labels.withIndex(1).collect { l, i -> "${i}) ${l}".toString() }
replica.evenPositions = labels.withIndex().findAll { l, i -> i % 2 == 0 }.collect { it[0] }
