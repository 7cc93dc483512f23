// unique() mutates; unique(false) copies; closures give the key or compare.
def numbers = [3, 1, 3, 2, 1]
def result = numbers.unique()
replica.result = result
replica.mutated = numbers
def words = ["Apple", "apple", "Banana", "banana", "cherry"]
replica.copyByKey = words.unique(false) { it.toLowerCase() }
replica.copyByComparator = words.unique(false) { a, b -> a.size() <=> b.size() }
replica.wordsUntouched = words
replica.plainCopy = [1, 1L, 1.0, 2].unique(false)
def ids = issue.comments*.author*.key
ids.unique { it }
replica.authorKeys = ids
