// switch cases with lists and ranges.
def classify(value) {
  switch (value) {
    case [1, 2, 3]: return "small"
    case 4..9: return "medium"
    case 10..<100: return "large"
    case ["a", "b"]: return "letter"
    case null: return "null"
    default: return "other"
  }
}
replica.classes = [2, 5, 9, 10, 99, 100, "a", "z", null].collect { classify(it) }
replica.points = classify(issue.customFields."Story Points".value)
