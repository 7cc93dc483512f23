// Exception messages, causes and toString.
def plain = new Exception("plain message")
def noMessage = new RuntimeException()
def withCause = new IllegalStateException("outer", new IllegalArgumentException("inner"))
replica.messages = [plain.message, plain.getMessage(), noMessage.message, withCause.message]
replica.cause = withCause.cause.message
replica.causeClass = withCause.cause.getClass().simpleName
replica.toStrings = [plain.toString(), noMessage.toString()]
try {
  Integer.parseInt("12a")
} catch (NumberFormatException e) {
  replica.nfe = e.message
}
try {
  Long.parseLong("")
} catch (NumberFormatException e) {
  replica.nfeEmpty = e.message
}
try {
  throw new IllegalArgumentException("Unknown priority: ${issue.priority.name}")
} catch (e) {
  replica.untyped = e.message
}
