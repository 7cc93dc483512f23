// break and continue, plain and labelled.
def found = null
search:
for (c in issue.comments) {
  for (word in c.body.split(" ")) {
    if (word == "staging") {
      found = c.id
      break search
    }
  }
}
replica.found = found
def odd = []
for (i in 1..9) {
  if (i % 2 == 0) continue
  if (i > 7) break
  odd << i
}
replica.odd = odd
def grid = []
rows:
for (r in 1..3) {
  for (c in 1..3) {
    if (c > r) continue rows
    grid << [r, c]
  }
}
replica.grid = grid
