// assert with a message raises an AssertionError that a rule can catch.
def messages = []
try {
  assert issue.labels.size() == 2 : "expected two labels"
} catch (AssertionError e) {
  messages << e.message
}
try {
  assert 1 + 1 == 2 : "never"
  messages << "passed"
} catch (AssertionError e) {
  messages << "failed"
}
replica.messages = messages
