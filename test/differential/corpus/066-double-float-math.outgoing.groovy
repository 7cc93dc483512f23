// Double and float arithmetic, including widening of floats to doubles.
replica.sum = 0.1d + 0.2d
replica.floatTimesInt = 1.1f * 2
replica.floatPlusFloat = 1.5f + 1.5f
replica.types = [1.5f + 1.5f, 1.5f * 2, 1.5d + 1, 1.5 + 1.5d].collect { it.getClass().simpleName }
replica.divide = 1d / 3
replica.big = 1e20d * 10
replica.small = 1e-7d
replica.sqrt = Math.sqrt(2)
replica.intMix = 10 / 4d
replica.rounded = Math.round(2.675d * 100) / 100
replica.toInt = (int) 9.99d
replica.negZero = -0.0d + 0
