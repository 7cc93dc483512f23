// split keeps empty middle fields and drops trailing ones; tokenize drops all empty tokens.
def csv = "a,,b,c,,"
replica.split = csv.split(",")
replica.splitSize = csv.split(",").size()
replica.splitLimit = csv.split(",", -1)
replica.splitRegex = "a , b,c ,  d".split(/\s*,\s*/)
replica.splitWhitespace = "  one two\tthree\n".split()
replica.tokenize = csv.tokenize(",")
replica.tokenizeDefault = "  one two\tthree\n".tokenize()
replica.tokenizeChars = "a-b_c".tokenize("-_")
replica.splitDot = "1.2.3".split(/\./)
replica.labels = "checkout; customer ;p1".split(";")*.trim()
