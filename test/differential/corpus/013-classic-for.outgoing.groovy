// Classic three-part for loops.
def out = []
for (int i = 0; i < 5; i++) {
  out << i * 2
}
replica.evens = out
def back = []
for (def i = 10; i > 0; i -= 3) back << i
replica.back = back
def sum = 0
int k2
for (k2 = 1; k2 <= 100; k2 *= 3) sum += k2
replica.sum = sum
replica.k2 = k2
def labels = issue.labels
def picked = []
for (int k = 0; k < labels.size(); k++) {
  if (k % 2 == 0) picked << labels[k].label
}
replica.picked = picked
