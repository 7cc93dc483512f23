// intersect when the receiver is shorter and ordered differently from the argument.
replica.short = [3, 1, 2].intersect([2, 3, 4, 1])
replica.longer = [3, 1, 2].intersect([2, 3])
replica.strings = ["c", "a"].intersect(["a", "b", "c"])
replica.numbers = [1, 2, 3, 4].intersect([2L, 4.0])
