[1, 2].each { println it }
if (!issue.labels?.any { it.label == "x" }) { y = 1 }
return [a: 1]
a?.b?.c?.d = 1
assert x in [1, 2] : "bad"
f = this.&helper
foo(*: m, b: 1)
g = new Date() - 1
h = (a ?: b).c
issue."${field}" = value
x?.with { it.y = 1 }
list.sort { p, q -> p <=> q }
def café = 1
j = !x.y
k = -y.z
l = a?.b ?: c?.d
m = x instanceof String ? 1 : 2
n = d ? [a: 1] : [:]
o = issue.labels ?: []
p = list.findAll { it > 1 }.collect { it * 2 }.sum()
q = !inProgress && !instanceCount
if (x) return; else y()
while ((line = next()) != null) { n++ }
lbl: { a = 1 }
