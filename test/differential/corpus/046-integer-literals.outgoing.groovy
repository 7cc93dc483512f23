// Integer literals: decimal, long, hex, octal, binary and underscores.
def values = [42, 42L, 0x1F, 0xffL, 017, 0b1011, 1_000_000, 0xFF_FF, 2147483647, 2147483648, 9223372036854775807, 9223372036854775808, 10G, -5]
replica.values = values
replica.types = values.collect { it.getClass().simpleName }
replica.negativeHex = -0x10
replica.maxInt = Integer.MAX_VALUE
replica.minLong = Long.MIN_VALUE
