// count and countBy.
def words = "the quick brown fox jumps over the lazy dog the end".tokenize()
replica.countValue = words.count("the")
replica.countClosure = words.count { it.size() > 3 }
replica.countBy = words.countBy { it.size() }
replica.countByFirst = words.countBy { it[0] }
replica.commentsByAuthor = issue.comments.countBy { it.author.displayName }
replica.countNumbers = [1, 1L, 1.0, 2].count(1)
