// List literals: empty, nested, mixed and with a trailing comma.
def empty = []
def nested = [[1, 2], [3, [4, 5]], []]
def mixed = [1, "two", 3.0, null, true, [a: 1]]
def trailing = [1, 2, 3,]
replica.empty = empty
replica.nested = nested
replica.mixed = mixed
replica.trailing = trailing
replica.sizes = [empty.size(), nested.size(), mixed.size(), trailing.size()]
replica.type = empty.getClass().simpleName
replica.fromExprs = [issue.key, issue.labels.size(), issue.summary.trim().length()]
