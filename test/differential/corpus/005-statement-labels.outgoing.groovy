// Labels on statements and loops.
def visited = []
outer:
for (i in 1..3) {
  inner:
  for (j in 1..3) {
    if (j == 2) continue outer
    visited << "${i}${j}".toString()
  }
}
replica.visited = visited
step1:
replica.step = 1
