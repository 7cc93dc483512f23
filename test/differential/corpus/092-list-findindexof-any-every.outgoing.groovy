// findIndexOf, findLastIndexOf, findIndexValues, any and every.
def labels = issue.labels*.label
replica.findIndexOf = labels.findIndexOf { it.startsWith("c") }
replica.findLastIndexOf = labels.findLastIndexOf { it.startsWith("c") }
replica.findIndexNone = labels.findIndexOf { it == "x" }
replica.findIndexValues = [5, 1, 7, 2].findIndexValues { it > 2 }
replica.any = [labels.any { it == "p1" }, labels.any { it == "p9" }, [].any { true }]
replica.every = [labels.every { it.size() > 1 }, labels.every { it.size() > 2 }, [].every { false }]
replica.anyNoClosure = [[0, null, ""].any(), [0, 1].any()]
replica.everyNoClosure = [[1, "a"].every(), [1, 0].every()]
replica.indexOf = [labels.indexOf("customer"), labels.indexOf("nope"), labels.lastIndexOf("p1")]
