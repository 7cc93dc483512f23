// sort() without arguments sorts the list in place and returns it.
def numbers = [5, 3, 9, 1]
def result = numbers.sort()
replica.result = result
replica.original = numbers
replica.same = result.is(numbers)
def labels = issue.labels*.label.reverse()
labels.sort()
replica.labels = labels
def byClosure = ["ccc", "a", "bb"]
byClosure.sort { it.size() }
replica.byClosure = byClosure
def withNulls = [3, null, 1]
replica.withNulls = withNulls.sort()
