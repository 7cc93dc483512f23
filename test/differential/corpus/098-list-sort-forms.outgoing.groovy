// sort(false) returns a copy; one-argument closures pick a key, two-argument closures compare.
def original = [[n: "b", p: 2], [n: "a", p: 2], [n: "c", p: 1]]
replica.byKey = original.sort(false) { it.p }*.n
replica.comparator = original.sort(false) { x, y -> x.n <=> y.n }*.n
replica.descending = original.sort(false) { x, y -> y.p <=> x.p }*.n
replica.plain = [3, 1, 2].sort(false)
replica.original = original*.n
replica.stable = ["bb", "a", "cc", "b", "aa"].sort(false) { it.size() }
replica.twoKeys = original.sort(false) { x, y -> x.p <=> y.p ?: x.n <=> y.n }*.n
replica.commentsNewestFirst = issue.comments.sort(false) { -it.created.time }*.id
