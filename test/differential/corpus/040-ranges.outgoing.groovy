// Inclusive, exclusive, reversed and character ranges.
replica.inclusive = (1..5).toList()
replica.exclusive = (1..<5).toList()
replica.reversed = (5..1).toList()
replica.chars = ('a'..'e').toList()
replica.size = (0..<10).size()
replica.sum = (1..100).sum()
replica.contains = (1..10).contains(10)
replica.step = (0..20).step(5)
replica.fromTo = [(3..7).from, (3..7).to]
replica.collect = (1..3).collect { it * 10 }
def n = 3
replica.dynamic = (n..n + 2).toList()
replica.empty = (1..<1).toList()
replica.sublist = ["a", "b", "c", "d"][1..2]
