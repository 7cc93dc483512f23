// collectMany flattens one level of the closure results.
replica.pairs = [1, 2, 3].collectMany { [it, it * 10] }
replica.labelsAndComponents = [issue.labels*.label, issue.components*.name].collectMany { it }
replica.words = issue.comments.collectMany { it.body.tokenize() }.unique().take(5)
replica.nestedOnce = [[1, [2]], [3]].collectMany { it }
replica.fromMap = [a: [1, 2], b: [3]].collectMany { k, v -> v.collect { k + it } }
