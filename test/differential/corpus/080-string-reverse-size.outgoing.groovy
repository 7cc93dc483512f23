// reverse, size, length, isEmpty and multiplication.
def s = issue.key
replica.reverse = s.reverse()
replica.size = s.size()
replica.length = s.length()
replica.isEmpty = ["", " ", s].collect { it.isEmpty() }
replica.emptyTruth = ["", " "].collect { it ? "truthy" : "falsy" }
replica.palindrome = ["level", "sync"].collect { it == it.reverse() }
replica.underline = "=" * s.size()
replica.unicode = "caf\u00e9".reverse()
