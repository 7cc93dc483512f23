// Closures with it, named and typed parameters, defaults and no parameters.
def twice = { it * 2 }
def add = { a, b -> a + b }
def typed = { String s, int n -> s * n }
def greet = { name = "world" -> "hello $name".toString() }
def constant = { -> 42 }
def nested = { x -> [1, 2].collect { y -> x * 10 + y } }
replica.twice = twice(21)
replica.add = add(2, 3)
replica.typed = typed("ab", 3)
replica.greetDefault = greet()
replica.greetName = greet("Bob")
replica.constant = constant()
replica.nested = nested(3)
replica.call = twice.call(5)
replica.itDefault = { it }()
replica.composed = (twice >> { it + 1 })(10)
replica.maxParams = [twice.maximumNumberOfParameters, add.maximumNumberOfParameters, constant.maximumNumberOfParameters]
