// Incoming collection handling: sort, group, count and join remote data.
def comments = replica.comments
issue.newestFirst = comments.sort(false) { a, b -> b.created <=> a.created }*.id
issue.byAuthor = comments.groupBy { it.author.key }.collectEntries { k, v -> [k, v.size()] }
issue.longest = comments.max { it.body.size() }?.id
issue.totalChars = comments.sum { it.body.size() }
issue.edited = comments.findAll { it.updated }*.id
issue.summaryWords = replica.summary.tokenize().countBy { it.size() > 4 ? "long" : "short" }
issue.labelCsv = replica.labels*.label.sort().join(",")
