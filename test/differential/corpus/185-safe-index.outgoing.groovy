// @groovy3
// ?[ ] indexes only when the receiver is not null (Groovy 3+).
def labels = issue.labels*.label
def none = null
replica.first = labels?[0]
replica.fromNull = none?[0]
replica.mapValue = [a: 1]?["a"]
replica.nullMap = none?["a"]
replica.chained = issue.customKeys?["missing"]?[0]
