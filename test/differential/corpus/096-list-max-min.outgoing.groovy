// max and min, plain, with a one-argument closure and with a comparator.
def words = ["pear", "fig", "banana", "kiwi"]
replica.max = [3, 9, 2].max()
replica.min = [3, 9, 2].min()
replica.maxString = words.max()
replica.maxBy = words.max { it.size() }
replica.minBy = words.min { it.size() }
replica.maxComparator = words.max { a, b -> a.size() <=> b.size() }
replica.minComparator = words.min { a, b -> a[-1] <=> b[-1] }
replica.tieFirst = ["aa", "bb", "c"].max { it.size() }
replica.latestComment = issue.comments.max { it.created }.id
replica.empty = [].max()
replica.withNull = [3, null, 1].min()
