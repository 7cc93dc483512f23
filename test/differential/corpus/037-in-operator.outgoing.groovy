// The in operator asks the right side whether it contains the left.
def labels = issue.labels*.label
replica.inList = "p1" in labels
replica.notInList = "p9" in labels
replica.inMap = "Team" in issue.customFields
replica.inRange = 5 in 1..10
replica.outOfRange = 10 in 1..<10
replica.numberKinds = 2L in [1, 2, 3]
replica.stringInString = "a" in "a"
replica.nullIn = null in [1, null]
replica.negated = !("x" in labels)
