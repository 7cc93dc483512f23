// Runtime failures that a rule catches: the exception class and message are observable.
def outcome(Closure action) {
  try {
    action()
    return "no error"
  } catch (Exception e) {
    return e.getClass().simpleName + ": " + e.message
  }
}
replica.nullTrim = outcome { issue.environment.trim() }
replica.nullProperty = outcome { issue.resolution.name }
replica.parse = outcome { Integer.parseInt("x") }
replica.toInteger = outcome { "abc".toInteger() }
replica.missingProperty = outcome { 5.value }
replica.thrown = outcome { throw new IllegalStateException("bad state") }
replica.divide = outcome { 1.intdiv(0) }
