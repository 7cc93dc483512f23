// Command expressions: method calls without parentheses.
def names = []
names.add "first"
names.add issue.key
names.addAll issue.labels*.label
replica.names = names
def map = [:]
map.put "team", "web"
map.put "points", 5
replica.map = map
replica.labels = []
replica.labels.add "synced"
replica.labels.add "from-" + issue.project.key.toLowerCase()
def pair(a, b) { [a, b] }
replica.pair = pair 1, 2
def hasFirst = names.contains "first"
replica.hasFirst = hasFirst
