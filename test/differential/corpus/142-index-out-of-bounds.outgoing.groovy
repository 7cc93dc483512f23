// @expect-error IndexOutOfBoundsException
// get() with an index past the end fails, while the subscript operator returns null.
def labels = issue.labels*.label
replica.subscript = labels[10]
replica.get = labels.get(10)
