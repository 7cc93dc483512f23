// for-in over ranges, strings and arrays.
def squares = []
for (i in 1..4) squares << i * i
replica.squares = squares
def down = []
for (i in 3..0) down << i
replica.down = down
def exclusive = []
for (i in 0..<3) exclusive << i
replica.exclusive = exclusive
def chars = []
for (ch in "OPS") chars << ch + "."
replica.chars = chars
def parts = []
for (p in issue.key.split("-")) parts << p
replica.parts = parts
def letters = []
for (c in 'a'..'e') letters << c
replica.letters = letters
