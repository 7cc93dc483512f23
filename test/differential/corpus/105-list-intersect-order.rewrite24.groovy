// Groovy 4 keeps the receiver's order in intersect; Groovy 2.4 uses the argument's
// order, and elements, when the receiver is the longer list. This rewrite computes the
// Groovy 4 result: the receiver's elements that equal (==) an element of the argument.
def intersect4(List left, List right) { left.findAll { l -> right.any { it == l } } }
replica.short = intersect4([3, 1, 2], [2, 3, 4, 1])
replica.longer = intersect4([3, 1, 2], [2, 3])
replica.strings = intersect4(["c", "a"], ["a", "b", "c"])
replica.numbers = intersect4([1, 2, 3, 4], [2L, 4.0])
