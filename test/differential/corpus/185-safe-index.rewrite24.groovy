// ?[ ] written with a null check for Groovy 2.4.
def labels = issue.labels*.label
def none = null
replica.first = labels == null ? null : labels[0]
replica.fromNull = none == null ? null : none[0]
replica.mapValue = [a: 1]["a"]
replica.nullMap = none == null ? null : none["a"]
def missing = issue.customKeys == null ? null : issue.customKeys["missing"]
replica.chained = missing == null ? null : missing[0]
