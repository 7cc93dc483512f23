// List operators: +, -, <<, *, subscripts with negative indexes, ranges and gaps.
def list = [1, 2, 3, 2]
replica.plus = list + [4]
replica.plusElement = list + 5
replica.minus = list - [2]
replica.minusElement = list - 3
replica.times = [0, 1] * 2
replica.index = [list[0], list[-1], list[-2], list[10]]
replica.range = [list[1..2], list[-2..-1], list[2..0]]
replica.multi = list[0, 2]
def grow = [1]
grow[3] = 4
replica.grow = grow
def nested = [[1, 2], [3]]
nested << [4]
replica.nested = nested
replica.original = list
