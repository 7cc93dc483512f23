// collect and collectEntries.
replica.collect = issue.labels.collect { it.label.toUpperCase() }
replica.collectIndex = issue.labels.withIndex().collect { l, i -> i + ":" + l.label }
replica.collectEntries = issue.components.collectEntries { [(it.name): it.id] }
replica.collectEntriesPairs = ["a", "bb"].collectEntries { [it, it.size()] }
replica.collectEntriesMapEntry = [1, 2].collectEntries { [("k" + it): it * it] }
replica.collectNested = [[1, 2], [3]].collect { it.sum() }
replica.collectInto = [1, 2].collect([0]) { it * 5 }
replica.collectEmpty = [].collect { it }
replica.identity = [3, 4].collect()
