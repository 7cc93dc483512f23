i++
i--
++i
--i
x = i++ + ++j
x = a[0]++
a.b++
--a.b
x = -i++
x += 1
x -= 1
x *= 2
x /= 2
x %= 2
x **= 2
x <<= 1
x >>= 1
x >>>= 1
x &= 1
x |= 1
x ^= 1
x ?= 1
a = b = c
a.b = c.d = 1
a[0] = 1
a?.b = 1
a."quoted" = 1
(a, b) = [b, a]
x = y ?: z
