// === and !== written with is() for Groovy 2.4.
def a = [1, 2]
def b = [1, 2]
def c = a
replica.equal = [a == b, a.is(b), a.is(c), !a.is(b), !a.is(c)]
def m1 = [k: "v"]
def m2 = [k: "v"]
replica.maps = [m1 == m2, m1.is(m2), !m1.is(m2)]
replica.nulls = [null.is(null), a.is(null), !null.is(a)]
replica.labels = issue.labels.is(issue.labels)
