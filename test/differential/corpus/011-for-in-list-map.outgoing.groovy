// for-in over lists and maps.
def names = []
for (l in issue.labels) {
  names << l.label
}
replica.names = names
def pairs = []
for (entry in [open: "New", done: "Closed"]) {
  pairs << entry.key + "=" + entry.value
}
replica.pairs = pairs
def total = 0
for (def c : issue.comments) {
  total += c.body.size()
}
replica.total = total
for (x in null) { replica.never = true }
