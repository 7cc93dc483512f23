// String operators: +, *, -, subscripts with negative indexes and ranges.
def s = "Checkout"
replica.plus = s + 1 + 2
replica.plusFirst = 1 + 2 + s
replica.plusNull = s + null
replica.times = "ab" * 3
replica.minus = "hello world" - "o"
replica.minusRegex = "a1b22c" - ~/\d+/
replica.index = [s[0], s[-1], s[-2]]
replica.range = [s[0..3], s[-3..-1], s[4..1], s[2..<4]]
replica.multi = s[0, 2, 4]
replica.compare = ["abc" < "abd", "B" < "a"]
replica.plusList = "list: " + [1, 2]
