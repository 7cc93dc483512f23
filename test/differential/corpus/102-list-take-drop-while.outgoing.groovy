// take, drop, takeWhile, dropWhile, takeRight and dropRight.
def numbers = [1, 2, 3, 10, 4, 20]
replica.take = [numbers.take(2), numbers.take(0), numbers.take(99)]
replica.drop = [numbers.drop(4), numbers.drop(99)]
replica.takeRight = numbers.takeRight(2)
replica.dropRight = numbers.dropRight(2)
replica.takeWhile = numbers.takeWhile { it < 5 }
replica.dropWhile = numbers.dropWhile { it < 5 }
replica.takeWhileNone = numbers.takeWhile { it > 100 }
replica.recentComments = issue.comments.drop(1)*.id
