// ~"pattern" and ~/pattern/ build compiled regular expressions.
def keyPattern = ~"[A-Z]+-\\d+"
def wordPattern = ~/\b\w{5,}\b/
replica.keyMatches = keyPattern.matcher(issue.key).matches()
replica.isCase = keyPattern.isCase("OPS-1")
replica.grepped = ["OPS-1", "ops-2", "DEV-33"].grep(keyPattern)
replica.findAll = issue.summary.findAll(wordPattern)
replica.pattern = keyPattern.pattern()
replica.inSwitch = ["OPS-7", "nope"].collect {
  switch (it) {
    case keyPattern: return "key"
    default: return "text"
  }
}
