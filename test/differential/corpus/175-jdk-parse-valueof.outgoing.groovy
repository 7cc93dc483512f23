// Integer, Long, Double, Boolean and String conversions from the JDK.
replica.parseInt = [Integer.parseInt("42"), Integer.parseInt("-7"), Integer.parseInt("ff", 16)]
replica.valueOf = [Integer.valueOf("12"), Long.valueOf("9000000000"), Double.valueOf("2.5")]
replica.parseLong = Long.parseLong("123456789012")
replica.parseDouble = Double.parseDouble("1e-3")
replica.parseBoolean = [Boolean.parseBoolean("TRUE"), Boolean.parseBoolean("yes")]
replica.stringValueOf = [String.valueOf(12), String.valueOf(2.50), String.valueOf(true), String.valueOf([1, 2]), String.valueOf((Object) null)]
replica.toStringRadix = [Integer.toString(255, 16), Integer.toHexString(255), Integer.toBinaryString(5)]
replica.limits = [Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE]
replica.compare = [Integer.compare(3, 5), Integer.max(3, 5)]
replica.types = [Integer.valueOf("1"), Long.valueOf("1"), Double.valueOf("1")].collect { it.getClass().simpleName }
