// @groovy3
// do-while runs its body once before testing the condition (Groovy 3+).
def n = 0
def seen = []
do {
  seen << n
  n += 2
} while (n < 7)
replica.seen = seen
def once = []
do {
  once << "ran"
} while (false)
replica.once = once
def key = issue.key
do {
  key = key.substring(1)
} while (key.size() > 3)
replica.key = key
