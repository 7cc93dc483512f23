// @groovy3
// !instanceof negates a type test (Groovy 3+).
def values = ["text", 5, [1], null, [a: 1]]
replica.notString = values.collect { it !instanceof String }
replica.notNumber = values.collect { it !instanceof Number }
replica.notMap = values.findAll { it !instanceof Map }.size()
if (issue.key !instanceof List) replica.keyIsNotList = true
