// Building and transforming maps: collectEntries, groupBy, inject and nested updates.
def statuses = ["Open", "In Progress", "Done"]
replica.byInitial = statuses.collectEntries { [(it[0]): it] }
replica.inverted = [a: "x", b: "y"].collectEntries { k, v -> [v, k] }
replica.grouped = [a: 1, b: 2, c: 3].groupBy { k, v -> v % 2 == 0 ? "even" : "odd" }
replica.injected = [a: 1, b: 2].inject(0) { acc, k, v -> acc + v }
def nested = [outer: [inner: [1]]]
nested.outer.inner << 2
nested.outer.added = true
replica.nested = nested
replica.merged = [a: 1, b: [x: 1]] + [b: [y: 2]]
