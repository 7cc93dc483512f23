// instanceof tests and the as coercion.
def values = ["s", 1, 1L, 1.5, 1.5d, [1], [a: 1], null, true]
replica.isString = values.collect { it instanceof String }
replica.isNumber = values.collect { it instanceof Number }
replica.isCollection = values.collect { it instanceof Collection }
replica.isMap = values.collect { it instanceof Map }
replica.asInteger = "42" as Integer
replica.asInt = 3.99 as int
replica.asLong = "9000000000" as Long
replica.asBigDecimal = "1.50" as BigDecimal
replica.asDouble = 2 as Double
replica.asString = 12 as String
replica.asList = ([3, 1, 3] as Set) as List
replica.asBoolean = ["", "x", 0, 1].collect { it as Boolean }
