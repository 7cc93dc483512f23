// Merge local and remote labels without duplicates, keeping local ones first.
def local = issue.labels*.label
def remote = replica.labels*.label
def merged = (local + remote).unique()
issue.labels = merged.collect { [label: it] }
issue.addedLabels = remote - local
issue.removedSincePrevious = (previous?.labels*.label ?: []) - remote
issue.labelText = merged.join(",")
