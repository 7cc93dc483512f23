return
return 1
return a ? b : c
def f() {
  if (x) return
  return x + 1
}
throw new Exception("failed: ${reason}")
throw new IllegalStateException("bad")
assert x
assert x == 1 : "x must be 1"
assert x, "comma message"
assert list.size() > 0 : "empty list " + name
for (a in b) {
  break
  continue
}
