a = "${ "}" }"
b = "$issue.key-suffix"
c = "\u0041 $x"
d = "[${replica.key}] ${replica.summary}"
e = "${'$'}"
f = "${x}".toString()
g = "outer ${"inner ${deep}"} done"
h = "${a ? "y" : 'n'}"
i = """${
  issue.summary
}"""
j = "${log.info 'x'}"
k = "${a; b}"
l = "${def q = 1}"
