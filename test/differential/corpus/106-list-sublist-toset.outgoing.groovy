// subList, toSet and toList.
def numbers = [5, 3, 5, 1, 3, 9]
replica.subList = numbers.subList(1, 4)
replica.toSet = numbers.toSet()
replica.toSetSize = numbers.toSet().size()
replica.toList = numbers.toSet().toList()
replica.rangeToList = (1..4).toList()
replica.setContains = numbers.toSet().contains(9)
replica.asSet = numbers as Set
replica.setEquality = [1, 2].toSet() == [2, 1].toSet()
