// Named arguments collect into a leading Map; a trailing closure follows the parentheses.
def describe(Map options, String text) {
  "${options.prefix ?: ''}${text}${options.suffix ?: ''}".toString()
}
def apply(value, Closure transform) {
  transform(value)
}
replica.named = describe(prefix: "[", suffix: "]", issue.key)
replica.namedAfter = describe(issue.key, prefix: "<")
replica.trailing = apply(issue.summary) { it.trim().toLowerCase() }
replica.total = [1, 2, 3].inject(0) { sum, n -> sum + n }
replica.sorted = issue.labels*.label.sort { a, b -> b <=> a }
def makeMap(Map m) { m }
replica.onlyNamed = makeMap(a: 1, "b c": 2)
