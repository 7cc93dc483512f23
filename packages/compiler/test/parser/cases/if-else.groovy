if (a) b()
if (a) { b() } else { c() }
if (a) {
  x = 1
} else if (b) {
  x = 2
} else if (c) {
  x = 3
} else {
  x = 4
}
if (a)
  x = 1
if (a) {} else {}
if (a) ; else x = 1
if (a == 1 && b?.c || !d) { y = 1 }
if (a) if (b) x = 1 else x = 2
