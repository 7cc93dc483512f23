a = "hello $name"
b = "path $a.b.c end"
c = "braced ${x + 1} end"
d = "nested ${[a: 1].collect { k, v -> "$k=${v}" }.join(',')}"
e = "method ${user.name.toUpperCase()}"
f = "${a}${b}"
g = "trailing dot $a.b."
h = "price \$5 for $item"
i = """multi
line $x
${y}"""
j = /slashy $a ${b}/
k = $/dollar $a ${b}/$
l = "map ${[k: 'v']} end"
m = "closure ${-> count}"
n = "string ${'x' + "y"} end"
o = "call $a.b() end"
p = "${}"
q = "${issue.summary ?: 'none'}"
