// @groovy3
// !in is the negated membership test (Groovy 3+).
def closed = ["Done", "Closed", "Resolved"]
issue.open = replica.status.name !in closed
issue.checks = [3 !in [1, 2], 2 !in [1, 2], "b" !in [a: 1], 5 !in 1..4, null !in [1]]
def labels = replica.labels*.label
issue.newLabels = labels.findAll { it !in issue.labels*.label }
