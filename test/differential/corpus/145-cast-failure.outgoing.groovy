// @expect-error NumberFormatException
// Coercing text that is not a number with as Integer fails.
replica.good = "12" as Integer
replica.bad = "twelve" as Integer
