// @expect-error NumberFormatException
// @expect-message For input string: "x"
// Integer.parseInt on text that is not a number ends the rule.
replica.before = Integer.parseInt("17")
replica.after = Integer.parseInt("x")
