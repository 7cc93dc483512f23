// do-while written with while (true) and break for Groovy 2.4.
def n = 0
def seen = []
while (true) {
  seen << n
  n += 2
  if (!(n < 7)) break
}
replica.seen = seen
def once = []
while (true) {
  once << "ran"
  if (!false) break
}
replica.once = once
def key = issue.key
while (true) {
  key = key.substring(1)
  if (!(key.size() > 3)) break
}
replica.key = key
