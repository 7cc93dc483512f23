// Number checks and conversions on strings.
def samples = ["42", "-7", "3.14", "1e3", " 5", "abc", "", "0x1F", "1_000"]
replica.isNumber = samples.collect { it.isNumber() }
replica.isInteger = samples.collect { it.isInteger() }
replica.isBigDecimal = samples.collect { it.isBigDecimal() }
replica.toInteger = "42".toInteger() + 1
replica.toLong = "9000000000".toLong()
replica.toBigDecimal = "1.50".toBigDecimal()
replica.toDouble = "1e3".toDouble()
replica.trimmedInteger = " 12 ".trim().toInteger()
replica.types = ["1".toInteger(), "1".toLong(), "1".toBigDecimal(), "1".toDouble(), "1".toFloat()].collect { it.getClass().simpleName }
replica.points = issue.customFields."Story Points".value.toString().toInteger() * 2
