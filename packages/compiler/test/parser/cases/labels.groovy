// A URL pasted on its own line is a label followed by a comment.
https://example.atlassian.net/browse/SUP-1
replica.key = issue.key
outer:
for (a in list) {
  inner: for (b in a) {
    if (b) continue outer
    if (!b) break inner
  }
}
retry: while (true) { break retry }
