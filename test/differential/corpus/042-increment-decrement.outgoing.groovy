// Prefix and postfix ++ and -- on locals, map values, fields and strings.
def i = 5
def post = i++
def pre = ++i
replica.ints = [post, pre, i]
def j = 5
replica.dec = [j--, --j, j]
def counts = [open: 1]
counts.open++
counts["open"]++
replica.counts = counts
replica.counter = 0
replica.counter++
++replica.counter
def s = "a"
s++
replica.s = s
def d = 1.5
d++
replica.d = d
def list = [1, 2]
list[0]++
replica.list = list
