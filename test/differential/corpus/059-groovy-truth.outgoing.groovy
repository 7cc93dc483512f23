// Groovy truth for nulls, numbers, strings, collections, maps and matchers.
def values = [null, 0, 1, -1, 0L, 0.0, 0.1, 0.0d, "", " ", "false", [], [0], [:], [a: null], false, true, 'a' as char]
replica.truth = values.collect { it ? true : false }
replica.asBoolean = values.collect { it as boolean }
replica.doubleNot = values.collect { !!it }
replica.matcher = [("abc" =~ /b/) ? 1 : 0, ("abc" =~ /z/) ? 1 : 0]
replica.ifNull = issue.environment ? "set" : "unset"
replica.ifLabels = issue.labels ? "labels" : "none"
