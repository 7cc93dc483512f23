// Script variables: undeclared ones live in the binding and script methods see them; def locals do not.
counter = 5
def local = 1
def readCounter() { counter * 2 }
def readLocal() { local }
replica.binding = readCounter()
try {
  replica.local = readLocal()
} catch (MissingPropertyException e) {
  replica.localError = e.getClass().simpleName
}
def bump() { counter++ }
bump(); bump()
replica.bumped = counter
replica.localAfter = local
