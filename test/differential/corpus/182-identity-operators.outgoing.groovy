// @groovy3
// === and !== compare identity, unlike == and != (Groovy 3+).
def a = [1, 2]
def b = [1, 2]
def c = a
replica.equal = [a == b, a === b, a === c, a !== b, a !== c]
def m1 = [k: "v"]
def m2 = [k: "v"]
replica.maps = [m1 == m2, m1 === m2, m1 !== m2]
replica.nulls = [null === null, a === null, null !== a]
replica.labels = issue.labels === issue.labels
