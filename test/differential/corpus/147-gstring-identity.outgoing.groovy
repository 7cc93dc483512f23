// A GString is not a java.lang.String in Groovy: equals(), instanceof and map keys show it.
def n = 1
def key = "a"
def g = "${n}"
replica.operatorEquals = g == "1"
replica.equalsMethod = g.equals("1")
replica.isString = g instanceof String
replica.className = g.getClass().simpleName
replica.mapLookup = [("${key}"): "found"].get("a")
replica.mapLookupSubscript = [("${key}"): "found"]["a"]
replica.listContains = ["${n}"].contains("1")
