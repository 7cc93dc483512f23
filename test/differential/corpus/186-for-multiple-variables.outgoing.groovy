// @groovy3
// A classic for loop with two variables in the initializer and the update (Groovy 3+).
def pairs = []
for (int i = 0, j = 10; i < j; i += 4, j -= 2) {
  pairs << [i, j]
}
replica.pairs = pairs
def chars = issue.key.toList()
def swapped = []
for (int lo = 0, hi = chars.size() - 1; lo < hi; lo++, hi--) {
  swapped << chars[hi] + chars[lo]
}
replica.swapped = swapped
