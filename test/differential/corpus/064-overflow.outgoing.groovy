// Integer and long arithmetic wraps around; literals too large for int become Long or BigInteger.
def maxInt = Integer.MAX_VALUE
def maxLong = Long.MAX_VALUE
replica.intWrap = maxInt + 1
replica.intMultiply = maxInt * 2
replica.intNegate = -Integer.MIN_VALUE
replica.longWrap = maxLong + 1
replica.mixedToLong = maxInt + 1L
replica.multiplyLong = maxInt * 2L
replica.bigInteger = 9223372036854775807G + 1
replica.types = [maxInt + 1, maxInt + 1L, 2147483648, 9223372036854775808].collect { it.getClass().simpleName }
replica.incrementWrap = maxInt
replica.incrementWrap++
