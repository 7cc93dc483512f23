// Map keys keep their type: 1, 1L and "1" are different keys; string keys match GString lookups.
def map = [:]
map[1] = "int"
map["1"] = "string"
map[2L] = "long"
replica.size = map.size()
replica.intLookup = map[1]
replica.stringLookup = map["1"]
replica.longAsInt = map[2]
replica.longLookup = map[2L]
def n = 1
replica.gstringLookup = map["${n}"]
replica.dotLookup = [key: 1].key
replica.nullKey = [(null): "nothing"][null]
replica.booleanKey = [(true): "yes"][true]
