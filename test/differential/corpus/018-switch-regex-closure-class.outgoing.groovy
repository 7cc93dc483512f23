// switch cases with regex patterns, closures and classes.
def kind(value) {
  switch (value) {
    case ~/OPS-\d+/: return "ops key"
    case ~/(?i)bug.*/: return "bug text"
    case { it instanceof Number && it > 100 }: return "big number"
    case Integer: return "integer"
    case String: return "string"
    case List: return "list"
    case Map: return "map"
    default: return "unknown"
  }
}
replica.kinds = [issue.key, "BUG report", 500, 7, "plain", [1], [a: 1], 2.5].collect { kind(it) }
