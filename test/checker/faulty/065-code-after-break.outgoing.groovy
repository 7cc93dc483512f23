// Fault (unreachable-code): a statement after break in a loop.
def first = null
for (c in issue.comments) {
    first = c.body
    break
    replica.skipped = true
}
replica.firstComment = first
