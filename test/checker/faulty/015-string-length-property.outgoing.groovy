// Fault (unknown-property): length read as a property of a String.
replica.key = issue.key
replica.keyLength = issue.key.length
