for (x in list) { total += x }
for (def x in list) println x
for (String s : names) { out << s }
for (x in 1..10) {}
for (Map.Entry<String, Object> e in map) { keys << e.key }
for (int i = 0; i < 10; i++) { sum += i }
for (i = 0, j = 10; i < j; i++, j--) {}
for (;;) { break }
for (def i = 0, j = 1; i < 3; i += 2) {}
while (i < 10) i++
while (true) {
  if (done) break
  continue
}
do {
  i++
} while (i < 3)
do x++ while (x < 5)
