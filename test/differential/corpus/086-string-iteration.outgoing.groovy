// Iterating over the characters of a string.
def chars = []
issue.key.each { chars << it }
replica.each = chars
replica.collect = "abc".collect { it.toUpperCase() }
replica.toList = "abc".toList()
def indexed = []
"xyz".eachWithIndex { ch, i -> indexed << "${i}:${ch}".toString() }
replica.eachWithIndex = indexed
replica.findAllChars = issue.key.findAll { it.isNumber() }.join()
replica.any = "abc1".any { it.isNumber() }
replica.every = "abc".every { it.isNumber() }
replica.count = "banana".count("a")
