// reverse, flatten and join.
def labels = issue.labels*.label
replica.reverse = labels.reverse()
replica.notMutated = labels
replica.flatten = [1, [2, [3, [4]]], [], 5].flatten()
replica.flattenStrings = [["a", "b"], "c"].flatten()
replica.join = labels.join(", ")
replica.joinDefault = [1, 2, 3].join()
replica.joinNulls = ["a", null, "b"].join("-")
replica.joinNested = [[1, 2], [3]].join("|")
replica.joinEmpty = [].join(",")
replica.reverseInPlace = [1, 2, 3].reverse(true)
