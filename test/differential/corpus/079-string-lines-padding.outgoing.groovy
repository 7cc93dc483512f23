// readLines, padLeft, padRight and center.
def text = issue.description
replica.lines = text.readLines()
replica.lineCount = text.readLines().size()
replica.crlf = "a\r\nb\rc\n".readLines()
replica.padLeft = [issue.key.padLeft(10), "7".padLeft(3, "0"), "long text".padLeft(3)]
replica.padRight = [issue.key.padRight(10) + "|", "x".padRight(4, "-.")]
replica.center = ["ab".center(6), "ab".center(7, "*")]
replica.table = issue.labels*.label.collect { it.padRight(10, ".") + "|" }
