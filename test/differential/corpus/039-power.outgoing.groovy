// The ** operator on integers, longs, decimals and negative exponents.
replica.small = 2 ** 10
replica.intEdge = 2 ** 30
replica.toLong = 2 ** 31
replica.toBig = 2 ** 64
replica.longBase = 3L ** 3
replica.decimal = 1.5 ** 2
replica.negative = 2 ** -1
replica.fraction = 4 ** 0.5
replica.doubleBase = 2.0d ** 3
replica.zero = 7 ** 0
replica.types = [2 ** 10, 2 ** 31, 2 ** 64, 1.5 ** 2, 2 ** -1, 4 ** 0.5].collect { it.getClass().simpleName }
