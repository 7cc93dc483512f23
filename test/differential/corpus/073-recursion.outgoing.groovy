// Recursion over nested data in script methods and closures.
def depth(value) {
  if (value instanceof List) return 1 + (value.collect { depth(it) }.max() ?: 0)
  if (value instanceof Map) return 1 + (value.values().collect { depth(it) }.max() ?: 0)
  return 0
}
def flattenKeys(Map map, String prefix = "") {
  map.collectMany { k, v ->
    v instanceof Map ? flattenKeys(v, "${prefix}${k}.") : ["${prefix}${k}".toString()]
  }
}
replica.depth = depth(issue.customFields)
replica.keys = flattenKeys(issue.project + [nested: [a: 1, b: [c: 2]]])
def countdown
countdown = { n -> n == 0 ? ["go"] : [n] + countdown(n - 1) }
replica.countdown = countdown(3)
