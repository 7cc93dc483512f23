// inject and sum.
replica.inject = [1, 2, 3, 4].inject(0) { acc, n -> acc + n }
replica.injectNoSeed = [1, 2, 3, 4].inject { acc, n -> acc * n }
replica.injectString = issue.labels.inject("") { acc, l -> acc + l.label[0] }
replica.injectMap = issue.comments.inject([:]) { acc, c -> acc[c.id] = c.body.size(); acc }
replica.sum = [1, 2, 3].sum()
replica.sumMixed = [1, 2.5, 3L].sum()
replica.sumStrings = ["a", "b", "c"].sum()
replica.sumLists = [[1], [2, 3]].sum()
replica.sumClosure = issue.comments.sum { it.body.size() }
replica.sumEmpty = [].sum()
replica.sumSeed = [].sum(0)
replica.sumSeedClosure = [1, 2].sum(100) { it * 2 }
replica.timeSpent = issue.workLogs.sum { it.timeSpent } / 3600
