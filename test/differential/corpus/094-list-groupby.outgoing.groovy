// groupBy with one key, several keys and on map entries.
def comments = issue.comments
replica.byVisibility = comments.groupBy { it.internal ? "internal" : "public" }.collectEntries { k, v -> [k, v*.id] }
replica.byLength = ["a", "bb", "cc", "d", "eee"].groupBy { it.size() }
replica.twoLevels = [[t: "bug", p: 1], [t: "task", p: 2], [t: "bug", p: 2]].groupBy({ it.t }, { it.p })
replica.parity = (1..6).groupBy { it % 2 == 0 ? "even" : "odd" }
replica.empty = [].groupBy { it }
