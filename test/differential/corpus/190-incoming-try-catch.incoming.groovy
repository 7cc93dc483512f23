// Incoming rules guard risky conversions with try/catch and continue.
def toPoints(value) {
  try {
    return value.toString().toBigDecimal()
  } catch (NumberFormatException e) {
    return null
  }
}
issue.points = toPoints(replica.customFields."Story Points".value)
issue.badPoints = toPoints("five")
def errors = []
["12", "x", "7"].each { text ->
  try {
    issue."n${text}" = Integer.parseInt(text)
  } catch (NumberFormatException e) {
    errors << e.message
  } finally {
    issue.lastText = text
  }
}
issue.errors = errors
