// Method pointers with .& on scripts, objects and classes.
def shout(String s) { s.toUpperCase() + "!" }
def pointer = this.&shout
replica.direct = pointer("hello")
replica.mapped = issue.labels*.label.collect(this.&shout)
def trimmer = issue.summary.&trim
replica.trimmed = trimmer()
def maxOf = Math.&max
replica.max = maxOf(3, 11)
def parse = Integer.&parseInt
replica.parsed = ["1", "22", "333"].collect(parse)
