foo()
foo(1, 2)
foo(a: 1, b: 2)
foo(1, a: 2, 3)
foo("x") { it }
foo { it }
foo(1) { a -> a } { b -> b }
list.each { println it }
list.inject(0) { acc, v -> acc + v }
obj.method(*args)
a.b.c(1).d(2)
closure(1)
closure.call(1)
(a ?: b)(1)
list[0](x)
foo(
  1,
  2,
)
foo(key: 'v',
    other: 2)
issue.comments = commentHelper.mergeComments(issue, replica) {
  it.internal = true
}
foo()()
a?.b(1)
a*.b(1)
this.foo(1)
