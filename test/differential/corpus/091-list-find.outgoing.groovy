// find, findAll and findResult.
def comments = issue.comments
replica.find = comments.find { it.internal }?.id
replica.findNone = comments.find { it.body.contains("nothing") }
replica.findAll = comments.findAll { !it.internal }*.id
replica.findAllEmpty = comments.findAll { false }
replica.findAllTruth = [0, 1, null, "", "x", [], [2]].findAll()
replica.findResult = comments.findResult { it.body.contains("staging") ? it.id.toUpperCase() : null }
replica.findResultDefault = comments.findResult("none") { null }
replica.findByAuthor = comments.find { it.author.key == "u-2" }?.author?.displayName
replica.findWithIndexAccess = [5, 8, 12].find { it > 6 }
