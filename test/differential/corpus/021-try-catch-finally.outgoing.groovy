// try / catch / finally: the finally block always runs.
def steps = []
try {
  steps << "try"
  def points = Integer.parseInt("five")
  steps << "unreached"
} catch (NumberFormatException e) {
  steps << "catch " + e.message
} finally {
  steps << "finally"
}
try {
  steps << "no error"
} finally {
  steps << "finally 2"
}
def parse(text) {
  try {
    return text.toInteger()
  } catch (Exception e) {
    return -1
  } finally {
    replica.lastParsed = text
  }
}
replica.parsed = [parse("12"), parse("x")]
replica.steps = steps
