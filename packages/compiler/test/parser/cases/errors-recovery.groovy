before = 1
x = (1 + 
y = 2
broken = )
after = 3
def f() {
  inside = 1
  bad = = 2
  stillInside = 3
}
last = "unterminated
done = 4
