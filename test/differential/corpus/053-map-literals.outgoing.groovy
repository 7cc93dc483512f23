// Map literals: empty, identifier, string, number and (expression) keys, and *: spreading.
def empty = [:]
def byIdentifier = [key: issue.key, summary: "s"]
def byString = ["Story Points": 5, 'Team': "web"]
def byNumber = [1: "one", 2: "two"]
def field = "dynamic"
def byExpr = [(field): 1, (field + "2"): 2, field: 3]
def other = [b: 2, c: 3]
def spread = [a: 1, *: other, d: 4]
replica.maps = [empty, byIdentifier, byString, byNumber, byExpr, spread]
replica.type = empty.getClass().simpleName
replica.numberKey = byNumber[1]
replica.stringKeyForNumber = byNumber["1"]
replica.overwrite = [a: 1, a: 2]
