// Incoming loops with labelled continue, while and classic for.
def accepted = []
candidates:
for (label in replica.labels*.label) {
  for (blocked in ["customer", "internal"]) {
    if (label == blocked) continue candidates
  }
  accepted << label
}
issue.accepted = accepted
def retries = 0
while (retries < 3 && !issue.retried) retries++
issue.retries = retries
def squares = []
for (int i = 1; i <= replica.labels.size(); i++) squares << i * i
issue.squares = squares
