// substring, take, drop and friends.
def s = issue.key + ":" + issue.summary.trim()
replica.substring1 = s.substring(7)
replica.substring2 = s.substring(0, 6)
replica.take = [s.take(3), s.take(100), s.take(0)]
replica.drop = [s.drop(7), s.drop(100)]
replica.takeWhile = s.takeWhile { it != ":" }
replica.dropWhile = s.dropWhile { it != ":" }
replica.charAt = s.charAt(0).toString()
replica.keyNumber = issue.key.substring(issue.key.indexOf("-") + 1).toInteger()
