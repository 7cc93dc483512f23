a = []
b = [1, 2, 3]
c = [1, [2, 3], []]
d = [:]
e = [name: "x", count: 2]
f = ["quoted key": 1, 'single': 2]
g = [1: "one", 2.5: "two and a half"]
h = [(key): value, (a + b): 3]
i = [*: defaults, extra: 1]
j = [a: [b: [c: 1]]]
k = [if: 1, in: 2, class: 3]
l = [*list, 4]
m = ["${k}": v]
n = [1, 2,]
o = [a: 1,]
p = [
  "open"  : "To Do",
  "closed": "Done",
]
q = [
  1,
  2,
]
r = [[:], [a: 1]]
s = list[0]
t = map["key"]
u = list[1..2]
v = list[0, 2]
w = list?[0]
x = map.key
y = list[-1]
z = matrix[0][1]
