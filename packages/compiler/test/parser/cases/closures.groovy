a = { it * 2 }
b = { x -> x * 2 }
c = { x, y -> x + y }
d = { String s, int n -> s * n }
e = { -> 42 }
f = { x = 1, y = 2 -> x + y }
g = {}
h = { it }
i = { Map<String, Object> m -> m.size() }
j = {
  def t = it
  t + 1
}
k = { x ->
  x
}
l = {
  x, y ->
  x
}
m = { a -> { b -> a + b } }
n = { def v -> v }
list.each { println it }
list.eachWithIndex { item, idx -> println "$idx $item" }
map.collect { k, v -> "$k=$v" }
o = { final x -> x }
p = { Object... args -> args }
