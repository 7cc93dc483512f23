// Two-variable for loops written with while for Groovy 2.4.
def pairs = []
int i = 0
int j = 10
while (i < j) {
  pairs << [i, j]
  i += 4
  j -= 2
}
replica.pairs = pairs
def chars = issue.key.toList()
def swapped = []
int lo = 0
int hi = chars.size() - 1
while (lo < hi) {
  swapped << chars[hi] + chars[lo]
  lo++
  hi--
}
replica.swapped = swapped
