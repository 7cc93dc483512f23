// each and eachWithIndex over lists.
def out = []
issue.labels.each { out << it.label }
replica.each = out
def indexed = []
issue.labels.eachWithIndex { l, i -> indexed << "${i + 1}. ${l.label}".toString() }
replica.eachWithIndex = indexed
def named = []
issue.components.each { component -> named << component.name }
replica.named = named
replica.returns = [1, 2].each { it * 10 }
def pairs = []
[[1, "a"], [2, "b"]].each { n, s -> pairs << s * n }
replica.destructured = pairs
