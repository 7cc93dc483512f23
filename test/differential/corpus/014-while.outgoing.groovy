// while loops, including one that never runs.
def n = 0
def seen = []
while (n < 4) {
  seen << n
  n++
}
replica.seen = seen
def text = issue.summary.trim()
while (text.contains(" ")) text = text.replaceFirst(" ", "_")
replica.text = text
while (false) { replica.never = true }
def queue = issue.comments.collect { it.id }
def popped = []
while (queue) popped << queue.remove(0)
replica.popped = popped
