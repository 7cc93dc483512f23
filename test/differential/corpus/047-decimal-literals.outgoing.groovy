// Decimal literals: BigDecimal by default, d and f suffixes, exponents.
def values = [1.5, 1.50, 0.1, 1.5d, 1.5f, 1e3, 1.5e-3, 2E2, 1.5G, 3.0d, 100.0f, 1e3d, 5d, 5f, 0.0]
replica.values = values
replica.types = values.collect { it.getClass().simpleName }
replica.strings = values.collect { it.toString() }
replica.floatMath = 0.1f + 0.2f
replica.doubleMath = 0.1d + 0.2d
replica.decimalMath = 0.1 + 0.2
