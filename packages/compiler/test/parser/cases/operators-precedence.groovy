x = 1 + 2 * 3
x = (1 + 2) * 3
x = 1 - 2 - 3
x = a * b / c % d
x = -2 ** 2
x = 2 ** -1
x = 2 ** 3 ** 2
x = -a ** 2
x = a + b << 2
x = a << b + 2
x = a >> 1
x = a >>> 1
x = a < b == c > d
x = a & b ^ c | d
x = a | b && c || d
x = a || b && c
x = !a && b
x = a ?: b ?: c
x = a ? b : c ? d : e
x = a ? b ?: c : d
x = a == b ? 1 : 2
x = a <=> b
x = a =~ /x/
x = a ==~ /x/
x = a == b =~ c
x = a in list
x = a !in list
x = !(a in list)
x = a instanceof String
x = a !instanceof String
x = a as Integer
x = a as List<String>
x = a + b as String
x = 1..10
x = 1..<10
x = a + 1..b - 1
x = a === b
x = a !== b
x = ~"x"
x = ~a
x = !a
x = !!a
x = -a
x = +a
x = - -a
x = -1
x = -(1)
x = a - -1
