// Every compound assignment operator.
def n = 10
n += 5; def a = n
n -= 3; def b = n
n *= 2; def c = n
n /= 4; def d = n
def m = 17
m %= 5; def e = m
def p = 3
p **= 3
def q = 1
q <<= 5; def r1 = q
q >>= 2; def r2 = q
def u = -64
u >>>= 28
def bits = 0b1010
bits &= 0b0110; def b1 = bits
bits |= 0b1000; def b2 = bits
bits ^= 0b0011; def b3 = bits
replica.numbers = [a, b, c, d, e, p, r1, r2, u, b1, b2, b3]
def text = "OPS"
text += "-42"
text -= "S"
text *= 2
replica.text = text
def list = [1, 2]
list += 3
list += [4, 5]
list -= 2
replica.list = list
