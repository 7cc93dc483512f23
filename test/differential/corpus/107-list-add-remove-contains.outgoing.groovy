// add, addAll, remove by index and by value, contains and friends.
def list = ["a", "b"]
replica.addResult = list.add("c")
list.add(0, "start")
list.addAll(["d", "e"])
list.addAll(1, ["x"])
replica.afterAdd = list.clone()
replica.removedAt = list.remove(1)
replica.removedValue = list.remove("d")
replica.removedMissing = list.remove("zzz")
def numbers = [10, 20, 30]
numbers.remove(0)
numbers.removeAll { it > 25 }
replica.numbers = numbers
replica.contains = [list.contains("a"), list.contains("q"), list.containsAll(["a", "b"])]
replica.list = list
replica.sizes = [list.size(), list.isEmpty(), [].isEmpty()]
def cleared = [1, 2]
cleared.clear()
replica.cleared = cleared
