// Closures capture and update variables of the enclosing scope.
def count = 0
issue.comments.each { count++ }
replica.count = count
def makeCounter() {
  def n = 0
  return { n += 1; n }
}
def counter = makeCounter()
counter(); counter()
replica.counter = counter()
def multiplier(int factor) { return { x -> x * factor } }
def triple = multiplier(3)
replica.triple = [1, 2].collect(triple)
def prefix = "L-"
def tag = { prefix + it }
prefix = "M-"
replica.lateBinding = tag("x")
def add = { a, b -> a + b }
replica.curried = add.curry(10)(5)
replica.rcurried = { a, b -> a - b }.rcurry(1)(10)
