// @expect-error MissingMethodException
// Calling a method that the value does not have fails at run time.
replica.key = issue.key
replica.shout = issue.key.shout()
