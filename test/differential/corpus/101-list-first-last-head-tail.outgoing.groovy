// first, last, head, tail, init and getAt.
def labels = issue.labels*.label
replica.first = labels.first()
replica.last = labels.last()
replica.head = labels.head()
replica.tail = labels.tail()
replica.init = labels.init()
replica.firstN = [labels.take(2), labels.take(5)]
replica.lastN = labels.takeRight(2)
replica.getAt = [labels.getAt(0), labels.get(1), labels[-1]]
replica.latestCommentBody = issue.comments.last().body
replica.singleTail = ["only"].tail()
